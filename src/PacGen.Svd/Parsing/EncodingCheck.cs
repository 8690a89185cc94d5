using System;
using PacGen.Svd.Diagnostics;
using PacGen.Svd.Model;

namespace PacGen.Svd.Parsing
{
    /// <summary>
    /// Says so when the text is not what the file declares: vendor files declare UTF-8 and hold Latin-1 bytes
    /// (<c>µ</c>, <c>°</c> in descriptions). Decoders repair that silently, in one of two ways: .NET's UTF-8 decoder
    /// (File.ReadAllText, <c>pacgen</c>) turns each bad sequence into U+FFFD, and the compiler, which reads
    /// additional files, decodes the whole file as Windows-1252 instead. Either way the user sees one located warning.
    /// </summary>
    internal static class EncodingCheck
    {
        private const char Replacement = '\uFFFD';

        public static void Run(string text, string? decodedAs, DiagnosticBag diagnostics)
        {
            string declared = DeclaredEncoding(text) ?? "UTF-8";
            bool declaresUtf8 = string.Equals(declared, "UTF-8", StringComparison.OrdinalIgnoreCase)
                || string.Equals(declared, "UTF8", StringComparison.OrdinalIgnoreCase);
            if (!declaresUtf8)
            {
                return;
            }

            int replaced = text.IndexOf(Replacement);
            if (replaced >= 0)
            {
                int count = 0;
                foreach (char c in text)
                {
                    count += c == Replacement ? 1 : 0;
                }

                diagnostics.Report(SvdDiagnosticDescriptors.InvalidEncoding, PositionOf(text, replaced), declared,
                    count + " byte sequence(s) that are not valid UTF-8 were replaced by U+FFFD; this is the first");
                return;
            }

            if (decodedAs != null && !string.Equals(decodedAs, "utf-8", StringComparison.OrdinalIgnoreCase))
            {
                int first = 0;
                while (first < text.Length && text[first] < 0x80)
                {
                    first++;
                }

                if (first < text.Length)
                {
                    diagnostics.Report(SvdDiagnosticDescriptors.InvalidEncoding, PositionOf(text, first), declared,
                        "the file is not valid UTF-8, so the compiler read all of it as " + decodedAs + "; this is its first non-ASCII character");
                }
            }
        }

        /// <summary>The encoding pseudo-attribute of the XML declaration, or null without one.</summary>
        private static string? DeclaredEncoding(string text)
        {
            int start = text.StartsWith("\uFEFF", StringComparison.Ordinal) ? 1 : 0;
            if (string.CompareOrdinal(text, start, "<?xml", 0, 5) != 0)
            {
                return null;
            }

            int end = text.IndexOf("?>", start, StringComparison.Ordinal);
            int encoding = end < 0 ? -1 : text.IndexOf("encoding", start, end - start, StringComparison.Ordinal);
            if (encoding < 0)
            {
                return null;
            }

            int quote = text.IndexOfAny(new[] { '"', '\'' }, encoding, end - encoding);
            if (quote < 0)
            {
                return null;
            }

            int close = text.IndexOf(text[quote], quote + 1);
            return close < 0 || close > end ? null : text.Substring(quote + 1, close - quote - 1).Trim();
        }

        private static SourcePosition PositionOf(string text, int index)
        {
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
