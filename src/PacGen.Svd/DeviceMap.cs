using System.Collections.Generic;
using PacGen.Svd.Model;

namespace PacGen.Svd
{
    /// <summary>The device as a flat list of register instances (what a simulator or a memory map needs).</summary>
    public static class DeviceMap
    {
        /// <summary>
        /// One entry per register instance after every derivation and dim expansion (peripheral, cluster and
        /// register arrays), in address order per peripheral (path order for equal addresses), peripherals in
        /// document order.
        /// </summary>
        public static IReadOnlyList<RegisterInstance> Flatten(Device device)
        {
            var result = new List<RegisterInstance>();
            foreach (Peripheral peripheral in device.Peripherals)
            {
                var instances = new List<RegisterInstance>();
                AddChildren(peripheral, peripheral.Children, "", 0, instances);
                instances.Sort((a, b) => a.Address != b.Address
                    ? a.Address.CompareTo(b.Address)
                    : string.CompareOrdinal(a.Path, b.Path));
                result.AddRange(instances);
            }

            return result;
        }

        /// <summary>Field arrays expanded into one field per element, ordered by bit offset then name.</summary>
        public static EquatableArray<Field> ExpandFields(EquatableArray<Field> fields)
        {
            bool anyArray = false;
            foreach (Field f in fields)
            {
                anyArray |= f.Dim != null;
            }

            if (!anyArray)
            {
                return fields;
            }

            var expanded = new List<Field>();
            foreach (Field f in fields)
            {
                if (f.Dim == null)
                {
                    expanded.Add(f);
                    continue;
                }

                for (int i = 0; i < f.Dim.Count; i++)
                {
                    expanded.Add(f with
                    {
                        Name = f.Dim.ElementName(i),
                        BitOffset = f.BitOffset + (int)((ulong)i * f.Dim.Increment),
                        Dim = null,
                    });
                }
            }

            expanded.Sort((a, b) => a.BitOffset != b.BitOffset ? a.BitOffset.CompareTo(b.BitOffset) : string.CompareOrdinal(a.Name, b.Name));
            return expanded.ToEquatableArray();
        }

        /// <summary>The path segment of element <paramref name="index"/>, alternateGroup included (<c>CR_A</c>, <c>CR_A[2]</c>).</summary>
        private static string Segment(RegisterNode node, int index)
        {
            string? group = AlternateNames.GroupOf(node);
            if (node.Dim == null)
            {
                return AlternateNames.Cmsis(node.Name, group);
            }

            return node.Dim.IsArray
                ? AlternateNames.Cmsis(node.Name, group) + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]"
                : AlternateNames.Cmsis(node.Dim.ElementName(index), group);
        }

        private static void AddChildren(Peripheral peripheral, EquatableArray<RegisterNode> children, string prefix, ulong offset, List<RegisterInstance> output)
        {
            foreach (RegisterNode node in children)
            {
                int count = node.Dim?.Count ?? 1;
                for (int i = 0; i < count; i++)
                {
                    ulong elementOffset = unchecked(offset + node.AddressOffset + (ulong)i * (node.Dim?.Increment ?? 0));
                    string segment = Segment(node, i);
                    if (node is Cluster cluster)
                    {
                        AddChildren(peripheral, cluster.Children, prefix + segment + ".", elementOffset, output);
                    }
                    else
                    {
                        var register = (Register)node;
                        Register element = register with
                        {
                            Name = AlternateNames.Cmsis(node.Dim == null ? register.Name : node.Dim.ElementName(i), register.AlternateGroup),
                            DisplayName = node.Dim == null || register.DisplayName == null
                                ? register.DisplayName
                                : register.DisplayName.Replace("[%s]", node.Dim.Indices[i]).Replace("%s", node.Dim.Indices[i]),
                            AddressOffset = elementOffset,
                            Dim = null,
                        };
                        output.Add(new RegisterInstance(
                            peripheral,
                            prefix + segment,
                            unchecked(peripheral.BaseAddress + elementOffset),
                            element,
                            ExpandFields(register.Fields)));
                    }
                }
            }
        }
    }
}
