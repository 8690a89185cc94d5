using System;
using System.Collections.Generic;
using PacGen.Svd.Diagnostics;
using PacGen.Svd.Model;
using PacGen.Svd.Parsing;
using PacGen.Svd.Patching.Yaml;

namespace PacGen.Svd.Patching
{
    /// <summary>
    /// A field spec inside a register patch (svdtools' process_field): a mapping makes enumeratedValues (plain, or
    /// split by <c>_read</c>/<c>_write</c> and the <c>_W1C</c>-style keys that also set modifiedWriteValues/readAction),
    /// <c>[min, max]</c> a writeConstraint range, null nothing. Fields sharing one enum get it once, by the field with
    /// the lowest bit offset; the others derive from it (svdtools' default <c>--enum_derive enum</c>).
    /// </summary>
    internal sealed class FieldEnumPatcher
    {
        private static readonly (string Key, string? ReadAction)[] s_read =
        {
            ("_read", null), ("_RM", "modify"), ("_RS", "set"), ("_RC", "clear"), ("_RME", "modifyExternal"),
        };

        private static readonly (string Key, string? Mwv)[] s_write =
        {
            ("_write", null), ("_WM", "modify"), ("_WS", "set"), ("_WC", "clear"), ("_W1S", "oneToSet"), ("_W0C", "zeroToClear"),
            ("_W1C", "oneToClear"), ("_W0S", "zeroToSet"), ("_W1T", "oneToToggle"), ("_W0T", "zeroToToggle"),
        };

        private readonly PatchContext _context;

        public FieldEnumPatcher(PatchContext context) => _context = context;

        public void ProcessField(SvdElement register, PatchScalar specKey, PatchNode value, string where, ElementWriter writer)
        {
            switch (value)
            {
                case PatchMap map:
                {
                    bool isRead = Array.Exists(s_read, r => map.ContainsKey(r.Key));
                    bool isWrite = Array.Exists(s_write, w => map.ContainsKey(w.Key));
                    if (!isRead && !isWrite)
                    {
                        Enum(register, specKey, map, null, where);
                        return;
                    }

                    if (isRead)
                    {
                        foreach ((string key, string? action) in s_read)
                        {
                            if (map[key] is PatchNode node)
                            {
                                PatchMap? values = PatchValues.AsMap(node, key, _context.Diagnostics);
                                if (values != null && values.Count > 0)
                                {
                                    Enum(register, specKey, values, "read", where);
                                }

                                if (action != null)
                                {
                                    SetOnFields(register, specKey.Value, "readAction", action);
                                }

                                break;
                            }
                        }
                    }

                    if (isWrite)
                    {
                        foreach ((string key, string? mwv) in s_write)
                        {
                            if (map[key] is PatchNode node)
                            {
                                PatchMap? values = PatchValues.AsMap(node, key, _context.Diagnostics);
                                if (values != null && values.Count > 0)
                                {
                                    Enum(register, specKey, values, "write", where);
                                }

                                if (mwv != null)
                                {
                                    SetOnFields(register, specKey.Value, "modifiedWriteValues", mwv == "modify" ? null : mwv);
                                }
                            }
                        }
                    }

                    return;
                }

                case PatchSequence range when range.Items.Count == 2:
                {
                    string spec = NameMatcher.Spec(specKey.Value, out bool optional);
                    bool any = false;
                    foreach (SvdElement field in RegisterPatcher.Matching(register, spec))
                    {
                        any = true;
                        if (!SvdTree.IsDerived(field))
                        {
                            writer.SetRange(field, range);
                        }
                    }

                    if (!any && !optional)
                    {
                        _context.NoMatch(specKey, "field", where);
                    }

                    return;
                }
            }
        }

        private void SetOnFields(SvdElement register, string specText, string element, string? value)
        {
            string spec = NameMatcher.Spec(specText, out _);
            foreach (SvdElement field in RegisterPatcher.Matching(register, spec))
            {
                SvdTree.Set(field, element, value, field.Position);
            }
        }

