using System;
using System.Collections.Generic;

namespace PacGen.Generator.Naming
{
    /// <summary>
    /// Joins identifiers into member names without stutter: vendors often repeat the field's last word in its
    /// variants (<c>DATA_SIZE</c> = <c>SIZE_WORD</c>) and name a write-1-to-set field after its own action
    /// (<c>SET42</c>), so plain concatenation gives <c>DataSizeSizeWord</c> and <c>SetSet42</c>.
    /// </summary>
    internal static class WordJoin
    {
        /// <summary>
        /// <paramref name="left"/> followed by <paramref name="right"/> with the longest run of words that ends
        /// <paramref name="left"/> and starts <paramref name="right"/> written once: <c>DataSize</c> + <c>SizeWord</c>
        /// is <c>DataSizeWord</c>, <c>Div</c> + <c>Div2</c> is <c>Div2</c>. <paramref name="right"/> keeps at least one word of its own, so the result never
        /// equals <paramref name="left"/> (that name is the field's own setter).
        /// </summary>
        public static string Append(string left, string right)
        {
            List<int> leftStarts = WordStarts(left);
            List<int> rightStarts = WordStarts(right);
            for (int overlap = Math.Min(leftStarts.Count, rightStarts.Count - 1); overlap > 0; overlap--)
            {
                int leftFrom = leftStarts[leftStarts.Count - overlap];
                int rightTo = rightStarts[overlap];
                if (SameWords(left.Substring(leftFrom), right.Substring(0, rightTo)))
                {
                    return left + right.Substring(rightTo).TrimStart('_');
                }
            }

            // A variant that is the field's last word plus a number (DIV = DIV2) keeps only the number: Div2.
            if (leftStarts.Count > 0)
            {
                string lastWord = left.Substring(leftStarts[leftStarts.Count - 1]);
                string firstWord = rightStarts.Count > 1 ? right.Substring(0, rightStarts[1]) : right;
                string stem = LettersBeforeDigit(firstWord);
                if (stem.Length > 0 && string.Equals(stem, lastWord, StringComparison.OrdinalIgnoreCase))
                {
                    return left + right.Substring(stem.Length);
                }
            }

            return left + right;
        }

        /// <summary>
        /// True when <paramref name="identifier"/>'s first word already says <paramref name="verb"/>
        /// (<c>Set42</c> for Set, <c>Clr42</c> or <c>ClearM3</c> for Clear, <c>Tgl0</c> for Toggle).
        /// </summary>
        public static bool StartsWithVerb(string identifier, string verb)
        {
            List<int> starts = WordStarts(identifier);
            string first = StripDigits(starts.Count > 1 ? identifier.Substring(0, starts[1]) : identifier).TrimEnd('_');
            foreach (string spelling in Spellings(verb))
            {
                if (string.Equals(first, spelling, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        private static IEnumerable<string> Spellings(string verb) => verb switch
        {
            "Clear" => new[] { "Clear", "Clr" },
            "Toggle" => new[] { "Toggle", "Tgl", "Tog" },
            _ => new[] { verb },
        };

        /// <summary>The letters before the word's first digit (<c>Drive</c> of <c>Drive4m</c>); empty when no digit follows letters.</summary>
        private static string LettersBeforeDigit(string word)
        {
            for (int i = 1; i < word.Length; i++)
            {
                if (word[i] >= '0' && word[i] <= '9')
                {
                    return word.Substring(0, i);
                }
            }

            return string.Empty;
        }

        private static string StripDigits(string word)
        {
            int end = word.Length;
            while (end > 0 && word[end - 1] >= '0' && word[end - 1] <= '9')
            {
                end--;
            }

            return word.Substring(0, end);
        }

        /// <summary>Where each word starts: at an underscore-separated part, and at an upper-case letter after a lower-case letter or digit.</summary>
        private static List<int> WordStarts(string identifier)
        {
            var starts = new List<int>();
            for (int i = 0; i < identifier.Length; i++)
            {
                char c = identifier[i];
                if (c == '_')
                {
                    continue;
                }

                bool start = i == 0 || identifier[i - 1] == '_' || (IsUpper(c) && !IsUpper(identifier[i - 1]));
                if (start)
                {
                    starts.Add(i);
                }
            }

            return starts;
        }

        private static bool SameWords(string a, string b) =>
            string.Equals(a.Replace("_", string.Empty), b.Replace("_", string.Empty), StringComparison.OrdinalIgnoreCase);

        private static bool IsUpper(char c) => c >= 'A' && c <= 'Z';
    }
}
