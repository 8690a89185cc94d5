using System.Collections.Generic;
using PacGen.Svd.Diagnostics;
using PacGen.Svd.Model;

namespace PacGen.Svd.Validation
{
    /// <summary>
    /// Checks of the resolved model that need the whole picture: names unique after dim expansion, fields inside
    /// their register and not overlapping, enum values fitting their field, registers not overlapping unless
    /// declared alternates, registers aligned, address blocks of a peripheral disjoint.
    /// </summary>
    internal sealed class LayoutValidator
    {
        private readonly DiagnosticBag _diagnostics;

        public LayoutValidator(DiagnosticBag diagnostics) => _diagnostics = diagnostics;

        public void Validate(Device device)
        {
            var peripheralNames = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (Peripheral peripheral in device.Peripherals)
            {
                if (!peripheralNames.Add(peripheral.Name))
                {
                    _diagnostics.Report(SvdDiagnosticDescriptors.DuplicateName, peripheral.Position, "Peripheral", peripheral.Name, device.Name);
                }
            }

            // Validate each layout once: peripherals sharing a type share the same children.
            var validated = new HashSet<EquatableArray<RegisterNode>>();
            foreach (Peripheral peripheral in device.Peripherals)
            {
                CheckAddressBlocks(peripheral);
                if (validated.Add(peripheral.Children))
                {
                    CheckContainer(peripheral.Name, peripheral.Children, 0);
                }
            }
        }

        private void CheckAddressBlocks(Peripheral peripheral)
        {
            var blocks = new List<AddressBlock>(peripheral.AddressBlocks);
            blocks.Sort((a, b) => a.Offset.CompareTo(b.Offset));
            for (int i = 1; i < blocks.Count; i++)
            {
                AddressBlock previous = blocks[i - 1];
                bool repeated = blocks[i].Offset == previous.Offset && blocks[i].Size == previous.Size;
                if (!repeated && blocks[i].Offset < previous.Offset + previous.Size)
                {
                    _diagnostics.Report(SvdDiagnosticDescriptors.OverlappingAddressBlocks, peripheral.Position,
                        DiagnosticBag.Hex(peripheral.BaseAddress + blocks[i].Offset), peripheral.Name, DiagnosticBag.Hex(peripheral.BaseAddress + previous.Offset), peripheral.Name);
                }
            }
        }

        private void CheckContainer(string containerName, EquatableArray<RegisterNode> children, ulong containerOffset)
        {
            var names = new HashSet<string>(System.StringComparer.Ordinal);
            var spans = new List<(ulong Start, ulong End, Register Register)>();
            foreach (RegisterNode node in children)
            {
                int count = node.Dim?.Count ?? 1;
                // CMSIS: the alternateGroup is part of a register's name (CR in groups A and B are CR_A and CR_B).
                string? group = AlternateNames.GroupOf(node);
                if (node.Dim == null || node.Dim.IsArray)
                {
                    CheckUnique(names, AlternateNames.Cmsis(node.Name, group), node.Position, containerName);
                }
                else
                {
                    for (int i = 0; i < count; i++)
                    {
                        CheckUnique(names, AlternateNames.Cmsis(node.Dim.ElementName(i), group), node.Position, containerName);
                    }
                }

                if (node is Cluster cluster)
                {
                    CheckContainer(containerName + "." + cluster.Name, cluster.Children, containerOffset + cluster.AddressOffset);
                    continue;
                }

                var register = (Register)node;
                CheckRegister(register);
                ulong bytes = (ulong)register.Size / 8;
                ulong offset = containerOffset + register.AddressOffset;
                if (offset % bytes != 0)
                {
                    _diagnostics.Report(SvdDiagnosticDescriptors.MisalignedRegister, register.Position, register.Name, DiagnosticBag.Hex(offset), register.Size);
                }

                if (register.AlternateGroup == null && register.AlternateRegister == null)
                {
                    for (int i = 0; i < count; i++)
                    {
                        ulong start = register.AddressOffset + (ulong)i * (register.Dim?.Increment ?? 0);
                        spans.Add((start, start + bytes, register));
                    }
                }
            }

            CheckRegisterOverlaps(containerName, spans);
        }

