using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace PacGen.Robustness.Tests.Fuzzing
{
    /// <summary>Mutations of the element tree: each picks its target with the given random and changes it in place.</summary>
    internal static class StructuralMutations
    {
        private static readonly string[] s_numericElements =
        {
            "baseAddress", "addressOffset", "size", "resetValue", "resetMask", "bitOffset", "bitWidth", "lsb", "msb", "value",
            "dim", "dimIncrement", "offset", "width", "addressUnitBits",
        };

        public static void DeleteElement(XElement device, Random random) => Pick(device.Descendants(), random)?.Remove();

        public static void DuplicateElement(XElement device, Random random)
        {
            XElement? target = Pick(device.Descendants(), random);
            target?.AddAfterSelf(new XElement(target));
        }

        public static void SwapSiblings(XElement device, Random random)
        {
            XElement? first = Pick(device.Descendants().Where(e => e.ElementsAfterSelf().Any()), random);
            XElement? second = first == null ? null : Pick(first.ElementsAfterSelf(), random);
            if (first != null && second != null)
            {
                var a = new XElement(first);
                var b = new XElement(second);
                first.ReplaceWith(b);
                second.ReplaceWith(a);
            }
        }

        /// <summary>Moves an element under an unrelated parent (a field into registers, a register into a field…).</summary>
        public static void MoveElement(XElement device, Random random)
        {
            XElement? element = Pick(device.Descendants().Where(e => e.HasElements), random);
            XElement? parent = Pick(device.Descendants().Where(e => e.HasElements), random);
            if (element != null && parent != null && !parent.AncestorsAndSelf().Contains(element))
            {
                element.Remove();
                parent.Add(element);
            }
        }

        public static void CorruptNumber(XElement device, Random random)
        {
            XElement? target = Pick(device.Descendants().Where(e => !e.HasElements && s_numericElements.Contains(e.Name.LocalName)), random);
            if (target != null)
            {
                target.Value = random.Next(4) == 0
                    ? ((long)random.Next() * random.Next() * (random.Next(2) == 0 ? 1 : -1)).ToString(System.Globalization.CultureInfo.InvariantCulture)
                    : HostileValues.Numbers[random.Next(HostileValues.Numbers.Length)];
            }
        }

        public static void CorruptName(XElement device, Random random)
        {
            XElement? target = Pick(Names(device), random);
            if (target != null)
            {
                string value = HostileValues.Names[random.Next(HostileValues.Names.Length)];
                target.Value = random.Next(3) == 0 ? target.Value + value : value;
            }
        }

        /// <summary>Gives an element the name of a sibling, or a spelling equal to it after PascalCasing.</summary>
        public static void CollideNames(XElement device, Random random)
        {
            XElement? element = Pick(device.Descendants().Where(e => e.Element(e.Name.Namespace + "name") != null && e.ElementsAfterSelf(e.Name).Any()), random);
            XElement? sibling = element == null ? null : Pick(element.ElementsAfterSelf(element.Name), random);
            XElement? name = sibling?.Element(sibling.Name.Namespace + "name");
            string? other = (string?)element?.Element(element.Name.Namespace + "name");
            if (name != null && other != null)
            {
                name.Value = random.Next(2) == 0 ? other : other.ToLowerInvariant().Replace("_", " ", StringComparison.Ordinal);
            }
        }

        public static void HugeOrBrokenDim(XElement device, Random random)
        {
            XElement? target = Pick(device.Descendants().Where(e => e.Name.LocalName is "register" or "cluster" or "field" or "peripheral"), random);
            XElement? name = target?.Element(target.Name.Namespace + "name");
            if (target == null || name == null)
            {
                return;
            }

            XNamespace ns = target.Name.Namespace;
            string[] dims = { "1000000000", "65536", "40000", "0", "-1", "2", "3" };
            target.Elements().Where(e => e.Name.LocalName.StartsWith("dim", StringComparison.Ordinal)).Remove();
            name.AddBeforeSelf(
                new XElement(ns + "dim", dims[random.Next(dims.Length)]),
                new XElement(ns + "dimIncrement", random.Next(3) == 0 ? "0" : "4"));
            if (random.Next(2) == 0)
            {
                string[] indices = { "A,B", "0-999999999", "7-3", "A,,B", "A,A,A", "X", "A-Z" };
                name.AddBeforeSelf(new XElement(ns + "dimIndex", indices[random.Next(indices.Length)]));
            }

            if (random.Next(4) != 0 && !name.Value.Contains("%s", StringComparison.Ordinal))
            {
                name.Value += random.Next(2) == 0 ? "%s" : "[%s]";
            }
        }

        public static void CyclicDerivedFrom(XElement device, Random random)
        {
            XElement? element = Pick(device.Descendants().Where(e => e.Name.LocalName is "register" or "cluster" or "field" or "peripheral" or "enumeratedValues"), random);
            string? name = element == null ? null : (string?)element.Element(element.Name.Namespace + "name");
            if (element == null)
            {
                return;
            }

            XElement? sibling = Pick(element.ElementsAfterSelf(element.Name), random);
            string? siblingName = sibling == null ? null : (string?)sibling.Element(sibling.Name.Namespace + "name");
            if (sibling != null && siblingName != null && name != null && random.Next(2) == 0)
            {
                element.SetAttributeValue("derivedFrom", siblingName);
                sibling.SetAttributeValue("derivedFrom", name);
            }
            else
            {
                element.SetAttributeValue("derivedFrom", name ?? "SELF");
            }
        }

        public static void DerivedFromNothing(XElement device, Random random)
        {
            XElement? element = Pick(device.Descendants().Where(e => e.Name.LocalName is "register" or "cluster" or "field" or "peripheral" or "enumeratedValues"), random);
            string[] targets = { "NOWHERE", "", "A.B.C.D", ".", "..", "%s" };
            element?.SetAttributeValue("derivedFrom", targets[random.Next(targets.Length)]);
        }

        public static void BrokenBitRange(XElement device, Random random)
        {
            XElement? field = Pick(device.Descendants().Where(e => e.Name.LocalName == "field"), random);
            if (field == null)
            {
                return;
            }

            XNamespace ns = field.Name.Namespace;
            field.Elements().Where(e => e.Name.LocalName is "bitOffset" or "bitWidth" or "lsb" or "msb" or "bitRange").Remove();
            XElement? name = field.Element(ns + "name");
            var bits = random.Next(2) == 0
                ? new object[] { new XElement(ns + "bitRange", HostileValues.BitRanges[random.Next(HostileValues.BitRanges.Length)]) }
                : new object[] { new XElement(ns + "lsb", random.Next(70)), new XElement(ns + "msb", random.Next(70)) };
            if (name != null)
            {
                name.AddAfterSelf(bits);
            }
            else
            {
                field.Add(bits);
            }
        }

        /// <summary>Wraps a register in hundreds of clusters, or hangs thousands of nested unknown elements under one.</summary>
        public static void DeepNesting(XElement device, Random random)
        {
            XElement? target = Pick(device.Descendants().Where(e => e.Name.LocalName is "register" or "field" or "cluster"), random);
            if (target == null)
            {
                return;
            }

            XNamespace ns = target.Name.Namespace;
            if (random.Next(2) == 0 && target.Name.LocalName == "register")
            {
                XElement wrapped = new XElement(target);
                for (int i = 0; i < 300; i++)
                {
                    wrapped = new XElement(ns + "cluster", new XElement(ns + "name", "C" + i), new XElement(ns + "addressOffset", "0"), wrapped);
                }

                target.ReplaceWith(wrapped);
                return;
            }

            // A marker the mutator replaces with the nested text after serializing: indenting thousands of levels
            // would make the mutant quadratic in size (and test the size limit instead of nesting).
            target.Add(new XComment(DeepNestingMarker));
        }

        /// <summary>Where <see cref="DeepNesting"/> wants its nested elements.</summary>
        public const string DeepNestingMarker = "PACGEN-FUZZ-DEEP-NESTING";

        /// <summary>The text that replaces the marker: thousands of nested unknown elements, unindented.</summary>
        public static readonly string DeepNestingText =
            new System.Text.StringBuilder().Insert(0, "<x>", 5000).Insert(5000 * 3, "</x>", 5000).ToString();

        private static IEnumerable<XElement> Names(XElement device) => device.Descendants().Where(e => e.Name.LocalName == "name");

        private static XElement? Pick(IEnumerable<XElement> candidates, Random random)
        {
            List<XElement> list = candidates.ToList();
            return list.Count == 0 ? null : list[random.Next(list.Count)];
        }
    }
}
