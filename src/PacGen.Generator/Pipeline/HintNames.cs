using System;
using System.Collections.Generic;
using System.Globalization;
using PacGen.Generator.Emit;
using PacGen.Svd.Model;

namespace PacGen.Generator.Pipeline
{
    /// <summary>
    /// Roslyn requires hint names unique ignoring case (AddSource throws otherwise), but C# type names are case
    /// sensitive: with NameStyle=Svd, peripherals <c>GPIO</c> and <c>gpio</c> are two valid types whose files would
    /// collide. The later file gets <c>_2</c>, <c>_3</c>… before <c>.g.cs</c> (found by the fuzzer).
    /// </summary>
    internal static class HintNames
    {
        private const string Extension = ".g.cs";

        public static EquatableArray<GeneratedSource> MakeUnique(EquatableArray<GeneratedSource> sources)
        {
            var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            List<GeneratedSource>? renamed = null;
            for (int i = 0; i < sources.Count; i++)
            {
                GeneratedSource source = sources[i];
                string hint = source.HintName;
                if (!used.Add(hint))
                {
                    string stem = hint.EndsWith(Extension, StringComparison.OrdinalIgnoreCase) ? hint.Substring(0, hint.Length - Extension.Length) : hint;
                    for (int n = 2; !used.Add(hint = stem + "_" + n.ToString(CultureInfo.InvariantCulture) + Extension); n++)
                    {
                    }

                    renamed ??= new List<GeneratedSource>(sources);
                    renamed[i] = source with { HintName = hint };
                }
            }

            return renamed == null ? sources : renamed.ToEquatableArray();
        }
    }
}
