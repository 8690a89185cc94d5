using System;
using System.Collections.Generic;
using System.Globalization;
using PacGen.Svd.Model;
using PacGen.Svd.Parsing;

namespace PacGen.Svd.Patching
{
    /// <summary>Reading and editing the SVD element tree the way the patch operations need it.</summary>
    internal static class SvdTree
    {
        public static string? Text(SvdElement element, string child) => element.Element(child)?.Value;

        public static string Name(SvdElement element) => Text(element, "name") ?? "";

        public static bool IsDerived(SvdElement element) => element.Attribute("derivedFrom") != null;

        public static bool IsArray(SvdElement element) => element.Element("dim") != null;

        public static SvdElement New(string name, SourcePosition position, string? text = null)
        {
            var element = new SvdElement(name, null, position);
            if (text != null)
            {
                element.SetText(text);
            }

            return element;
        }

        /// <summary>Sets the text of child <paramref name="child"/>, creating it (at <paramref name="position"/>) if absent; null removes it.</summary>
        public static void Set(SvdElement element, string child, string? value, SourcePosition position)
        {
            SvdElement? existing = element.Element(child);
            if (value == null)
            {
                if (existing != null)
                {
                    element.RemoveChild(existing);
                }

                return;
            }

            if (existing != null)
            {
                existing.MutableChildren.Clear();
                existing.SetText(value);
                existing.Position = position;
            }
            else
            {
                element.AppendChild(New(child, position, value));
            }
        }

        public static void Remove(SvdElement element, string child)
        {
            SvdElement? existing;
            while ((existing = element.Element(child)) != null)
            {
                element.RemoveChild(existing);
            }
        }

        public static void SetName(SvdElement element, string name) =>
            Set(element, "name", name, element.Element("name")?.Position ?? element.Position);

        public static SvdElement Child(SvdElement element, string name, SourcePosition position)
        {
            SvdElement? existing = element.Element(name);
            if (existing == null)
            {
                existing = New(name, position);
                element.AppendChild(existing);
            }

            return existing;
        }

        public static ulong? Number(SvdElement element, string child) =>
            SvdNumber.TryParse(Text(element, child), out ulong value) ? value : (ulong?)null;

        public static string Hex(ulong value) => "0x" + value.ToString("X", CultureInfo.InvariantCulture);

