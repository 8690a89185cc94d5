using System.Collections.Generic;
using System.IO;
using System.Xml;
using PacGen.Svd.Diagnostics;
using PacGen.Svd.Model;

namespace PacGen.Svd.Parsing
{
    /// <summary>
    /// Loads untrusted XML into <see cref="SvdElement"/>s: no DTD, no external resolution, no entity expansion, a size
    /// cap, a nesting cap; keeps line info. Malformed input becomes a located diagnostic, never an exception.
    /// </summary>
    internal static class SafeXmlLoader
    {
        /// <summary>
        /// Deepest element nesting kept. Real SVDs are about a dozen levels deep (plus a few cluster levels); the cap
        /// keeps anything that walks the tree recursively (<see cref="SvdElement.Value"/>) far from the stack limit.
        /// </summary>
        public const int MaxDepth = 256;

        /// <summary>The root element, or null when the text is not a well-formed document (a diagnostic says why).</summary>
        public static SvdElement? Load(string text, long maxCharacters, DiagnosticBag diagnostics)
        {
            if (text.Length > maxCharacters)
            {
                diagnostics.Report(SvdDiagnosticDescriptors.DocumentTooLarge, SourcePosition.Unknown, text.Length, maxCharacters);
                return null;
            }

            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                MaxCharactersInDocument = maxCharacters,
                MaxCharactersFromEntities = 1024,
                IgnoreComments = true,
                IgnoreProcessingInstructions = true,
                // Whitespace between elements carries nothing in SVD; whitespace inside a value arrives as text.
                IgnoreWhitespace = true,
                CloseInput = true,
            };

            try
            {
                using (var reader = XmlReader.Create(new StringReader(text), settings))
                {
                    return Build(reader, diagnostics);
                }
            }
            catch (XmlException ex)
            {
                var position = new SourcePosition(ex.LineNumber, ex.LinePosition);
                if (ex.LineNumber == 0)
                {
                    // The prohibited-DTD error carries no position: point at the DOCTYPE itself. Without one (an empty
                    // text: "Root element is missing") the error is about the whole document: point at its start.
                    int doctype = text.IndexOf("<!DOCTYPE", System.StringComparison.Ordinal);
                    position = doctype < 0 ? new SourcePosition(1, 1) : PositionOf(text, doctype);
                }

                diagnostics.Report(SvdDiagnosticDescriptors.MalformedXml, position, ex.Message);
                return null;
            }
        }

        /// <summary>One forward pass over the reader with an explicit stack: no recursion, however deep the input.</summary>
        private static SvdElement? Build(XmlReader reader, DiagnosticBag diagnostics)
        {
            var lineInfo = (IXmlLineInfo)reader;
            var open = new Stack<SvdElement>();
            SvdElement? root = null;
            bool more = reader.Read();
            while (more)
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                    {
                        SvdElement? parent = open.Count == 0 ? null : open.Peek();
                        var element = new SvdElement(reader.LocalName, parent, new SourcePosition(lineInfo.LineNumber, lineInfo.LinePosition));
                        if (open.Count >= MaxDepth)
                        {
                            string depth = (open.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                            diagnostics.Report(SvdDiagnosticDescriptors.LimitExceeded, element.Position, element.Name, "nesting depth " + depth, MaxDepth);
                            // Skip reads the subtree without building it (so it stays well-formedness checked) and leaves
                            // the reader on the node after it, which the loop must look at before reading on.
                            reader.Skip();
                            more = !reader.EOF;
                            continue;
                        }

                        if (reader.HasAttributes)
                        {
                            while (reader.MoveToNextAttribute())
                            {
                                element.AddAttribute(reader.LocalName, reader.Value);
                            }

                            reader.MoveToElement();
                        }

                        if (parent is null)
                        {
                            root ??= element;
                        }
                        else
                        {
                            parent.AddChild(element);
                        }

                        if (!reader.IsEmptyElement)
                        {
                            open.Push(element);
                        }

                        break;
                    }

                    case XmlNodeType.EndElement:
                        open.Pop().Complete();
                        break;
                    case XmlNodeType.Text:
                    case XmlNodeType.CDATA:
                    case XmlNodeType.SignificantWhitespace:
                    case XmlNodeType.Whitespace:
                        if (open.Count > 0)
                        {
                            open.Peek().AddText(reader.Value);
                        }

                        break;
                }

                more = reader.Read();
            }

            return root;
        }

        private static SourcePosition PositionOf(string text, int index)
        {
            if (index < 0)
            {
                return SourcePosition.Unknown;
            }

            int line = 1, lineStart = 0;
            for (int i = 0; i < index; i++)
            {
                if (text[i] == '\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            return new SourcePosition(line, index - lineStart + 1);
        }
    }
}