        /// <summary>svdtools' process_field_enum; <paramref name="usage"/> is null (read-write), "read" or "write".</summary>
        private void Enum(SvdElement register, PatchScalar specKey, PatchMap fmod, string? usage, string where)
        {
            bool replace = false;
            if (fmod["_replace_enum"] is PatchNode replaced)
            {
                fmod = PatchValues.MapOrEmpty(replaced, "_replace_enum", _context.Diagnostics);
                replace = true;
            }

            string registerAccess = SvdTree.Text(register, "access")?.Trim() ?? "read-write";
            if (PatchValues.String(fmod, "_derivedFrom", _context.Diagnostics) is string derivedFrom)
            {
                DerivedEnum(register, specKey, derivedFrom, usage, registerAccess);
                return;
            }

            string spec = NameMatcher.Spec(specKey.Value, out bool optional);
            var matched = new List<SvdElement>();
            var widths = new HashSet<int>();
            int minOffset = int.MaxValue, minPos = int.MaxValue, minOffsetPos = -1, position = 0;
            string? firstName = null;
            foreach (SvdElement field in SvdTree.FieldList(register))
            {
                if (NameMatcher.Matches(SvdTree.Name(field), spec))
                {
                    matched.Add(field);
                    if (SvdTree.IsDerived(field))
                    {
                        optional = true;
                    }
                    else
                    {
                        SvdTree.TryBitRange(field, out int offset, out int width);
                        widths.Add(width);
                        minPos = Math.Min(minPos, position);
                        if (offset < minOffset)
                        {
                            minOffset = offset;
                            minOffsetPos = position;
                            firstName = SvdTree.Name(field);
                        }
                    }
                }

                position++;
            }

            if (firstName == null)
            {
                if (!optional)
                {
                    _context.NoMatch(specKey, "field", where);
                }

                return;
            }

            if (widths.Count > 1)
            {
                _context.Invalid(specKey, where + ":" + spec + ": the same enumeratedValues are used for fields of different widths");
                return;
            }

            string name = PatchValues.String(fmod, "_name", _context.Diagnostics)
                ?? firstName.Replace("%s", "") + (usage == "read" ? "R" : usage == "write" ? "W" : "");
            if (name.Length > 0 && char.IsDigit(name[0]))
            {
                _context.Invalid(specKey, "enumeratedValues name '" + name + "' can't start with a number");
                return;
            }

            if (!EnumValues(fmod, out List<(string Name, long Value, string Description, PatchScalar At)> values))
            {
                return;
            }

            foreach (SvdElement field in matched)
            {
                string access = SvdTree.Text(field, "access")?.Trim() ?? registerAccess;
                string? checkedUsage = CheckUsage(access, usage);
                if (checkedUsage == null)
                {
                    _context.Invalid(specKey, "enumeratedValues usage " + (usage ?? "read-write") + " is incompatible with access " + access + " of field " + SvdTree.Name(field));
                    return;
                }

                SvdTree.TryBitRange(field, out int offset, out _);
                SvdElement set = SvdTree.New("enumeratedValues", _context.Position(fmod));
                if (offset == minOffset)
                {
                    set.AppendChild(SvdTree.New("name", set.Position, name));
                    string? written = WrittenUsage(access, checkedUsage);
                    if (written != null)
                    {
                        set.AppendChild(SvdTree.New("usage", set.Position, written));
                    }

                    foreach ((string vname, long v, string description, PatchScalar at) in values)
                    {
                        SvdElement value = SvdTree.New("enumeratedValue", _context.Position(at));
                        value.AppendChild(SvdTree.New("name", value.Position, vname));
                        value.AppendChild(SvdTree.New("description", value.Position, description));
                        value.AppendChild(v == -1 ? SvdTree.New("isDefault", value.Position, "true") : SvdTree.New("value", value.Position, SvdTree.Hex((ulong)v)));
                        set.AppendChild(value);
                    }

                    if (!SetEnum(field, set, checkedUsage, replace, access))
                    {
                        _context.Invalid(specKey, "field " + SvdTree.Name(field) + " already has " + checkedUsage + " enumeratedValues");
                        return;
                    }
                }
                else
                {
                    set.SetAttribute("derivedFrom", name);
                    SetEnum(field, set, checkedUsage, true, access);
                }
            }

            List<SvdElement> fields = SvdTree.Fields(register)!;
            if (minOffsetPos != minPos)
            {
                int from = IndexOfField(fields, minOffsetPos), to = IndexOfField(fields, minPos);
                SvdElement moved = fields[from];
                fields.RemoveAt(from);
                fields.Insert(to, moved);
            }
        }

        private static int IndexOfField(List<SvdElement> list, int fieldPosition)
        {
            int seen = 0;
            for (int i = 0; i < list.Count; i++)
            {
                if (list[i].Name == "field" && seen++ == fieldPosition)
                {
                    return i;
                }
            }

            return list.Count - 1;
        }

        private void DerivedEnum(SvdElement register, PatchScalar specKey, string derivedFrom, string? usage, string registerAccess)
        {
            string? originalUsage = null;
            int found = 0;
            foreach (SvdElement field in SvdTree.FieldList(register))
            {
                foreach (SvdElement set in SvdTree.EnumSets(field))
                {
                    if (SvdTree.Text(set, "name") == derivedFrom)
                    {
                        found++;
                        originalUsage = SvdTree.Text(set, "usage")?.Trim() ?? UsageOfAccess(SvdTree.Text(field, "access")?.Trim() ?? registerAccess);
                    }
                }
            }

            if (found != 1)
            {
                _context.Invalid(specKey, "enumeratedValues " + derivedFrom + (found == 0 ? " can't be found" : " was found more than once") + " in the register");
                return;
            }

            string spec = NameMatcher.Spec(specKey.Value, out _);
            foreach (SvdElement field in RegisterPatcher.Matching(register, spec))
            {
                string access = SvdTree.Text(field, "access")?.Trim() ?? registerAccess;
                string? checkedUsage = CheckUsage(access, usage);
                if (checkedUsage != originalUsage || SvdTree.Name(field) == derivedFrom)
                {
                    _context.Invalid(specKey, "enumeratedValues " + derivedFrom + " cannot be derived by field " + SvdTree.Name(field) + " (usage " + checkedUsage + " vs " + originalUsage + ")");
                    return;
                }

                SvdElement set = SvdTree.New("enumeratedValues", _context.Position(specKey));
                set.SetAttribute("derivedFrom", derivedFrom);
                SetEnum(field, set, originalUsage!, true, access);
            }
        }

