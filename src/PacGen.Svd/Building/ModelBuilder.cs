using System;
using System.Collections.Generic;
using PacGen.Svd.Diagnostics;
using PacGen.Svd.Model;
using PacGen.Svd.Parsing;

namespace PacGen.Svd.Building
{
    /// <summary>
    /// Turns resolved raw peripherals into the immutable model: register properties inherited
    /// device → peripheral → cluster → register → field, defaults applied, peripheral arrays expanded,
    /// children sorted (registers by offset then name, fields by bit offset).
    /// </summary>
    internal sealed class ModelBuilder
    {
        private readonly DiagnosticBag _diagnostics;
        private readonly DimBuilder _dims;

        public ModelBuilder(DiagnosticBag diagnostics)
        {
            _diagnostics = diagnostics;
            _dims = new DimBuilder(diagnostics);
        }

        public Device Build(RawDevice device, List<RawPeripheral> peripherals)
        {
            var built = new List<Peripheral>(peripherals.Count);
            foreach (RawPeripheral raw in peripherals)
            {
                BuildPeripheral(raw, device.Properties, built);
            }

            built = ShareTypesOnlyWhenLayoutsMatch(built);

            var interrupts = new List<Interrupt>();
            var seen = new HashSet<(string, int)>();
            foreach (Peripheral p in built)
            {
                foreach (Interrupt irq in p.Interrupts)
                {
                    if (seen.Add((irq.Name, irq.Value)))
                    {
                        interrupts.Add(irq);
                    }
                }
            }

            interrupts.Sort((a, b) => a.Value != b.Value ? a.Value.CompareTo(b.Value) : string.CompareOrdinal(a.Name, b.Name));

            return new Device(
                device.Name,
                device.Vendor,
                device.Series,
                device.Version,
                device.Description,
                device.LicenseText,
                device.Cpu,
                device.AddressUnitBits ?? 8,
                device.Width ?? 32,
                device.Properties.ToModel(),
                built.ToEquatableArray(),
                interrupts.ToEquatableArray(),
                device.Position);
        }

        private void BuildPeripheral(RawPeripheral raw, RawProperties deviceProperties, List<Peripheral> output)
        {
            RawProperties properties = raw.Properties.Over(deviceProperties);
            if (raw.BaseAddress == null)
            {
                _diagnostics.Report(SvdDiagnosticDescriptors.MissingElement, raw.Position, "peripheral", raw.Name, "baseAddress");
            }

            EquatableArray<RegisterNode> children = raw.Children == null
                ? EquatableArray<RegisterNode>.Empty
                : BuildNodes(raw.Children, properties);
            var blocks = (raw.AddressBlocks ?? new List<AddressBlock>()).ToEquatableArray();
            ulong baseAddress = raw.BaseAddress ?? 0;
            DimInfo? dim = _dims.Build(raw);
            if (dim == null)
            {
                output.Add(new Peripheral(
                    raw.Name, raw.Version, raw.Description, raw.GroupName, raw.PrependToName, raw.AppendToName,
                    raw.HeaderStructName, raw.AlternatePeripheral, baseAddress, raw.DerivedFrom, raw.TypeName ?? raw.Name,
                    blocks, Interrupts(raw, raw.Name), children, raw.Position));
                return;
            }

            // Peripheral arrays become one instance per element; all elements share one type.
            string typeName = raw.TypeName == null || raw.TypeName == raw.Name ? raw.BaseName : raw.TypeName;
            for (int i = 0; i < dim.Count; i++)
            {
                string name = dim.ElementName(i);
                output.Add(new Peripheral(
                    name, raw.Version, raw.Description, raw.GroupName, raw.PrependToName, raw.AppendToName,
                    raw.HeaderStructName, raw.AlternatePeripheral, unchecked(baseAddress + (ulong)i * dim.Increment),
                    raw.DerivedFrom, typeName, blocks, Interrupts(raw, name), children, raw.Position));
            }
        }

