using System;
using System.Collections.Generic;
using PacGen.Svd.Parsing;
using PacGen.Svd.Patching.Yaml;

namespace PacGen.Svd.Patching
{
    /// <summary>svdtools' <c>_array</c> for fields and registers: same-shaped elements at a constant stride become one dim array.</summary>
    internal static class ArrayCollector
    {
        public static void CollectFields(PatchContext context, SvdElement register, PatchScalar specKey, PatchMap fmod, string where)
        {
            string spec = NameMatcher.Spec(specKey.Value, out bool optional);
            List<SvdElement>? list = SvdTree.Fields(register);
            var fields = new List<(SvdElement Field, int Offset)>();
            int place = int.MaxValue;
            if (list != null)
            {
                for (int i = 0; i < list.Count;)
                {
                    SvdElement f = list[i];
                    if (f.Name == "field" && !SvdTree.IsArray(f) && NameMatcher.Matches(SvdTree.Name(f), spec))
                    {
                        SvdTree.TryBitRange(f, out int offset, out _);
                        fields.Add((f, offset));
                        list.RemoveAt(i);
                        place = Math.Min(place, i);
                    }
                    else
                    {
                        i++;
                    }
                }
            }

            if (fields.Count == 0)
            {
                if (!optional)
                {
                    context.NoMatch(specKey, "field", where);
                }

                return;
            }

            fields.Sort((a, b) => a.Offset.CompareTo(b.Offset));
            var names = fields.ConvertAll(f => SvdTree.Name(f.Field));
            var offsets = fields.ConvertAll(f => (long)f.Offset);
            if (!Shape(context, specKey, spec, fmod, names, offsets, dimIncrement: offsets.Count > 1 ? offsets[1] - offsets[0] : 0, where, out string name, out List<string> index))
            {
                Restore(list!, place, fields.ConvertAll(f => f.Field));
                return;
            }

            SvdElement first = fields[0].Field;
            if (!Description(context, specKey, fmod, "description", fields.ConvertAll(f => SvdTree.Text(f.Field, "description")), index, first, where))
            {
                Restore(list!, place, fields.ConvertAll(f => f.Field));
                return;
            }

            SvdTree.SetName(first, name);
            WriteDim(context, first, specKey, index, offsets.Count > 1 ? offsets[1] - offsets[0] : 0);
            register.Element("fields")!.InsertChild(Math.Min(place, list!.Count), first);
        }

        /// <summary>Registers of a block into one register array, then the array's own patch (svdtools' collect_in_array).</summary>
        public static void CollectRegisters(PatchContext context, SvdElement owner, PatchScalar specKey, PatchMap rmod, Interpolation path, RegisterPatcher registers)
        {
            string where = path.BlockPath ?? "";
            string spec = NameMatcher.Spec(specKey.Value, out bool optional);
            List<SvdElement>? block = SvdTree.Block(owner);
            var found = new List<SvdElement>();
            int place = int.MaxValue;
            if (block != null)
            {
                for (int i = 0; i < block.Count;)
                {
                    SvdElement r = block[i];
                    if (r.Name == "register" && !SvdTree.IsArray(r) && NameMatcher.Matches(SvdTree.Name(r), spec))
                    {
                        found.Add(r);
                        block.RemoveAt(i);
                        place = Math.Min(place, i);
                    }
                    else
                    {
                        i++;
                    }
                }
            }

            if (found.Count == 0)
            {
                if (!optional)
                {
                    context.NoMatch(specKey, "register", where);
                }

                return;
            }

            found.Sort((a, b) => (SvdTree.Number(a, "addressOffset") ?? 0).CompareTo(SvdTree.Number(b, "addressOffset") ?? 0));
            var offsets = found.ConvertAll(r => (long)(SvdTree.Number(r, "addressOffset") ?? 0));
            long increment = offsets.Count > 1
                ? offsets[1] - offsets[0]
                : PatchValues.Integer(rmod, "dimIncrement", context.Diagnostics) ?? (long)((SvdTree.Number(found[0], "size") ?? 0) / 8);
            bool ok = increment != 0;
            if (!ok)
            {
                context.Invalid(specKey, where + ": registers " + spec + " need a dimIncrement to become an array");
            }

            ok = ok && Shape(context, specKey, spec, rmod, found.ConvertAll(SvdTree.Name), offsets, increment, where, out string name, out List<string> index)
                && SameMasks(context, specKey, found, where + ": registers cannot be collected into " + spec + " array. Different bit masks")
                && Description(context, specKey, rmod, "description", found.ConvertAll(r => SvdTree.Text(r, "description")), index, found[0], where)
                && Description(context, specKey, rmod, "displayName", found.ConvertAll(r => SvdTree.Text(r, "displayName")), index, found[0], where);
            if (!ok)
            {
                Restore(block!, place, found);
                return;
            }

            SvdElement first = found[0];
            List<string> indices = Indices(found.ConvertAll(SvdTree.Name), spec, rmod);
            SvdTree.SetName(first, Shape2Name(spec, rmod, context));
            WriteDim(context, first, specKey, indices, increment);
            registers.Process(first, rmod, path, fromArray: true);
            SvdTree.Insert(owner, Math.Min(place, block!.Count), first);
        }

