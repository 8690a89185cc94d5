using System.Collections.Generic;
using PacGen.Svd.Diagnostics;
using PacGen.Svd.Patching.Yaml;

namespace PacGen.Svd.Patching
{
    /// <summary>Reading typed values out of patch nodes, reporting PACGEN306 where the shape is wrong.</summary>
    internal static class PatchValues
    {
        /// <summary>A string or a list of strings (svdtools' <c>str_vec_iter</c>); null entries are skipped.</summary>
        public static IEnumerable<PatchScalar> Strings(PatchNode? node, string key, PatchDiagnostics diagnostics)
        {
            switch (node)
            {
                case null:
                    yield break;
                case PatchScalar s:
                    if (!s.IsNull)
                    {
                        yield return s;
                    }

                    yield break;
                case PatchSequence list:
                    foreach (PatchNode item in list.Items)
                    {
                        if (item is PatchScalar scalar)
                        {
                            if (!scalar.IsNull)
                            {
                                yield return scalar;
                            }
                        }
                        else
                        {
                            diagnostics.Report(PatchDiagnosticDescriptors.InvalidPatchValue, item.Location, key, "a string or a list of strings");
                        }
                    }

                    yield break;
                default:
                    diagnostics.Report(PatchDiagnosticDescriptors.InvalidPatchValue, node.Location, key, "a string or a list of strings");
                    yield break;
            }
        }

        /// <summary>The mapping under <paramref name="key"/>; null (silently) when absent or null, null with PACGEN306 when not a mapping.</summary>
        public static PatchMap? Map(PatchMap owner, string key, PatchDiagnostics diagnostics) => AsMap(owner[key], key, diagnostics);

        public static PatchMap? AsMap(PatchNode? node, string key, PatchDiagnostics diagnostics)
        {
            switch (node)
            {
                case null:
                    return null;
                case PatchMap map:
                    return map;
                case PatchScalar s when s.IsNull:
                    return null;
                default:
                    diagnostics.Report(PatchDiagnosticDescriptors.InvalidPatchValue, node.Location, key, "a mapping");
                    return null;
            }
        }

        /// <summary>A mapping, where null stands for an empty one (<c>ARRAY*: </c> = <c>ARRAY*: {}</c>).</summary>
        public static PatchMap MapOrEmpty(PatchNode node, string key, PatchDiagnostics diagnostics) =>
            AsMap(node, key, diagnostics) ?? new PatchMap(node.Location);

        public static string? String(PatchMap owner, string key, PatchDiagnostics diagnostics)
        {
            PatchNode? node = owner[key];
            switch (node)
            {
                case null:
                    return null;
                case PatchScalar s when s.IsNull:
                    return null;
                case PatchScalar s:
                    return s.Value;
                default:
                    diagnostics.Report(PatchDiagnosticDescriptors.InvalidPatchValue, node.Location, key, "a string");
                    return null;
            }
        }

        public static long? Integer(PatchMap owner, string key, PatchDiagnostics diagnostics) => Integer(owner[key], key, diagnostics);

        public static long? Integer(PatchNode? node, string key, PatchDiagnostics diagnostics)
        {
            switch (node)
            {
                case null:
                    return null;
                case PatchScalar s when s.IsNull:
                    return null;
                case PatchScalar s when s.TryGetInteger(out long value):
                    return value;
                default:
                    diagnostics.Report(PatchDiagnosticDescriptors.InvalidPatchValue, node.Location, key, "an integer");
                    return null;
            }
        }

        public static bool? Boolean(PatchMap owner, string key, PatchDiagnostics diagnostics)
        {
            PatchNode? node = owner[key];
            switch (node)
            {
                case null:
                    return null;
                case PatchScalar s when s.TryGetBoolean(out bool value):
                    return value;
                default:
                    diagnostics.Report(PatchDiagnosticDescriptors.InvalidPatchValue, node.Location, key, "true or false");
                    return null;
            }
        }
    }
}