        /// <summary>
        /// The resolver shares a type between a derived peripheral and its source; if inherited defaults made the
        /// layouts differ after all (say a different peripheral-level size), the instance gets its own type.
        /// </summary>
        private static List<Peripheral> ShareTypesOnlyWhenLayoutsMatch(List<Peripheral> peripherals)
        {
            var layoutByType = new Dictionary<string, EquatableArray<RegisterNode>>(StringComparer.Ordinal);
            foreach (Peripheral p in peripherals)
            {
                if (p.TypeName == p.Name && !layoutByType.ContainsKey(p.Name))
                {
                    layoutByType.Add(p.Name, p.Children);
                }
            }

            var result = new List<Peripheral>(peripherals.Count);
            foreach (Peripheral p in peripherals)
            {
                if (p.TypeName != p.Name)
                {
                    if (!layoutByType.TryGetValue(p.TypeName, out EquatableArray<RegisterNode> layout))
                    {
                        layoutByType.Add(p.TypeName, p.Children);
                    }
                    else if (layout != p.Children)
                    {
                        result.Add(p with { TypeName = p.Name });
                        continue;
                    }
                }

                result.Add(p);
            }

            return result;
        }

        private static EquatableArray<Interrupt> Interrupts(RawPeripheral raw, string peripheralName)
        {
            var list = new List<Interrupt>(raw.Interrupts.Count);
            foreach (RawInterrupt irq in raw.Interrupts)
            {
                list.Add(new Interrupt(irq.Name, irq.Description, irq.Value, peripheralName));
            }

            return list.ToEquatableArray();
        }

        private EquatableArray<RegisterNode> BuildNodes(List<RawNode> children, RawProperties inherited)
        {
            var nodes = new List<RegisterNode>(children.Count);
            foreach (RawNode child in children)
            {
                RegisterNode? node = child is RawCluster cluster
                    ? BuildCluster(cluster, inherited)
                    : BuildRegister((RawRegister)child, inherited);
                if (node != null)
                {
                    nodes.Add(node);
                }
            }

            nodes.Sort((a, b) => a.AddressOffset != b.AddressOffset
                ? a.AddressOffset.CompareTo(b.AddressOffset)
                : string.CompareOrdinal(a.Name, b.Name));
            return nodes.ToEquatableArray();
        }

        private Cluster? BuildCluster(RawCluster raw, RawProperties inherited)
        {
            if (raw.AddressOffset == null)
            {
                _diagnostics.Report(SvdDiagnosticDescriptors.MissingElement, raw.Position, "cluster", raw.Name, "addressOffset");
            }

            DimInfo? dim = _dims.Build(raw);
            RawProperties properties = raw.Properties.Over(inherited);
            return new Cluster(
                dim == null ? raw.Name : raw.BaseName,
                raw.Description,
                raw.AlternateCluster,
                raw.HeaderStructName,
                raw.AddressOffset ?? 0,
                BuildNodes(raw.Children, properties),
                dim,
                raw.Position);
        }

