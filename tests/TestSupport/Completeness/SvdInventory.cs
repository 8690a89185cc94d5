using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace PacGen.TestSupport.Completeness
{
    /// <summary>A register or field element as written in the XML, read independently of PacGen's parser.</summary>
    /// <param name="Line">Line of the element's start tag (as <c>IXmlLineInfo</c> counts, like PacGen's positions).</param>
    /// <param name="LastLine">The last line on which one of its descendants starts: diagnostics inside the element lie in [Line, LastLine].</param>
    /// <param name="Count">Elements it stands for: its own <c>dim</c>, or 1; null when the name has a %s but the dim is not written here (inherited).</param>
    /// <param name="Multiplier">Product of the dims of the enclosing clusters (and, for a field, of its register).</param>
    /// <param name="Ancestors">Start positions of its enclosing elements up to the peripheral: a diagnostic there can explain a drop too.</param>
    public sealed record XmlElementEntry(
        string Name, int Line, int Column, int LastLine, int? Count, long Multiplier, IReadOnlyList<(int Line, int Column)> Ancestors);

    /// <summary>Every register and field element of an SVD, dim counts as written.</summary>
    public sealed class SvdInventory
    {
        private SvdInventory(List<XmlElementEntry> registers, List<XmlElementEntry> fields)
        {
            Registers = registers;
            Fields = fields;
        }

        public IReadOnlyList<XmlElementEntry> Registers { get; }

        public IReadOnlyList<XmlElementEntry> Fields { get; }

        public static SvdInventory Read(string text)
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            XDocument document;
            using (var reader = XmlReader.Create(new System.IO.StringReader(text), settings))
            {
                document = XDocument.Load(reader, LoadOptions.SetLineInfo);
            }

            var registers = new List<XmlElementEntry>();
            var fields = new List<XmlElementEntry>();
            foreach (XElement element in document.Descendants())
            {
                string? parent = element.Parent?.Name.LocalName;
                string name = element.Name.LocalName;
                if (name == "register" && (parent == "registers" || parent == "cluster"))
                {
                    registers.Add(Entry(element));
                }
                else if (name == "field" && parent == "fields")
                {
                    fields.Add(Entry(element));
                }
            }

            return new SvdInventory(registers, fields);
        }

        private static XmlElementEntry Entry(XElement element)
        {
            var info = (IXmlLineInfo)element;
            int lastLine = info.LineNumber;
            foreach (XElement descendant in element.Descendants())
            {
                lastLine = Math.Max(lastLine, ((IXmlLineInfo)descendant).LineNumber);
            }

            long multiplier = 1;
            var ancestors = new List<(int, int)>();
            for (XElement? up = element.Parent; up != null && up.Name.LocalName != "peripherals"; up = up.Parent)
            {
                var upInfo = (IXmlLineInfo)up;
                ancestors.Add((upInfo.LineNumber, upInfo.LinePosition));
                string upName = up.Name.LocalName;
                if (upName == "cluster" || upName == "register")
                {
                    multiplier *= DimOf(up) ?? 1;
                }
            }

            string elementName = Child(element, "name")?.Value.Trim() ?? "";
            int? count = DimOf(element) ?? (elementName.Contains("%s", StringComparison.Ordinal) ? null : 1);
            return new XmlElementEntry(elementName, info.LineNumber, info.LinePosition, lastLine, count, multiplier, ancestors);
        }

        private static XElement? Child(XElement element, string name) =>
            element.Elements().FirstOrDefault(e => e.Name.LocalName == name);

        private static int? DimOf(XElement element)
        {
            string? text = Child(element, "dim")?.Value.Trim();
            if (text == null)
            {
                return null;
            }

            if (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
                && int.TryParse(text.Substring(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int hex))
            {
                return hex;
            }

            return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) ? value : null;
        }
    }
}