        private static string Shape2Name(string spec, PatchMap rmod, PatchContext context)
        {
            NameMatcher.TokenBounds(spec, out int left, out int right);
            return PatchValues.String(rmod, "name", context.Diagnostics) ?? spec.Substring(0, left) + "%s" + spec.Substring(spec.Length - right);
        }

        internal static List<string> Indices(List<string> names, string spec, PatchMap mod)
        {
            if (mod.ContainsKey("_start_from_zero"))
            {
                var zero = new List<string>();
                for (int i = 0; i < names.Count; i++)
                {
                    zero.Add(SvdTree.Dec(i));
                }

                return zero;
            }

            NameMatcher.TokenBounds(spec, out int left, out int right);
            return names.ConvertAll(n => n.Length >= left + right ? n.Substring(left, n.Length - left - right) : n);
        }

        /// <summary>The checks and names shared by field and register arrays.</summary>
        private static bool Shape(PatchContext context, PatchScalar specKey, string spec, PatchMap mod, List<string> names, List<long> offsets, long dimIncrement, string where, out string name, out List<string> index)
        {
            name = "";
            index = new List<string>();
            if (!NameMatcher.TokenBounds(spec, out int left, out int right))
            {
                context.Invalid(specKey, "'" + spec + "' contains no wildcard token or more than one");
                return false;
            }

            for (int i = 1; i < offsets.Count; i++)
            {
                if (offsets[i] - offsets[i - 1] != dimIncrement)
                {
                    context.Invalid(specKey, where + ": elements matching " + spec + " cannot be collected into an array: their offsets do not step evenly");
                    return false;
                }
            }

            index = Indices(names, spec, mod);
            name = PatchValues.String(mod, "name", context.Diagnostics) ?? spec.Substring(0, left) + "%s" + spec.Substring(spec.Length - right);
            return true;
        }

        private static bool SameMasks(PatchContext context, PatchScalar specKey, List<SvdElement> registers, string message)
        {
            ulong mask = SvdTree.BitMask(registers[0]);
            foreach (SvdElement r in registers)
            {
                if (SvdTree.BitMask(r) != mask)
                {
                    context.Invalid(specKey, message);
                    return false;
                }
            }

            return true;
        }

        /// <summary>The array's description (or displayName): given, "_original", or svdtools' common_description.</summary>
        private static bool Description(PatchContext context, PatchScalar specKey, PatchMap mod, string key, List<string?> texts, List<string> index, SvdElement first, string where)
        {
            if (PatchValues.String(mod, key, context.Diagnostics) is string given)
            {
                if (given != "_original")
                {
                    SvdTree.Set(first, key, given, context.Position(mod[key]!));
                }

                return true;
            }

            if (!CommonDescription(texts, index, out string? common))
            {
                context.Invalid(specKey, where + ": elements matching " + specKey.Value + " cannot be collected into an array; specify " + key);
                return false;
            }

            SvdTree.Set(first, key, common, first.Element(key)?.Position ?? first.Position);
            return true;
        }

        /// <summary>svdtools' common_description: the first text with its index replaced by %s if every other text fits; or all equal.</summary>
        internal static bool CommonDescription(List<string?> texts, List<string> index, out string? common)
        {
            string? first = texts[0];
            if (first != null && index.Count > 0 && index[0].Length > 0)
            {
                string idx0 = index[0];
                for (int at = first.IndexOf(idx0, StringComparison.Ordinal); at >= 0; at = first.IndexOf(idx0, at + 1, StringComparison.Ordinal))
                {
                    string candidate = first.Substring(0, at) + "%s" + first.Substring(at + idx0.Length);
                    bool same = true;
                    for (int i = 1; i < texts.Count && same; i++)
                    {
                        same = texts[i] == ReplaceFirst(candidate, "%s", index[i]);
                    }

                    if (same)
                    {
                        common = candidate;
                        return true;
                    }
                }
            }

            common = first;
            for (int i = 1; i < texts.Count; i++)
            {
                if (texts[i] != first)
                {
                    return false;
                }
            }

            return true;
        }

        private static string ReplaceFirst(string text, string token, string value)
        {
            int at = text.IndexOf(token, StringComparison.Ordinal);
            return at < 0 ? text : text.Substring(0, at) + value + text.Substring(at + token.Length);
        }

        internal static void WriteDim(PatchContext context, SvdElement element, PatchScalar specKey, List<string> index, long increment)
        {
            var at = context.Position(specKey);
            SvdTree.Set(element, "dim", SvdTree.Dec(index.Count), at);
            SvdTree.Set(element, "dimIncrement", SvdTree.Hex((ulong)increment), at);
            SvdTree.Set(element, "dimIndex", string.Join(",", index), at);
        }

        private static void Restore(List<SvdElement> list, int place, List<SvdElement> removed)
        {
            list.InsertRange(Math.Min(place, list.Count), removed);
        }
    }
}