        private Register? BuildRegister(RawRegister raw, RawProperties inherited)
        {
            if (raw.AddressOffset == null)
            {
                _diagnostics.Report(SvdDiagnosticDescriptors.MissingElement, raw.Position, "register", raw.Name, "addressOffset");
            }

            RawProperties properties = raw.Properties.Over(inherited);
            Access access = properties.Access ?? Access.ReadWrite;
            ModifiedWriteValues modifiedWriteValues = raw.ModifiedWriteValues ?? ModifiedWriteValues.Modify;
            ReadAction readAction = raw.ReadAction ?? ReadAction.None;
            DimInfo? dim = _dims.Build(raw);

            var fields = new List<Field>(raw.Fields?.Count ?? 0);
            if (raw.Fields != null)
            {
                foreach (RawField rawField in raw.Fields)
                {
                    Field? field = BuildField(rawField, access, modifiedWriteValues, readAction);
                    if (field != null)
                    {
                        fields.Add(field);
                    }
                }
            }

            fields.Sort((a, b) => a.BitOffset != b.BitOffset ? a.BitOffset.CompareTo(b.BitOffset) : string.CompareOrdinal(a.Name, b.Name));

            int size = properties.Size ?? 32;
            if (size < 8)
            {
                // A vendor bug with one obvious repair (a size in bytes, or the width of the one field): no access is
                // narrower than a byte, so the register is as wide as the smallest access that holds its fields.
                int repaired = SmallestAccessHolding(fields);
                _diagnostics.Report(SvdDiagnosticDescriptors.RegisterSizeRepaired, raw.Position, raw.Name, size, repaired);
                size = repaired;
            }
            else if (size != 8 && size != 16 && size != 32 && size != 64)
            {
                _diagnostics.Report(SvdDiagnosticDescriptors.InvalidRegisterSize, raw.Position, raw.Name, size);
                size = size < 16 ? 16 : size < 32 ? 32 : 64;
            }

            ulong sizeMask = size == 64 ? ulong.MaxValue : (1UL << size) - 1;
            // No resetValue anywhere (bcm2711's GPIO, ATSAM3X8E): the register resets to 0. resetMask defaults to every
            // bit of the register either way, as svdconv prints it; a too-wide resetMask (0xFFFFFFFF on an 8-bit
            // register, everywhere in Microchip files) loses nothing when cut.
            ulong resetValue = properties.ResetValue != null
                ? FitToSize("resetValue", properties.ResetValue.Value, sizeMask, raw, size)
                : 0;
            ulong resetMask = (properties.ResetMask ?? sizeMask) & sizeMask;

            return new Register(
                dim == null ? raw.Name : raw.BaseName,
                raw.DisplayName,
                raw.Description,
                raw.AddressOffset ?? 0,
                size,
                access,
                properties.Protection ?? Protection.None,
                resetValue,
                resetMask,
                raw.DataType,
                modifiedWriteValues,
                raw.WriteConstraint,
                readAction,
                raw.AlternateGroup,
                raw.AlternateRegister,
                fields.ToEquatableArray(),
                dim,
                raw.Position);
        }

        /// <summary>8, 16, 32 or 64: the narrowest access reaching the end of the last field (field arrays included).</summary>
        private static int SmallestAccessHolding(List<Field> fields)
        {
            long end = 1;
            foreach (Field field in fields)
            {
                long count = field.Dim?.Count ?? 1;
                long increment = (long)(field.Dim?.Increment ?? 0);
                end = Math.Max(end, field.BitOffset + (count - 1) * increment + field.BitWidth);
            }

            return end <= 8 ? 8 : end <= 16 ? 16 : end <= 32 ? 32 : 64;
        }

        /// <summary>Vendor files (ATSAMD51, M369) write reset values wider than the register: warn and mask.</summary>
        private ulong FitToSize(string what, ulong value, ulong sizeMask, RawRegister raw, int size)
        {
            if ((value & ~sizeMask) != 0)
            {
                _diagnostics.Report(SvdDiagnosticDescriptors.ResetValueTooWide, raw.Position, what, DiagnosticBag.Hex(value), raw.Name, size, DiagnosticBag.Hex(value & sizeMask));
            }

            return value & sizeMask;
        }

