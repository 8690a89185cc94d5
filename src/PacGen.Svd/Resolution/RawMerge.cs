using System.Collections.Generic;
using PacGen.Svd.Parsing;

namespace PacGen.Svd.Resolution
{
    /// <summary>
    /// derivedFrom semantics (as svdconv): the derived element is a copy of its source in which everything the
    /// derived element writes itself wins; child lists (registers, fields) merge by name, the derived
    /// element's child replacing the source's child of the same name.
    /// </summary>
    internal static class RawMerge
    {
        public static RawPeripheral Peripheral(RawPeripheral source, RawPeripheral derived)
        {
            RawPeripheral result = derived.ShallowCopy();
            result.Version = derived.Version ?? source.Version;
            result.Description = derived.Description ?? source.Description;
            result.GroupName = derived.GroupName ?? source.GroupName;
            result.PrependToName = derived.PrependToName ?? source.PrependToName;
            result.AppendToName = derived.AppendToName ?? source.AppendToName;
            result.HeaderStructName = derived.HeaderStructName ?? source.HeaderStructName;
            result.BaseAddress = derived.BaseAddress ?? source.BaseAddress;
            result.Properties = derived.Properties.Over(source.Properties);
            result.AddressBlocks = derived.AddressBlocks ?? source.AddressBlocks;

            // Interrupts and alternatePeripheral belong to the instance: USART2 must not get USART1's IRQ.
            result.Children = Children(source.Children, derived.Children);
            return result;
        }

        public static RawCluster Cluster(RawCluster source, RawCluster derived)
        {
            RawCluster result = derived.ShallowCopy();
            CopyNode(source, derived, result);
            result.AlternateCluster = derived.AlternateCluster ?? source.AlternateCluster;
            result.HeaderStructName = derived.HeaderStructName ?? source.HeaderStructName;
            result.Children = Children(source.Children, derived.Children) ?? new List<RawNode>();
            return result;
        }

        public static RawRegister Register(RawRegister source, RawRegister derived)
        {
            RawRegister result = derived.ShallowCopy();
            CopyNode(source, derived, result);
            result.DisplayName = derived.DisplayName ?? source.DisplayName;
            result.AlternateGroup = derived.AlternateGroup ?? source.AlternateGroup;
            result.AlternateRegister = derived.AlternateRegister ?? source.AlternateRegister;
            result.DataType = derived.DataType ?? source.DataType;
            result.ModifiedWriteValues = derived.ModifiedWriteValues ?? source.ModifiedWriteValues;
            result.WriteConstraint = derived.WriteConstraint ?? source.WriteConstraint;
            result.ReadAction = derived.ReadAction ?? source.ReadAction;
            result.Fields = ByName(source.Fields, derived.Fields);
            return result;
        }

        public static RawField Field(RawField source, RawField derived)
        {
            RawField result = derived.ShallowCopy();
            result.Description = derived.Description ?? source.Description;
            result.Dim = InheritedDim(source, derived);
            result.BitOffset = derived.BitOffset ?? source.BitOffset;
            result.BitWidth = derived.BitWidth ?? source.BitWidth;
            result.Access = derived.Access ?? source.Access;
            result.ModifiedWriteValues = derived.ModifiedWriteValues ?? source.ModifiedWriteValues;
            result.WriteConstraint = derived.WriteConstraint ?? source.WriteConstraint;
            result.ReadAction = derived.ReadAction ?? source.ReadAction;
            result.EnumSets = derived.EnumSets ?? source.EnumSets;
            return result;
        }

        public static RawEnumSet EnumSet(RawEnumSet source, RawEnumSet derived)
        {
            RawEnumSet result = derived.ShallowCopy();
            result.Name = derived.Name ?? source.Name;
            result.HeaderEnumName = derived.HeaderEnumName ?? source.HeaderEnumName;
            result.Usage = derived.Usage ?? source.Usage;
            result.Values = derived.Values.Count > 0 ? derived.Values : source.Values;
            return result;
        }

        private static void CopyNode(RawNode source, RawNode derived, RawNode result)
        {
            result.Description = derived.Description ?? source.Description;
            result.Dim = InheritedDim(source, derived);
            result.AddressOffset = derived.AddressOffset ?? source.AddressOffset;
            result.Properties = derived.Properties.Over(source.Properties);
        }

        /// <summary>
        /// A derived element only becomes an array when its own name has a placeholder: a plain-named register
        /// derived from an array element's description must stay a single register.
        /// </summary>
        private static RawDim? InheritedDim(RawNamed source, RawNamed derived) =>
            derived.Name.Contains("%s") ? RawDim.Merge(derived.Dim, source.Dim) : derived.Dim;

        public static List<RawNode>? Children(List<RawNode>? source, List<RawNode>? derived) => ByName(source, derived);

        private static List<T>? ByName<T>(List<T>? source, List<T>? derived)
            where T : RawNamed
        {
            if (derived == null)
            {
                return source;
            }

            if (source == null || source.Count == 0)
            {
                return derived;
            }

            var result = new List<T>(source);
            var index = new Dictionary<string, int>(System.StringComparer.Ordinal);
            for (int i = 0; i < result.Count; i++)
            {
                if (!index.ContainsKey(result[i].Name))
                {
                    index.Add(result[i].Name, i);
                }
            }

            foreach (T own in derived)
            {
                if (index.TryGetValue(own.Name, out int at))
                {
                    result[at] = own;
                }
                else
                {
                    result.Add(own);
                }
            }

            return result;
        }
    }
}