        public static string Dec(long value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>
        /// The registers and clusters of a peripheral (its &lt;registers&gt;, several blocks folded into the first) or of
        /// a cluster (its own children); the list is the tree's, edit it in place. Null for a peripheral without registers
        /// unless <paramref name="create"/>.
        /// </summary>
        public static List<SvdElement>? Block(SvdElement owner, bool create = false)
        {
            if (owner.Name == "cluster")
            {
                return owner.MutableChildren;
            }

            SvdElement? registers = null;
            foreach (SvdElement child in owner.Elements().ToArray())
            {
                if (child.Name != "registers")
                {
                    continue;
                }

                if (registers == null)
                {
                    registers = child;
                }
                else
                {
                    foreach (SvdElement moved in child.Elements())
                    {
                        registers.AppendChild(moved);
                    }

                    owner.RemoveChild(child);
                }
            }

            if (registers == null)
            {
                if (!create)
                {
                    return null;
                }

                registers = New("registers", owner.Position);
                owner.AppendChild(registers);
            }

            return registers.MutableChildren;
        }

        /// <summary>The element that holds a block's registers and clusters (created for a peripheral without any).</summary>
        public static SvdElement Container(SvdElement owner)
        {
            if (owner.Name == "cluster")
            {
                return owner;
            }

            Block(owner, create: true);
            return owner.Element("registers")!;
        }

        /// <summary>Inserts into a block at <paramref name="index"/> (clamped), setting the parent.</summary>
        public static void Insert(SvdElement owner, int index, SvdElement child)
        {
            SvdElement container = Container(owner);
            int count = container.MutableChildren.Count;
            container.InsertChild(index < 0 || index > count ? count : index, child);
        }

        public static bool IsNode(SvdElement e) => e.Name == "register" || e.Name == "cluster";

        public static IEnumerable<SvdElement> Registers(SvdElement owner) => Of(Block(owner), "register");

        public static IEnumerable<SvdElement> Clusters(SvdElement owner) => Of(Block(owner), "cluster");

        /// <summary>Every register below the owner, clusters included (svd-rs <c>all_registers</c>).</summary>
        public static IEnumerable<SvdElement> AllRegisters(SvdElement owner)
        {
            List<SvdElement>? block = Block(owner);
            if (block == null)
            {
                yield break;
            }

            foreach (SvdElement child in block.ToArray())
            {
                if (child.Name == "register")
                {
                    yield return child;
                }
                else if (child.Name == "cluster")
                {
                    foreach (SvdElement inner in AllRegisters(child))
                    {
                        yield return inner;
                    }
                }
            }
        }

        public static List<SvdElement>? Fields(SvdElement register, bool create = false)
        {
            SvdElement? fields = register.Element("fields");
            if (fields == null)
            {
                if (!create)
                {
                    return null;
                }

                fields = New("fields", register.Position);
                register.AppendChild(fields);
            }

            return fields.MutableChildren;
        }

        public static IEnumerable<SvdElement> FieldList(SvdElement register) => Of(Fields(register), "field");

        public static IEnumerable<SvdElement> EnumSets(SvdElement field) => Of(field.Elements(), "enumeratedValues");

        /// <summary>A field's bit offset and width, from any of the three SVD forms.</summary>
        public static bool TryBitRange(SvdElement field, out int offset, out int width)
        {
            offset = width = 0;
            ulong? bitOffset = Number(field, "bitOffset");
            if (bitOffset != null)
            {
                offset = (int)bitOffset.Value;
                width = (int)(Number(field, "bitWidth") ?? 1);
                return true;
            }

            ulong? lsb = Number(field, "lsb"), msb = Number(field, "msb");
            if (lsb != null && msb != null)
            {
                offset = (int)lsb.Value;
                width = (int)(msb.Value - lsb.Value + 1);
                return true;
            }

            string? range = Text(field, "bitRange")?.Trim();
            if (range != null && range.StartsWith("[", StringComparison.Ordinal) && range.EndsWith("]", StringComparison.Ordinal))
            {
                string[] parts = range.Substring(1, range.Length - 2).Split(':');
                if (parts.Length == 2 && SvdNumber.TryParse(parts[0], out ulong m) && SvdNumber.TryParse(parts[1], out ulong l))
                {
                    offset = (int)l;
                    width = (int)(m - l + 1);
                    return true;
                }
            }

            return false;
        }

        /// <summary>Writes the bit position as bitOffset/bitWidth, dropping the other forms.</summary>
        public static void SetBitRange(SvdElement field, int offset, int width, SourcePosition position)
        {
            Remove(field, "lsb");
            Remove(field, "msb");
            Remove(field, "bitRange");
            Set(field, "bitOffset", Dec(offset), position);
            Set(field, "bitWidth", Dec(width), position);
        }

        /// <summary>The bits the register's fields cover (svdtools' <c>get_bitmask</c>).</summary>
        public static ulong BitMask(SvdElement register)
        {
            ulong mask = 0;
            foreach (SvdElement field in FieldList(register))
            {
                if (TryBitRange(field, out int offset, out int width) && width > 0 && offset < 64)
                {
                    ulong bits = width >= 64 ? ulong.MaxValue : (1UL << width) - 1;
                    mask |= bits << offset;
                }
            }

            return mask;
        }

        private static IEnumerable<SvdElement> Of(List<SvdElement>? list, string name)
        {
            if (list == null)
            {
                yield break;
            }

            foreach (SvdElement e in list.ToArray())
            {
                if (e.Name == name)
                {
                    yield return e;
                }
            }
        }
    }
}
