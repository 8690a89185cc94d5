using PacGen.Svd.Diagnostics;

namespace PacGen.Svd.Patching.Yaml
{
    /// <summary>
    /// svdtools' merge of an included document into the including mapping: the including side wins. Missing keys
    /// are copied, mappings merge recursively, lists concatenate, a string and a list become one list (no
    /// duplicates), two different strings keep the parent's, identical values are kept once.
    /// </summary>
    internal static class IncludeMerger
    {
        public static void Merge(PatchMap parent, PatchMap child, PatchDiagnostics diagnostics)
        {
            foreach (var entry in child.Entries)
            {
                string key = entry.Key.Value;
                if (key == PatchKeys.Include || key == PatchKeys.Path)
                {
                    continue;
                }

                PatchNode value = entry.Value;
                PatchNode? mine = parent[key];
                if (mine == null)
                {
                    parent.Set(entry.Key, value.DeepCopy());
                    continue;
                }

                if (mine.SameAs(value))
                {
                    continue;
                }

                switch (mine)
                {
                    case PatchSequence list when value is PatchSequence more:
                        foreach (PatchNode item in more.Items)
                        {
                            list.Items.Add(item.DeepCopy());
                        }

                        break;
                    case PatchSequence list when value is PatchScalar scalar && IsString(scalar):
                        if (!list.Contains(scalar))
                        {
                            list.Items.Add(scalar);
                        }

                        break;
                    case PatchMap map when value is PatchMap more:
                        Merge(map, more, diagnostics);
                        break;
                    case PatchMap _:
                        diagnostics.Report(PatchDiagnosticDescriptors.InvalidPatchValue, value.Location, key, "a mapping, as the including file has it");
                        break;
                    case PatchScalar scalar when IsString(scalar) && value is PatchSequence list:
                        if (!list.Contains(scalar))
                        {
                            var merged = (PatchSequence)list.DeepCopy();
                            merged.Items.Insert(0, scalar);
                            parent.Set(entry.Key, merged);
                        }

                        break;
                }
            }
        }

        /// <summary>Whether YAML reads the scalar as a string (not null, int, bool or float), which the merge rules distinguish.</summary>
        public static bool IsString(PatchScalar scalar)
        {
            if (!scalar.Plain)
            {
                return true;
            }

            if (scalar.IsNull || scalar.Value == "true" || scalar.Value == "false")
            {
                return false;
            }

            string v = scalar.Value;
            bool yamlInt = v.StartsWith("0x", System.StringComparison.Ordinal) || v.StartsWith("0o", System.StringComparison.Ordinal)
                ? v.Length > 2
                : long.TryParse(v, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _);
            return !yamlInt && !double.TryParse(v, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);
        }
    }
}
