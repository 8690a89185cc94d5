using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PacGen.Performance.Tests.Arm64
{
    /// <summary>AArch64 operand text: splitting, normalizing (see <see cref="ArmInstruction"/>) and reading.</summary>
    internal static class ArmOperand
    {
        private static readonly Regex s_register = new(@"^(?<width>[wx])(?<number>[0-9]+)$", RegexOptions.CultureInvariant);
        private static readonly Regex s_registerInText = new(@"\b[wx](?:[0-9]+)\b", RegexOptions.CultureInvariant);
        private static readonly Regex s_immediate = new(@"#(?<value>-?(?:0x[0-9a-f]+|[0-9]+))", RegexOptions.CultureInvariant);

        /// <summary>Splits at the commas outside brackets, joins a shift (<c>lsl #16</c>) to the immediate before it, normalizes each.</summary>
        public static IReadOnlyList<string> Split(string text)
        {
            var parts = new List<string>();
            var current = new StringBuilder();
            int depth = 0;
            foreach (char c in text)
            {
                depth += c == '[' ? 1 : c == ']' ? -1 : 0;
                if (c == ',' && depth == 0)
                {
                    parts.Add(current.ToString());
                    current.Clear();
                }
                else
                {
                    current.Append(c);
                }
            }

            if (current.ToString().Trim().Length > 0)
            {
                parts.Add(current.ToString());
            }

            var operands = new List<string>();
            foreach (string part in parts)
            {
                string operand = Normalize(part);
                if (operand.StartsWith("lsl ", StringComparison.Ordinal) && operands.Count > 0 && operands[^1].StartsWith('#'))
                {
                    operands[^1] += " " + operand;
                }
                else
                {
                    operands.Add(operand);
                }
            }

            return operands;
        }

        /// <summary>Lower case, single spaces, x29/x30 for fp/lr, decimal immediates, <c>lsl 16</c> for <c>lsl #16</c>.</summary>
        public static string Normalize(string operand)
        {
            string text = string.Join(' ', operand.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
            text = Regex.Replace(text, @"\bfp\b", "x29", RegexOptions.CultureInvariant);
            text = Regex.Replace(text, @"\blr\b", "x30", RegexOptions.CultureInvariant);
            text = s_immediate.Replace(text, match => "#" + ParseNumber(match.Groups["value"].Value).ToString(CultureInfo.InvariantCulture));
            text = Regex.Replace(text, @"\b(lsl|lsr|asr|ror) #", "$1 ", RegexOptions.CultureInvariant);
            return text;
        }

        /// <summary>Every general register written as its width alone: <c>[x19, #16]</c> → <c>[x, #16]</c>.</summary>
        public static string MaskRegisters(string operand) =>
            s_registerInText.Replace(operand, match => match.Value.Substring(0, 1));

        /// <summary>The register slot an operand names (<c>w3</c> and <c>x3</c> share <c>r3</c>), or null.</summary>
        public static string? Register(string operand)
        {
            if (operand is "sp" or "wsp")
            {
                return "sp";
            }

            if (operand is "xzr" or "wzr")
            {
                return "zr";
            }

            Match match = s_register.Match(operand);
            return match.Success ? "r" + match.Groups["number"].Value : null;
        }

        /// <summary>Register width in bits: 32 for <c>w</c>, 64 for <c>x</c>.</summary>
        public static int Width(string operand) => operand.StartsWith('w') ? 32 : 64;

        /// <summary><c>#65056 lsl 16</c> → 65056 &lt;&lt; 16; null when not an immediate.</summary>
        public static ulong? Immediate(string operand)
        {
            if (!operand.StartsWith('#'))
            {
                return null;
            }

            string[] parts = operand.Substring(1).Split(' ');
            ulong value = unchecked((ulong)long.Parse(parts[0], CultureInfo.InvariantCulture));
            return parts.Length == 3 && parts[1] == "lsl" ? value << int.Parse(parts[2], CultureInfo.InvariantCulture) : value;
        }

        /// <summary>The 16-bit chunk and shift of a <c>movk</c> immediate.</summary>
        public static (ulong Chunk, int Shift) MoveKeep(string operand)
        {
            string[] parts = operand.Substring(1).Split(' ');
            ulong chunk = ulong.Parse(parts[0], CultureInfo.InvariantCulture);
            return (chunk, parts.Length == 3 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : 0);
        }

        /// <summary><c>[x19, #16]</c> / <c>[sp, #-16]!</c> → base operand, offset, pre-index writeback.</summary>
        public static (string Base, long Offset, bool WriteBack)? Memory(string operand)
        {
            if (!operand.StartsWith('['))
            {
                return null;
            }

            bool writeBack = operand.EndsWith('!');
            string inner = operand.TrimEnd('!').Trim('[', ']');
            string[] parts = inner.Split(',', StringSplitOptions.TrimEntries);
            long offset = parts.Length > 1 && parts[1].StartsWith('#') ? long.Parse(parts[1].Substring(1), CultureInfo.InvariantCulture) : 0;
            return (parts[0], offset, writeBack);
        }

        private static long ParseNumber(string text)
        {
            bool negative = text.StartsWith('-');
            string digits = negative ? text.Substring(1) : text;
            long value = digits.StartsWith("0x", StringComparison.Ordinal)
                ? unchecked((long)ulong.Parse(digits.Substring(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture))
                : unchecked((long)ulong.Parse(digits, CultureInfo.InvariantCulture));
            return negative ? -value : value;
        }
    }
}
