using System.Globalization;
using System.Text;

namespace PacGen.Generator.Emit
{
    /// <summary>C# literals and XML doc text, rendered with invariant culture.</summary>
    internal static class Literals
    {
        /// <summary><c>0x1Cu</c> / <c>0x1CUL</c>: a hex literal of the register's arithmetic type.</summary>
        public static string Hex(ulong value, bool is64) =>
            "0x" + value.ToString("X", CultureInfo.InvariantCulture) + (is64 ? "UL" : "u");

        public static string HexPlain(ulong value) => "0x" + value.ToString("X", CultureInfo.InvariantCulture);

        public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>A C# string literal.</summary>
        public static string String(string value)
        {
            var result = new StringBuilder(value.Length + 2);
            result.Append('"');
            foreach (char c in value)
            {
                switch (c)
                {
                    case '"': result.Append("\\\""); break;
                    case '\\': result.Append("\\\\"); break;
                    case '\n': result.Append("\\n"); break;
                    case '\r': result.Append("\\r"); break;
                    case '\t': result.Append("\\t"); break;
                    default:
                        if (c < ' ' || c > '~')
                        {
                            result.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            result.Append(c);
                        }

                        break;
                }
            }

            return result.Append('"').ToString();
        }

        /// <summary>
        /// SVD description text for an XML doc comment: whitespace runs collapsed to one space (descriptions are
        /// often wrapped and indented in the SVD), XML special characters escaped, control characters dropped.
        /// </summary>
        public static string XmlText(string? text)
        {
            if (text is null)
            {
                return string.Empty;
            }

            var result = new StringBuilder(text.Length);
            bool pendingSpace = false;
            foreach (char c in text)
            {
                if (char.IsWhiteSpace(c) || c < ' ')
                {
                    pendingSpace = result.Length > 0;
                    continue;
                }

                if (pendingSpace)
                {
                    result.Append(' ');
                    pendingSpace = false;
                }

                switch (c)
                {
                    case '&': result.Append("&amp;"); break;
                    case '<': result.Append("&lt;"); break;
                    case '>': result.Append("&gt;"); break;
                    default: result.Append(c); break;
                }
            }

            return result.ToString();
        }
    }
}