        private Field? BuildField(RawField raw, Access registerAccess, ModifiedWriteValues registerWrites, ReadAction registerRead)
        {
            if (raw.BitOffset == null || raw.BitWidth == null)
            {
                if (raw.BitPositionInvalid)
                {
                    return null;
                }

                _diagnostics.Report(SvdDiagnosticDescriptors.MissingElement, raw.Position, "field", raw.Name, raw.BitOffset == null ? "bitOffset" : "bitWidth");
                return null;
            }

            if (raw.BitWidth.Value == 0 || raw.BitWidth.Value > 64)
            {
                _diagnostics.Report(SvdDiagnosticDescriptors.InvalidBitRange, raw.Position, raw.Name, "bitWidth " + raw.BitWidth.Value + " is not between 1 and 64");
                return null;
            }

            // No register is wider than 64 bits: an offset beyond that is never a field, and left unchecked it
            // overflows the int arithmetic of the layout checks and of the emitted shifts.
            if (raw.BitOffset.Value < 0 || raw.BitOffset.Value > 63)
            {
                _diagnostics.Report(SvdDiagnosticDescriptors.InvalidBitRange, raw.Position, raw.Name, "bitOffset " + raw.BitOffset.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + " is not between 0 and 63");
                return null;
            }

            DimInfo? dim = _dims.Build(raw);
            if (dim != null && dim.Count > 1 &&
                (dim.Increment > 64 || raw.BitOffset.Value + ((long)dim.Count - 1) * (long)dim.Increment + raw.BitWidth.Value > 64))
            {
                _diagnostics.Report(SvdDiagnosticDescriptors.InvalidBitRange, raw.Position, raw.Name,
                    "field array of " + dim.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " elements every " +
                    dim.Increment.ToString(System.Globalization.CultureInfo.InvariantCulture) + " bits reaches past bit 63");
                return null;
            }

            return new Field(
                dim == null ? raw.Name : raw.BaseName,
                raw.Description,
                raw.BitOffset.Value,
                raw.BitWidth.Value,
                raw.Access ?? registerAccess,
                raw.ModifiedWriteValues ?? registerWrites,
                raw.WriteConstraint,
                raw.ReadAction ?? registerRead,
                BuildEnumSets(raw, raw.BitWidth.Value),
                dim,
                raw.Position);
        }

        /// <summary>At most one set per usage, and a read-write set stands alone; extra sets are reported and dropped.</summary>
        private EquatableArray<EnumeratedValues> BuildEnumSets(RawField raw, int bitWidth)
        {
            if (raw.EnumSets == null || raw.EnumSets.Count == 0)
            {
                return EquatableArray<EnumeratedValues>.Empty;
            }

            var sets = new List<EnumeratedValues>(raw.EnumSets.Count);
            foreach (RawEnumSet set in raw.EnumSets)
            {
                EnumUsage usage = set.Usage ?? EnumUsage.ReadWrite;
                bool conflict = false;
                foreach (EnumeratedValues existing in sets)
                {
                    if (existing.Usage == usage || existing.Usage == EnumUsage.ReadWrite || usage == EnumUsage.ReadWrite)
                    {
                        conflict = true;
                    }
                }

                if (conflict)
                {
                    _diagnostics.Report(SvdDiagnosticDescriptors.EnumUsageConflict, set.Position, raw.Name, UsageText(usage), set.Name ?? "");
                    continue;
                }

                sets.Add(new EnumeratedValues(set.Name, set.HeaderEnumName, usage, ValuesThatFit(set.Values, raw.Name, bitWidth), set.Position));
            }

            return sets.ToEquatableArray();
        }

        private EquatableArray<EnumeratedValue> ValuesThatFit(List<EnumeratedValue> values, string fieldName, int bitWidth)
        {
            ulong fieldMask = bitWidth >= 64 ? ulong.MaxValue : (1UL << bitWidth) - 1;
            var kept = new List<EnumeratedValue>(values.Count);
            foreach (EnumeratedValue value in values)
            {
                if (!value.IsDefault && ((value.Value | value.DontCareMask) & ~fieldMask) != 0)
                {
                    _diagnostics.Report(SvdDiagnosticDescriptors.EnumValueTooWide, value.Position, value.Name, value.Value, bitWidth, fieldName);
                    continue;
                }

                kept.Add(value);
            }

            return kept.ToEquatableArray();
        }

        private static string UsageText(EnumUsage usage) =>
            usage == EnumUsage.Read ? "read" : usage == EnumUsage.Write ? "write" : "read-write";
    }
}
