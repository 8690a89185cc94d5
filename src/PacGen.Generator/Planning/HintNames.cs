using System;
using System.Collections.Generic;
using System.Globalization;
using PacGen.Svd.Model;

namespace PacGen.Generator.Planning
{
    /// <summary>
    /// Roslyn requires hint names unique ignoring case (AddSource throws otherwise), but C# type names are case
    /// sensitive: with NameStyle=Svd, peripherals <c>GPIO</c> and <c>gpio</c> are two valid types whose files would
    /// collide. The later file gets <c>_2</c>, <c>_3</c>… before <c>.g.cs</c> (found by the fuzzer); the device
    /// file comes first.
    /// </summary>
    internal static class HintNames
    {
        private const string Extension = ".g.cs";

        public static EquatableArray<PeripheralTypePlan> MakeUnique(DeviceFilePlan device, PeripheralTypePlan[] types)
        {
            var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { device.HintName };
            for (int i = 0; i < types.Length; i++)
            {
                string hint = types[i].HintName;
                if (!used.Add(hint))
                {
                    string stem = hint.EndsWith(Extension, StringComparison.OrdinalIgnoreCase) ? hint.Substring(0, hint.Length - Extension.Length) : hint;
                    for (int n = 2; !used.Add(hint = stem + "_" + n.ToString(CultureInfo.InvariantCulture) + Extension); n++)
                    {
                    }

                    types[i] = types[i] with { HintName = hint };
                }
            }

            return types.ToEquatableArray();
        }
    }
}