        /// <summary>svdtools' make_ev_array: variants sorted by value (the isDefault -1 last), no duplicates, no leading digit.</summary>
        private bool EnumValues(PatchMap fmod, out List<(string Name, long Value, string Description, PatchScalar At)> values)
        {
            var byValue = new SortedDictionary<ulong, (string, long, string, PatchScalar)>();
            values = new List<(string, long, string, PatchScalar)>();
            foreach (var entry in fmod.Entries)
            {
                string vname = entry.Key.Value;
                if (vname.StartsWith("_", StringComparison.Ordinal))
                {
                    continue;
                }

                if (vname.Length > 0 && char.IsDigit(vname[0]))
                {
                    _context.Invalid(entry.Key, "enumeratedValue " + vname + " can't start with a number");
                    return false;
                }

                if (!(entry.Value is PatchSequence pair) || pair.Items.Count < 2 || !(pair.Items[1] is PatchScalar description))
                {
                    _context.Diagnostics.Report(PatchDiagnosticDescriptors.InvalidPatchValue, entry.Value.Location, vname, "[value, \"description\"]");
                    return false;
                }

                long? value = PatchValues.Integer(pair.Items[0], vname, _context.Diagnostics);
                if (value == null)
                {
                    return false;
                }

                if (byValue.ContainsKey((ulong)value.Value))
                {
                    _context.Invalid(entry.Key, "enumeratedValue " + vname + " repeats the value " + value.Value);
                    return false;
                }

                byValue[(ulong)value.Value] = (vname, value.Value, description.Value, entry.Key);
            }

            values.AddRange(byValue.Values);
            return true;
        }

        /// <summary>svdtools' set_enum on the element tree; false when the usage is taken and not replaced.</summary>
        private static bool SetEnum(SvdElement field, SvdElement set, string usage, bool replace, string access)
        {
            var existing = new List<SvdElement>(SvdTree.EnumSets(field));
            if (usage == "read-write")
            {
                if (existing.Count > 0 && !replace)
                {
                    return false;
                }

                SvdTree.Remove(field, "enumeratedValues");
                field.AppendChild(set);
                return true;
            }

            switch (existing.Count)
            {
                case 0:
                    field.AppendChild(set);
                    return true;
                case 1:
                {
                    SvdElement v = existing[0];
                    string? vUsage = SvdTree.Text(v, "usage")?.Trim();
                    if (vUsage == usage || vUsage == "read-write")
                    {
                        return ReplaceWith(field, v, set, replace);
                    }

                    if (vUsage == null)
                    {
                        if (access == "read-write" || access == "read-writeOnce")
                        {
                            string other = usage == "read" ? "write" : "read";
                            SvdTree.Set(v, "usage", other, v.Position);
                            if (set.Element("usage") == null)
                            {
                                set.AppendChild(SvdTree.New("usage", set.Position, usage));
                            }

                            field.AppendChild(set);
                            return true;
                        }

                        return ReplaceWith(field, v, set, replace);
                    }

                    field.AppendChild(set);
                    return true;
                }

                case 2:
                    if (!replace)
                    {
                        return false;
                    }

                    foreach (SvdElement v in existing)
                    {
                        if (SvdTree.Text(v, "usage")?.Trim() == usage)
                        {
                            ReplaceWith(field, v, set.Clone(null), true);
                        }
                    }

                    return true;
                default:
                    return false;
            }
        }

        private static bool ReplaceWith(SvdElement field, SvdElement old, SvdElement set, bool replace)
        {
            if (!replace)
            {
                return false;
            }

            int index = field.MutableChildren.IndexOf(old);
            field.RemoveChild(old);
            field.InsertChild(index, set);
            return true;
        }

        /// <summary>svdtools' check_usage: the usage an enum gets in a field of this access, or null when incompatible.</summary>
        private static string? CheckUsage(string access, string? usage)
        {
            switch (access)
            {
                case "read-only":
                    return usage == null || usage == "read" ? "read" : null;
                case "write-only":
                case "writeOnce":
                    return usage == null || usage == "write" ? "write" : null;
                default:
                    return usage ?? "read-write";
            }
        }

        private static string UsageOfAccess(string access) => CheckUsage(access, null) ?? "read-write";

        /// <summary>svdtools' make_usage: the usage element is written only where the access does not imply it.</summary>
        private static string? WrittenUsage(string access, string usage)
        {
            bool readWrite = access != "read-only" && access != "write-only" && access != "writeOnce";
            if ((readWrite && usage == "read-write") || (access == "read-only" && usage == "read") ||
                ((access == "write-only" || access == "writeOnce") && usage == "write"))
            {
                return null;
            }

            return usage;
        }
    }
}
