using System.IO;
using System.Xml;
using System.Xml.Linq;
using PacGen.Svd.Diagnostics;
using PacGen.Svd.Model;

namespace PacGen.Svd.Parsing
{
    /// <summary>
    /// Loads untrusted XML: no DTD, no external resolution, no entity expansion, a size cap; keeps line info.
    /// Malformed input becomes a located diagnostic, never an exception.
    /// </summary>
    internal static class SafeXmlLoader
    {
        public static XDocument? Load(string text, long maxCharacters, DiagnosticBag diagnostics)
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
                CloseInput = true,
            };

            try
            {
                using (var reader = XmlReader.Create(new StringReader(text), settings))
                {
                    return XDocument.Load(reader, LoadOptions.SetLineInfo);
                }
            }
            catch (XmlException ex)
            {
                var position = new SourcePosition(ex.LineNumber, ex.LinePosition);
                if (ex.LineNumber == 0)
                {
                    // The prohibited-DTD error carries no position: point at the DOCTYPE itself.
                    position = PositionOf(text, text.IndexOf("<!DOCTYPE", System.StringComparison.Ordinal));
                }

                diagnostics.Report(SvdDiagnosticDescriptors.MalformedXml, position, ex.Message);
                return null;
            }
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
