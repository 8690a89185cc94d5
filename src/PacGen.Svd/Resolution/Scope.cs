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

        /// <summary>
        /// Whether <paramref name="name"/> is one of the child's element names, matched against the name's pattern
        /// rather than by listing them: a hostile dim of a billion would otherwise be enumerated on every lookup.
        /// </summary>
        internal static bool NamesElement(RawNamed child, string name)
        {
            string pattern = child.Name.Contains("[%s]") ? child.Name.Replace("[%s]", "%s") : child.Name;
            int at = pattern.IndexOf("%s", System.StringComparison.Ordinal);
            if (at < 0 || child.Dim?.Count == null || name.Length < pattern.Length - 2)
            {
                return false;
            }

            string prefix = pattern.Substring(0, at), suffix = pattern.Substring(at + 2);
            if (!name.StartsWith(prefix, System.StringComparison.Ordinal) || !name.EndsWith(suffix, System.StringComparison.Ordinal) ||
                name.Length < prefix.Length + suffix.Length)
            {
                return false;
            }

            string index = name.Substring(prefix.Length, name.Length - prefix.Length - suffix.Length);
            if (child.Dim.Index == null)
            {
                int count = System.Math.Min(child.Dim.Count.Value, Building.DimBuilder.MaxElements);
                return int.TryParse(index, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int i) &&
                       i < count && i.ToString(System.Globalization.CultureInfo.InvariantCulture) == index;
            }

            string[]? indices = Building.DimBuilder.ParseIndex(child.Dim.Index);
            return indices != null && System.Array.IndexOf(indices, index) >= 0;
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
