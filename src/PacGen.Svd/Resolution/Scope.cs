using System.Collections.Generic;
using PacGen.Svd.Parsing;

namespace PacGen.Svd.Resolution
{
    /// <summary>
    /// The registers and clusters visible at one level (a peripheral's or a cluster's children), linked to the
    /// enclosing level, so relative derivedFrom names are searched innermost first.
    /// </summary>
    internal sealed class Scope
    {
        public Scope(IReadOnlyList<RawNode> children, Scope? parent, RawPeripheral peripheral)
        {
            Children = children;
            Parent = parent;
            Peripheral = peripheral;
        }

        public IReadOnlyList<RawNode> Children { get; }

        public Scope? Parent { get; }

        public RawPeripheral Peripheral { get; }

        /// <summary>A child by its name as written or without its dim placeholder.</summary>
        public RawNode? Find(string name)
        {
            foreach (RawNode child in Children)
            {
                if (child.Name == name)
                {
                    return child;
                }
            }

            foreach (RawNode child in Children)
            {
                if (child.Dim != null && child.BaseName == name)
                {
                    return child;
                }
            }

            // An element of a dim list (Renesas: derivedFrom="P100PFS" naming element 0 of P10%sPFS).
            foreach (RawNode child in Children)
            {
                if (child.Dim?.Count != null && NamesElement(child, name))
                {
                    return child;
                }
            }

            return null;
        }

        private static bool NamesElement(RawNode child, string name)
        {
            foreach (string element in ElementNames(child))
            {
                if (element == name)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The element names of a dim element (none when it has no usable dim group).</summary>
        internal static IEnumerable<string> ElementNames(RawNamed element)
        {
            if (element.Dim?.Count == null || !element.Name.Contains("%s"))
            {
                yield break;
            }

            string[]? indices = element.Dim.Index == null ? null : Building.DimBuilder.ParseIndex(element.Dim.Index);
            int count = System.Math.Min(indices?.Length ?? element.Dim.Count.Value, Building.DimBuilder.MaxElements);
            for (int i = 0; i < count; i++)
            {
                string index = indices?[i] ?? i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                yield return element.Name.Replace("[%s]", index).Replace("%s", index);
            }
        }
    }
}
