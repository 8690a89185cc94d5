using System.Collections.Generic;
using System.Text;
using PacGen.Svd.Parsing;

namespace PacGen.Svd.Patching
{
    /// <summary>Writes an element tree back as SVD XML (what <c>pacgen patch</c> outputs): two-space indent, <c>\n</c>, escaped text.</summary>
    internal static class SvdWriter
    {
        public static string Write(SvdElement root)
        {
            var sb = new StringBuilder(1 << 20);
            sb.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
            var stack = new Stack<(SvdElement Element, int Depth, bool Close)>();
            stack.Push((root, 0, false));
            while (stack.Count > 0)
            {
                (SvdElement e, int depth, bool close) = stack.Pop();
                if (close)
                {
                    sb.Append(' ', depth * 2).Append("</").Append(e.Name).Append(">\n");
                    continue;
                }

                sb.Append(' ', depth * 2).Append('<').Append(e.Name);
                foreach (KeyValuePair<string, string> attribute in e.Attributes)
                {
                    sb.Append(' ').Append(attribute.Key).Append("=\"");
                    Escape(sb, attribute.Value, attribute: true);
                    sb.Append('"');
                }

                List<SvdElement> children = e.Elements();
                string? text = e.OwnText;
                if (children.Count == 0)
                {
                    if (string.IsNullOrEmpty(text))
                    {
                        sb.Append("/>\n");
                    }
                    else
                    {
                        sb.Append('>');
                        Escape(sb, text!, attribute: false);
                        sb.Append("</").Append(e.Name).Append(">\n");
                    }

                    continue;
                }

                sb.Append('>');
                if (!string.IsNullOrWhiteSpace(text))
                {
                    Escape(sb, text!.Trim(), attribute: false);
                }

                sb.Append('\n');
                stack.Push((e, depth, true));
                for (int i = children.Count - 1; i >= 0; i--)
                {
                    stack.Push((children[i], depth + 1, false));
                }
            }

            return sb.ToString();
        }

        private static void Escape(StringBuilder sb, string text, bool attribute)
        {
            foreach (char c in text)
            {
                switch (c)
                {
                    case '<': sb.Append("&lt;"); break;
                    case '>': sb.Append("&gt;"); break;
                    case '&': sb.Append("&amp;"); break;
                    case '"' when attribute: sb.Append("&quot;"); break;
                    case '\r': sb.Append("&#13;"); break;
                    default: sb.Append(c); break;
                }
            }
        }
    }
}
