using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using PacGen.Svd;
using PacGen.Svd.Model;

namespace PacGen.Cli.Scaffold
{
    /// <summary>
    /// The register the scaffolded simulation smoke test writes and reads back, with its generated C# names.
    /// </summary>
    /// <param name="PeripheralType">The generated peripheral struct (<c>Gpioa</c>); null when the listing has no match.</param>
    /// <param name="RegisterProperty">The register property on it (<c>Moder</c>); its struct is <c>ModerRegister</c>.</param>
    /// <param name="BitsType">The register's raw value type (<c>uint</c> for 32 bits).</param>
    /// <param name="SimulatorName">The name the simulated device knows it by (<c>GPIOA.MODER</c>).</param>
    /// <param name="Value">A value with one bit of a plain read-write field set, so it reads back unchanged.</param>
    internal sealed record SmokeTarget(
        string? PeripheralType,
        string? RegisterProperty,
        string BitsType,
        int Size,
        ulong BaseAddress,
        ulong Address,
        string SimulatorName,
        ulong Value)
    {
        /// <summary>
        /// Picks the first register (document order) that stores what is written: read-write, no side effects, no
        /// write constraints, outside clusters and arrays, in a peripheral that defines its own type. Its C# names come
        /// from the generated public-API listing (matched case- and underscore-insensitively), so the smoke test uses
        /// exactly what the generator emitted. When no such register has generated names to match, the first register
        /// that stores writes is returned without names (the test then goes through PacGen.Runtime.Mmio); null when
        /// the device has no register that stores writes.
        /// </summary>
        public static SmokeTarget? Find(Device device, string @namespace, string publicApiListing)
        {
            var lines = new HashSet<string>(publicApiListing.Split('\n').Select(l => l.TrimEnd('\r')), StringComparer.Ordinal);
            string ns = Regex.Escape(@namespace);
            var peripheralTypes = lines
                .Select(l => Regex.Match(l, "^" + ns + @"\.(\w+)\.\1\(nuint baseAddress\)$"))
                .Where(m => m.Success)
                .Select(m => m.Groups[1].Value)
                .ToList();

            SmokeTarget? untyped = null;
            foreach (RegisterInstance instance in DeviceMap.Flatten(device))
            {
                if (!StoresWrites(instance))
                {
                    continue;
                }

                untyped ??= Create(instance, null, null);

                string? type = SingleMatch(peripheralTypes, instance.Peripheral.Name);
                if (type == null)
                {
                    continue;
                }

                string prefix = @namespace + "." + type + ".";
                var properties = lines
                    .Select(l => Regex.Match(l, "^" + Regex.Escape(prefix) + @"(\w+)Register " + Regex.Escape(prefix) + @"(\w+) \{ get; \}$"))
                    .Where(m => m.Success && m.Groups[1].Value == m.Groups[2].Value)
                    .Select(m => m.Groups[1].Value)
                    .ToList();
                string? property = SingleMatch(properties, instance.Register.Name);
                if (property == null)
                {
                    continue;
                }

                string register = prefix + property + "Register";
                string bits = SmokeTarget.BitsTypeOf(instance.Register.Size);
                bool complete =
                    lines.Contains(register + ".W." + "W(" + bits + " bits)") &&
                    lines.Contains(register + ".R " + register + ".Read()") &&
                    lines.Any(l => l.Contains(register + ".Write(" + register + ".W value)", StringComparison.Ordinal));
                if (!complete)
                {
                    continue;
                }

                return Create(instance, type, property);
            }

            return untyped;
        }

        private static SmokeTarget Create(RegisterInstance instance, string? type, string? property) => new(
            type,
            property,
            BitsTypeOf(instance.Register.Size),
            instance.Register.Size,
            instance.Peripheral.BaseAddress,
            instance.Address,
            instance.Peripheral.Name + "." + instance.Path,
            1UL << instance.ExpandedFields[0].BitOffset);

        private static bool StoresWrites(RegisterInstance instance)
        {
            Register r = instance.Register;
            return instance.Peripheral.TypeName == instance.Peripheral.Name &&
                instance.Path.IndexOfAny(new[] { '.', '[' }) < 0 &&
                r.Access == Access.ReadWrite && r.ModifiedWriteValues == ModifiedWriteValues.Modify &&
                r.ReadAction == ReadAction.None && r.WriteConstraint == null && r.AlternateRegister == null &&
                r.AlternateGroup == null && instance.ExpandedFields.Count > 0 &&
                instance.ExpandedFields.All(f =>
                    f.Access == Access.ReadWrite && f.ModifiedWriteValues == ModifiedWriteValues.Modify &&
                    f.ReadAction == ReadAction.None && f.WriteConstraint == null);
        }

        private static string? SingleMatch(IEnumerable<string> identifiers, string svdName)
        {
            var matches = identifiers.Where(id => Normalize(id) == Normalize(svdName)).Distinct(StringComparer.Ordinal).ToList();
            return matches.Count == 1 ? matches[0] : null;
        }

        private static string Normalize(string name) => name.Replace("_", string.Empty).ToUpperInvariant();

        public static string BitsTypeOf(int size) => size switch
        {
            8 => "byte",
            16 => "ushort",
            64 => "ulong",
            _ => "uint",
        };
    }
}
