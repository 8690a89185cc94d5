using System.Collections.Generic;
using System.Text;

namespace PacGen.Cli.Output
{
    /// <summary>RFC 4180 CSV lines: a value is quoted only when it holds a comma, a quote or a line break.</summary>
    internal static class Csv
    {
        public static string Line(IEnumerable<string> values)
        {
            var line = new StringBuilder();
            bool first = true;
            foreach (string value in values)
            {
                if (!first)
                {
                    line.Append(',');
                }

                first = false;
                line.Append(Quote(value));
            }

            return line.ToString();
        }

        public static string Quote(string value)
        {
            if (value.IndexOfAny(new[] { ',', '"', '\n', '\r' }) < 0)
            {
                return value;
            }

            return "\"" + value.Replace("\"", "\"\"") + "\"";
        }
    }
}
