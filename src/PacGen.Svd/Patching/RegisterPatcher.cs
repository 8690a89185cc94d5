using System;
using System.Collections.Generic;
using PacGen.Svd.Model;
using PacGen.Svd.Parsing;
using PacGen.Svd.Patching.Yaml;

namespace PacGen.Svd.Patching
{
    /// <summary>
    /// Register level (svdtools <c>RegisterExt::process</c>), in svdtools' order: _delete, _strip, _strip_end, _prefix,
    /// _suffix, _clear, _modify, _add, _derive, _merge, _split, field specs (enums, ranges), _array.
    /// </summary>
    internal sealed class RegisterPatcher
    {
        private readonly PatchContext _context;
        private readonly ElementWriter _writer;
        private readonly FieldEnumPatcher _enums;

        public RegisterPatcher(PatchContext context, ElementWriter writer)
        {
            _context = context;
            _writer = writer;
            _enums = new FieldEnumPatcher(context);
        }

        private PatchDiagnostics Diagnostics => _context.Diagnostics;

        public void Process(SvdElement register, PatchMap rmod, Interpolation block, bool fromArray = false)
        {
            if (SvdTree.IsDerived(register))
            {
                return;
            }

            string name = SvdTree.Name(register);
            Interpolation path = block.WithRegister(name);
            string where = (block.BlockPath ?? "") + "." + name;
            foreach (var entry in rmod.Entries)
            {
                string key = entry.Key.Value;
                if (key.StartsWith("_", StringComparison.Ordinal) && !PatchKeys.Register.Contains(key) && !(fromArray && key == "_start_from_zero"))
                {
                    _context.UnknownKey(entry.Key, "register");
                }
            }

            foreach (PatchScalar spec in PatchValues.Strings(rmod[PatchKeys.Delete], PatchKeys.Delete, Diagnostics))
            {
                RemoveFields(register, f => NameMatcher.Matches(SvdTree.Name(f), spec.Value));
            }

            foreach (PatchScalar prefix in PatchValues.Strings(rmod[PatchKeys.Strip], PatchKeys.Strip, Diagnostics))
            {
                Rename(register, n => n.Length >= prefix.Value.Length ? n.Substring(prefix.Value.Length) : n, prefix.Value + "*");
            }

            foreach (PatchScalar suffix in PatchValues.Strings(rmod[PatchKeys.StripEnd], PatchKeys.StripEnd, Diagnostics))
            {
                Rename(register, n => n.Length >= suffix.Value.Length ? n.Substring(0, n.Length - suffix.Value.Length) : n, "*" + suffix.Value);
            }

            if (PatchValues.String(rmod, PatchKeys.Prefix, Diagnostics) is string addPrefix)
            {
                Rename(register, n => addPrefix + n, null);
            }

            if (PatchValues.String(rmod, PatchKeys.Suffix, Diagnostics) is string addSuffix)
            {
                Rename(register, n => n + addSuffix, null);
            }

            foreach (PatchScalar spec in PatchValues.Strings(rmod[PatchKeys.Clear], PatchKeys.Clear, Diagnostics))
            {
                foreach (SvdElement field in Matching(register, spec.Value))
                {
                    ClearField(field);
                }
            }

            if (PatchValues.Map(rmod, PatchKeys.Modify, Diagnostics) is PatchMap modify)
            {
                foreach (var entry in modify.Entries)
                {
                    ModifyField(register, entry.Key, PatchValues.MapOrEmpty(entry.Value, entry.Key.Value, Diagnostics), path, where);
                }
            }

            if (PatchValues.Map(rmod, PatchKeys.Add, Diagnostics) is PatchMap add)
            {
                foreach (var entry in add.Entries)
                {
                    AddField(register, entry.Key, PatchValues.MapOrEmpty(entry.Value, entry.Key.Value, Diagnostics), path, where);
                }
            }

            if (PatchValues.Map(rmod, PatchKeys.Derive, Diagnostics) is PatchMap derive)
            {
                foreach (var entry in derive.Entries)
                {
                    DeriveField(register, entry.Key, entry.Value, path);
                }
            }

            FieldMerger.Merge(_context, register, rmod[PatchKeys.Merge], where);
            FieldMerger.Split(_context, register, rmod[PatchKeys.Split], where);

            foreach (var entry in rmod.Entries)
            {
                if (!entry.Key.Value.StartsWith("_", StringComparison.Ordinal))
                {
                    _enums.ProcessField(register, entry.Key, entry.Value, where, _writer);
                }
            }

            if (PatchValues.Map(rmod, PatchKeys.Array, Diagnostics) is PatchMap array)
            {
                foreach (var entry in array.Entries)
                {
                    ArrayCollector.CollectFields(_context, register, entry.Key, PatchValues.MapOrEmpty(entry.Value, entry.Key.Value, Diagnostics), where);
                }
            }
        }

