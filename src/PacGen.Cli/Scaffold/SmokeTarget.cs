using System;
using System.Collections.Generic;
using System.Linq;
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
        /// from the generated code itself (symbols of the generated sources, matched to SVD names case- and
        /// underscore-insensitively), so the smoke test uses exactly what the generator emitted. When no such register
        /// has generated members to match, the first register that stores writes is returned without names (the test
        /// then goes through PacGen.Runtime.Mmio); null when the device has no register that stores writes.
        /// </summary>
        public static SmokeTarget? Find(Device device, string @namespace, IEnumerable<string> generatedSources)
        {
            GeneratedApi api = GeneratedApi.Create(@namespace, generatedSources);
            SmokeTarget? untyped = null;
            foreach (RegisterInstance instance in DeviceMap.Flatten(device))
            {
                if (!StoresWrites(instance))
                {
                    continue;
                }

                untyped ??= Create(instance, null, null);
                string bits = BitsTypeOf(instance.Register.Size);
                if (api.FindRegister(instance.Peripheral.Name, instance.Register.Name, bits) is { } names)
                {
                    return Create(instance, names.PeripheralType, names.RegisterProperty);
                }
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

        public static string BitsTypeOf(int size) => size switch
        {
            8 => "byte",
            16 => "ushort",
            64 => "ulong",
            _ => "uint",
        };
    }
}
