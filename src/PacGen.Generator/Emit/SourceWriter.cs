using System.Text;

namespace PacGen.Generator.Emit
{
    /// <summary>
    /// An indented text writer for generated C#: four spaces per level, <c>\n</c> line endings on every machine,
    /// so the output is byte-identical everywhere.
    /// </summary>
    internal sealed class SourceWriter
    {
        private readonly StringBuilder _text = new StringBuilder(4096);
        private int _indent;

        public SourceWriter(int indent = 0) => _indent = indent;

        public void Line(string text)
        {
            if (text.Length > 0)
            {
                _text.Append(' ', _indent * 4);
                _text.Append(text);
            }

            _text.Append('\n');
        }

        public void Line() => _text.Append('\n');

        /// <summary>Writes <c>{</c> and indents.</summary>
        public void Open(string header)
        {
            Line(header);
            Line("{");
            _indent++;
        }

        /// <summary>Dedents and writes <c>}</c> (or <paramref name="closing"/>, e.g. <c>};</c>).</summary>
        public void Close(string closing = "}")
        {
            _indent--;
            Line(closing);
        }

        public override string ToString() => _text.ToString();
    }
}