        private void CheckUnique(HashSet<string> names, string name, SourcePosition position, string containerName)
        {
            if (!names.Add(name))
            {
                _diagnostics.Report(SvdDiagnosticDescriptors.DuplicateName, position, "Register or cluster", name, containerName);
            }
        }

        private void CheckRegisterOverlaps(string containerName, List<(ulong Start, ulong End, Register Register)> spans)
        {
            spans.Sort((a, b) => a.Start.CompareTo(b.Start));
            var reported = new HashSet<Register>();
            ulong maxEnd = 0;
            Register? owner = null;
            foreach ((ulong start, ulong end, Register register) in spans)
            {
                if (owner != null && start < maxEnd && !ReferenceEquals(owner, register) && !IsReadWritePair(spans, start, end, register) && reported.Add(register))
                {
                    _diagnostics.Report(SvdDiagnosticDescriptors.OverlappingRegisters, register.Position, register.Name, DiagnosticBag.Hex(start), owner.Name, containerName);
                }

                if (owner == null || end > maxEnd)
                {
                    maxEnd = end;
                    owner = register;
                }
            }
        }

        /// <summary>
        /// A read-only and a write-only register of one size at one address (PL011 RSR/ECR, 16550 RBR/THR) are one
        /// address read through one and written through the other: nothing overlaps, so nothing is reported.
        /// </summary>
        private static bool IsReadWritePair(List<(ulong Start, ulong End, Register Register)> spans, ulong start, ulong end, Register register)
        {
            foreach ((ulong otherStart, ulong otherEnd, Register other) in spans)
            {
                if (ReferenceEquals(other, register) || otherEnd <= start || otherStart >= end)
                {
                    continue;
                }

                bool pair = otherStart == start && otherEnd == end &&
                    ((IsReadOnly(register) && IsWriteOnly(other)) || (IsWriteOnly(register) && IsReadOnly(other)));
                if (!pair)
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsReadOnly(Register register) => register.Access == Access.ReadOnly;

        private static bool IsWriteOnly(Register register) => register.Access == Access.WriteOnly || register.Access == Access.WriteOnce;

        private void CheckRegister(Register register)
        {
            EquatableArray<Field> fields = DeviceMap.ExpandFields(register.Fields);
            var names = new HashSet<string>(System.StringComparer.Ordinal);
            int coveredTo = 0;
            Field? coveringField = null;
            foreach (Field field in fields)
            {
                if (!names.Add(field.Name))
                {
                    _diagnostics.Report(SvdDiagnosticDescriptors.DuplicateFieldName, field.Position, field.Name, register.Name);
                }

                int end = (int)System.Math.Min((long)field.BitOffset + field.BitWidth, int.MaxValue);
                if (end > register.Size)
                {
                    _diagnostics.Report(SvdDiagnosticDescriptors.FieldBeyondRegister, field.Position, field.Name, end - 1, field.BitOffset, register.Size, register.Name);
                }

                if (coveringField != null && field.BitOffset < coveredTo)
                {
                    _diagnostics.Report(SvdDiagnosticDescriptors.OverlappingFields, field.Position, field.Name, coveringField.Name, register.Name);
                }

                if (end > coveredTo)
                {
                    coveredTo = end;
                    coveringField = field;
                }
            }

            // Duplicate enum values once per declared field (array elements share the sets).
            foreach (Field field in register.Fields)
            {
                CheckEnums(field);
            }
        }

        private void CheckEnums(Field field)
        {
            foreach (EnumeratedValues set in field.EnumeratedValues)
            {
                var byValue = new Dictionary<ulong, string>();
                foreach (EnumeratedValue value in set.Values)
                {
                    if (value.IsDefault)
                    {
                        continue;
                    }

                    if (value.DontCareMask == 0)
                    {
                        if (byValue.TryGetValue(value.Value, out string? other))
                        {
                            _diagnostics.Report(SvdDiagnosticDescriptors.DuplicateEnumValue, value.Position, value.Value, field.Name, other, value.Name);
                        }
                        else
                        {
                            byValue.Add(value.Value, value.Name);
                        }
                    }
                }
            }
        }
    }
}
