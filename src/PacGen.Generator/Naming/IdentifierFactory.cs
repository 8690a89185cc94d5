using System.Collections.Generic;
using System.Text;

namespace PacGen.Generator.Naming
{
    /// <summary>
    /// Turns an SVD name into a valid C# identifier, deterministically (ASCII rules only, no culture).
    /// Reports when the name had to be changed beyond the chosen casing style, so the caller can warn.
    /// </summary>
    internal static class IdentifierFactory
    {
        /// <summary>
        /// The identifier for <paramref name="svdName"/>; <paramref name="sanitized"/> is true when the name held
        /// something C# cannot take (characters, a leading digit, a keyword) rather than only being re-cased.
        /// </summary>
        public static string Create(string svdName, NameStyle style, out bool sanitized)
        {
            string cased = style == NameStyle.CSharp ? ToPascalCase(svdName, out sanitized) : Verbatim(svdName, out sanitized);
            if (cased.Length == 0)
            {
                sanitized = true;
                return "_";
            }

            if (IsDigit(cased[0]))
            {
                sanitized = true;
                cased = "_" + cased;
            }

            if (CSharpKeywords.IsReserved(cased))
            {
                sanitized = true;
                cased += "_";
            }

            return cased;
        }

        public static string Create(string svdName, NameStyle style) => Create(svdName, style, out _);

        /// <summary>
        /// PascalCase: words are split at characters other than letters and digits; an all-caps word is
        /// lower-cased after its first letter, a word with lower-case letters keeps its inner capitals.
        /// Two words that would glue digits together (<c>PWM1_0</c>) keep an underscore (<c>Pwm1_0</c>) so
        /// distinct SVD names stay distinct.
        /// </summary>
        public static string ToPascalCase(string name, out bool sanitized)
        {
            sanitized = false;
            var words = new List<string>();
            var current = new StringBuilder();
            foreach (char c in name)
            {
                if (IsLetterOrDigit(c))
                {
                    current.Append(c);
                    continue;
                }

                // '_' and whitespace are ordinary word separators in SVD names; anything else (-, ., [, %) is not C#.
                if (c != '_' && c != ' ')
                {
                    sanitized = true;
                }

                Flush(words, current);
            }

            Flush(words, current);
            var result = new StringBuilder(name.Length);
            foreach (string word in words)
            {
                if (result.Length > 0 && IsDigit(result[result.Length - 1]) && IsDigit(word[0]))
                {
                    result.Append('_');
                }

                result.Append(CaseWord(word));
            }

            return result.ToString();
        }

        private static string Verbatim(string name, out bool sanitized)
        {
            sanitized = false;
            var result = new StringBuilder(name.Length);
            foreach (char c in name)
            {
                if (IsLetterOrDigit(c) || c == '_')
                {
                    result.Append(c);
                }
                else
                {
                    sanitized = true;
                    result.Append('_');
                }
            }

            return result.ToString();
        }

        /// <summary>
        /// An all-caps word becomes <c>Mode</c>. A word with lower-case letters keeps its casing except for the
        /// acronyms in it, which are cased like words of their own: <c>MODESelect</c> is <c>ModeSelect</c>,
        /// <c>rxFIFO</c> is <c>RxFifo</c>; a single lower-case letter after capitals (<c>PWMx</c>) is not a word start.
        /// </summary>
        private static string CaseWord(string word)
        {
            var result = new StringBuilder(word.Length);
            int start = 0;
            for (int i = 1; i <= word.Length; i++)
            {
                if (i == word.Length || IsSubWordStart(word, i))
                {
                    CaseSubWord(word, start, i, result);
                    start = i;
                }
            }

            return result.ToString();
        }

        /// <summary>Upper after lower (<c>rx|FIFO</c>), or the last capital of a run before two lower-case letters (<c>MODE|Select</c>).</summary>
        private static bool IsSubWordStart(string word, int i)
        {
            if (!IsUpper(word[i]))
            {
                return false;
            }

            if (IsLower(word[i - 1]))
            {
                return true;
            }

            return IsUpper(word[i - 1]) && IsLowerAt(word, i + 1) && IsLowerAt(word, i + 2);
        }

        private static void CaseSubWord(string word, int start, int end, StringBuilder result)
        {
            bool hasLower = false;
            for (int i = start; i < end; i++)
            {
                hasLower |= IsLower(word[i]);
            }

            result.Append(ToUpper(word[start]));
            for (int i = start + 1; i < end; i++)
            {
                result.Append(hasLower ? word[i] : ToLower(word[i]));
            }
        }

        private static bool IsLowerAt(string word, int i) => i < word.Length && IsLower(word[i]);

        private static bool IsUpper(char c) => c >= 'A' && c <= 'Z';

        private static bool IsLower(char c) => c >= 'a' && c <= 'z';

        private static void Flush(List<string> words, StringBuilder current)
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        private static bool IsLetterOrDigit(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || IsDigit(c);

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private static char ToUpper(char c) => c >= 'a' && c <= 'z' ? (char)(c - 32) : c;

        private static char ToLower(char c) => c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
    }
}
