using System;
using System.Collections.Generic;
using PacGen.Svd.Parsing;
using PacGen.Svd.Patching.Yaml;

namespace PacGen.Svd.Patching
{
    /// <summary>svdtools' <c>_merge</c> (fields into one) and <c>_split</c> (a field into one-bit fields).</summary>
    internal static class FieldMerger
    {
        public static void Merge(PatchContext context, SvdElement register, PatchNode? node, string where)
        {
            switch (node)
            {
                case PatchMap map:
                    foreach (var entry in map.Entries)
                    {
                        MergeOne(context, register, entry.Key, entry.Value, where);
                    }

                    break;
                case PatchSequence list:
                    foreach (PatchScalar spec in PatchValues.Strings(list, PatchKeys.Merge, context.Diagnostics))
                    {
                        MergeOne(context, register, spec, null, where);
                    }

                    break;
                case PatchScalar s when !s.IsNull:
                    MergeOne(context, register, s, null, where);
                    break;
            }
        }

        private static void MergeOne(PatchContext context, SvdElement register, PatchScalar key, PatchNode? value, string where)
        {
            var names = new List<string>();
            string name;
            switch (value)
            {
                case PatchScalar s when !s.IsNull:
                    name = key.Value;
                    AddNames(register, s.Value, names);
                    break;
                case PatchSequence list:
                    name = key.Value;
                    foreach (PatchScalar spec in PatchValues.Strings(list, key.Value, context.Diagnostics))
                    {
                        AddNames(register, spec.Value, names);
                    }

                    break;
                case null:
                case PatchScalar _:
                    AddNames(register, key.Value, names);
                    name = CommonPrefix(names);
                    break;
                default:
                    context.Invalid(key, "invalid _merge of " + where + "." + key.Value);
                    return;
            }

            if (names.Count == 0)
            {
                context.NoMatch(key, "field to merge", where);
                return;
            }

            List<SvdElement> fields = SvdTree.Fields(register)!;
            int width = 0, offset = int.MaxValue, pos = int.MaxValue;
            string? description = null;
            bool first = true;
            for (int i = 0; i < fields.Count; i++)
            {
                SvdElement f = fields[i];
                if (f.Name != "field" || !names.Contains(SvdTree.Name(f)))
                {
                    continue;
                }

                if (first)
                {
                    description = SvdTree.Text(f, "description");
                    first = false;
                }

                SvdTree.TryBitRange(f, out int o, out int w);
                width += w;
                offset = Math.Min(offset, o);
                pos = Math.Min(pos, i);
            }

            fields.RemoveAll(f => f.Name == "field" && names.Contains(SvdTree.Name(f)));
            SvdElement merged = SvdTree.New("field", context.Position(key));
            SvdTree.Set(merged, "name", name, merged.Position);
            if (description != null)
            {
                SvdTree.Set(merged, "description", description, merged.Position);
            }

            SvdTree.SetBitRange(merged, offset, width, merged.Position);
            register.Element("fields")!.InsertChild(Math.Min(pos, fields.Count), merged);
        }

        private static void AddNames(SvdElement register, string spec, List<string> names)
        {
            foreach (SvdElement f in RegisterPatcher.Matching(register, spec))
            {
                names.Add(SvdTree.Name(f));
            }
        }

        private static string CommonPrefix(List<string> names)
        {
            if (names.Count == 0)
            {
                return "";
            }

            string prefix = names[0];
            foreach (string n in names)
            {
                int i = 0;
                while (i < prefix.Length && i < n.Length && prefix[i] == n[i])
                {
                    i++;
                }

                prefix = prefix.Substring(0, i);
            }

            return prefix;
        }

        public static void Split(PatchContext context, SvdElement register, PatchNode? node, string where)
        {
            switch (node)
            {
                case PatchMap map:
                    foreach (var entry in map.Entries)
                    {
                        SplitOne(context, register, entry.Key, PatchValues.MapOrEmpty(entry.Value, entry.Key.Value, context.Diagnostics), where);
                    }

                    break;
                case PatchSequence list:
                    foreach (PatchScalar spec in PatchValues.Strings(list, PatchKeys.Split, context.Diagnostics))
                    {
                        SplitOne(context, register, spec, new PatchMap(spec.Location), where);
                    }

                    break;
                case PatchScalar s when !s.IsNull:
                    SplitOne(context, register, s, new PatchMap(s.Location), where);
                    break;
            }
        }

        private static void SplitOne(PatchContext context, SvdElement register, PatchScalar specKey, PatchMap fsplit, string where)
        {
            string spec = NameMatcher.Spec(specKey.Value, out bool optional);
            var matched = new List<SvdElement>(RegisterPatcher.Matching(register, spec));
            if (matched.Count == 0)
            {
                if (!optional)
                {
                    context.NoMatch(specKey, "field to split", where);
                }

                return;
            }

            if (matched.Count > 1)
            {
                context.Invalid(specKey, "only one field can be split at a time: " + where + ":" + spec);
                return;
            }

            SvdElement first = matched[0];
            string original = SvdTree.Name(first);
            string name = PatchValues.String(fsplit, "name", context.Diagnostics) ?? original + "%s";
            string? description = PatchValues.String(fsplit, "description", context.Diagnostics) ?? SvdTree.Text(first, "description");
            SvdTree.TryBitRange(first, out int offset, out int width);
            RegisterPatcher.RemoveFields(register, f => SvdTree.Name(f) == original);
            SvdElement container = register.Element("fields")!;
            for (int i = 0; i < width; i++)
            {
                string index = SvdTree.Dec(i);
                SvdElement bit = SvdTree.New("field", context.Position(specKey));
                SvdTree.Set(bit, "name", name.Replace("%s", index), bit.Position);
                if (description != null)
                {
                    SvdTree.Set(bit, "description", description.Replace("%s", index), bit.Position);
                }

                SvdTree.SetBitRange(bit, offset + i, 1, bit.Position);
                container.AppendChild(bit);
            }
        }
    }
}