        internal static IEnumerable<SvdElement> Matching(SvdElement register, string spec)
        {
            foreach (SvdElement field in SvdTree.FieldList(register))
            {
                if (NameMatcher.Matches(SvdTree.Name(field), spec))
                {
                    yield return field;
                }
            }
        }

        internal static void RemoveFields(SvdElement register, Predicate<SvdElement> match) =>
            SvdTree.Fields(register)?.RemoveAll(f => f.Name == "field" && match(f));

        /// <summary>svdtools' clear_field: drop enumeratedValues and writeConstraint of a field not derived.</summary>
        internal static void ClearField(SvdElement field)
        {
            if (SvdTree.IsDerived(field))
            {
                return;
            }

            SvdTree.Remove(field, "enumeratedValues");
            SvdTree.Remove(field, "writeConstraint");
        }

        /// <summary>
        /// Renames the fields matching <paramref name="glob"/> (all when null). svdtools strips by glob: <c>PREFIX_*_</c>
        /// matches as a pattern and then removes as many characters as the pattern has.
        /// </summary>
        private static void Rename(SvdElement register, Func<string, string> rename, string? glob)
        {
            foreach (SvdElement field in SvdTree.FieldList(register))
            {
                string name = SvdTree.Name(field);
                if (glob == null || NameMatcher.MatchesGlob(name, glob))
                {
                    SvdTree.SetName(field, rename(name));
                }
            }
        }

        private void ModifyField(SvdElement register, PatchScalar specKey, PatchMap fmod, Interpolation path, string where)
        {
            string spec = NameMatcher.Spec(specKey.Value, out bool optional);
            bool any = false;
            foreach (SvdElement field in Matching(register, spec))
            {
                any = true;
                _writer.Field(field, fmod, path.WithField(SvdTree.Name(field)));
            }

            if (!any && !optional)
            {
                _context.NoMatch(specKey, "field", where);
            }
        }

        private void AddField(SvdElement register, PatchScalar name, PatchMap fadd, Interpolation path, string where)
        {
            foreach (SvdElement field in SvdTree.FieldList(register))
            {
                if (SvdTree.Name(field) == name.Value)
                {
                    _context.Invalid(name, "register " + where + " already has a field " + name.Value);
                    return;
                }
            }

            SvdTree.Fields(register, create: true);
            register.Element("fields")!.AppendChild(_writer.NewField(name, fadd, path));
        }

        /// <summary>svdtools' derive_field: matched fields become derivedFrom; with no match, a new derived field.</summary>
        private void DeriveField(SvdElement register, PatchScalar specKey, PatchNode value, Interpolation path)
        {
            string spec = NameMatcher.Spec(specKey.Value, out bool optional);
            string? from;
            PatchMap? mods = null;
            if (value is PatchScalar s && !s.IsNull)
            {
                from = s.Value;
            }
            else if (value is PatchMap map)
            {
                from = PatchValues.String(map, PatchKeys.From, Diagnostics);
                mods = map;
                if (from == null)
                {
                    _context.Invalid(specKey, "derive: source field not given, add a _from to " + spec);
                    return;
                }
            }
            else
            {
                _context.Invalid(specKey, "derive: incorrect syntax for " + spec);
                return;
            }

            string target = DerivePath(from, path);
            bool any = false;
            foreach (SvdElement field in Matching(register, spec))
            {
                any = true;
                if (mods != null)
                {
                    _writer.Field(field, mods, path.WithField(SvdTree.Name(field)));
                }

                field.SetAttribute("derivedFrom", target);
            }

            if (!any && !optional)
            {
                SvdElement field = SvdTree.New("field", _context.Position(specKey));
                SvdTree.Set(field, "name", spec, _context.Position(specKey));
                if (mods != null)
                {
                    _writer.Field(field, mods, path.WithField(spec));
                }

                field.SetAttribute("derivedFrom", target);
                SvdTree.Fields(register, create: true);
                register.Element("fields")!.AppendChild(field);
            }
        }

        /// <summary>REG.FIELD is relative to the block; CLUSTER.REG.FIELD to the block's parent (svdtools' make_path).</summary>
        private static string DerivePath(string from, Interpolation path)
        {
            string[] parts = from.Split('.');
            string block = path.BlockPath ?? "";
            if (parts.Length == 2)
            {
                return block + "." + from;
            }

            int dot = block.LastIndexOf('.');
            if (parts.Length == 3 && dot > 0)
            {
                return block.Substring(0, dot) + "." + from;
            }

            return from;
        }
    }
}
