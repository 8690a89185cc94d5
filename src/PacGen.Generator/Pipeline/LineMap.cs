using System.Collections.Generic;
using PacGen.Svd.Model;

namespace PacGen.Generator.Pipeline
{
    /// <summary>
    /// Line start offsets of an SVD text: turns the front end's 1-based line/column into a text span.
    /// Equatable so it can live in a cached model without keeping the text itself.
    /// </summary>
    internal sealed record LineMap(EquatableArray<int> LineStarts, int TextLength)
    {
        public static LineMap Create(string text)
        {
            var starts = new List<int> { 0 };
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                {
                    starts.Add(i + 1);
                }
            }

            return new LineMap(starts.ToEquatableArray(), text.Length);
        }

        /// <summary>The span from the position to the end of its line (0-based line and column out).</summary>
        public void Locate(SourcePosition position, out int start, out int length, out int line, out int column)
        {
            if (position.Line <= 0 || position.Line > LineStarts.Count)
            {
                start = 0;
                length = 0;
                line = 0;
                column = 0;
                return;
            }

            line = position.Line - 1;
            int lineStart = LineStarts[line];
            int lineEnd = line + 1 < LineStarts.Count ? LineStarts[line + 1] : TextLength;
            column = position.Column > 0 ? position.Column - 1 : 0;
            start = lineStart + column;
            if (start > lineEnd)
            {
                start = lineEnd;
                column = lineEnd - lineStart;
            }

            length = 0;
        }
    }
}
