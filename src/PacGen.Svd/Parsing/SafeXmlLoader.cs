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
                diagnostics.Report(SvdDiagnosticDescriptors.MalformedXml, new SourcePosition(ex.LineNumber, ex.LinePosition), ex.Message);
                return null;
            }
        }
    }
}
