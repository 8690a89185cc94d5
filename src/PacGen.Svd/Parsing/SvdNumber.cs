namespace PacGen.Svd.Parsing
{
    /// <summary>
    /// CMSIS-SVD scaledNonNegativeInteger: decimal, <c>0x</c>/<c>0X</c> hex, <c>#</c> or <c>0b</c> binary,
    /// an optional leading <c>+</c> and an optional k/m/g/t (x1024^n) suffix; surrounding whitespace is tolerated.
    /// </summary>
    internal static class SvdNumber
    {
        public static bool TryParse(string? text, out ulong value) => TryParse(text, allowDontCare: false, out value, out _);

        /// <summary>
        /// Parses an enumeratedValue value: binary forms may carry <c>x</c> don't-care bits
        /// (<c>#1x0</c> → value 0b100, dontCare 0b010).
        /// </summary>
        public static bool TryParseEnumValue(string? text, out ulong value, out ulong dontCare) =>
            TryParse(text, allowDontCare: true, out value, out dontCare);

        private static bool TryParse(string? text, bool allowDontCare, out ulong value, out ulong dontCare)
        {
            value = 0;
            dontCare = 0;
            if (text == null)
            {
                return false;
            }

            string s = text.Trim();
            if (s.Length > 0 && s[0] == '+')
            {
                s = s.Substring(1);
            }

            if (s.StartsWith("0x", System.StringComparison.OrdinalIgnoreCase))
            {
                return TryParseDigits(s.Substring(2), 16, out value);
            }

            if (s.StartsWith("#", System.StringComparison.Ordinal))
            {
                return TryParseBinary(s.Substring(1), allowDontCare, out value, out dontCare);
            }

            if (s.StartsWith("0b", System.StringComparison.OrdinalIgnoreCase))
            {
                return TryParseBinary(s.Substring(2), allowDontCare, out value, out dontCare);
            }

            return TryParseDigits(s, 10, out value);
        }

        private static bool TryParseDigits(string digits, int radix, out ulong value)
        {
            value = 0;
            int scaleShift = 0;
            if (digits.Length > 1)
            {
                switch (digits[digits.Length - 1])
                {
                    case 'k': case 'K': scaleShift = 10; break;
                    case 'm': case 'M': scaleShift = 20; break;
                    case 'g': case 'G': scaleShift = 30; break;
                    case 't': case 'T': scaleShift = 40; break;
                }

                if (scaleShift != 0)
                {
                    digits = digits.Substring(0, digits.Length - 1);
                }
            }

            if (digits.Length == 0)
            {
                return false;
            }

            foreach (char c in digits)
            {
                int digit = DigitValue(c);
                if (digit < 0 || digit >= radix)
                {
                    return false;
                }

                if (value > (ulong.MaxValue - (ulong)digit) / (ulong)radix)
                {
                    return false; // overflow
                }

                value = value * (ulong)radix + (ulong)digit;
            }

            if (scaleShift != 0)
            {
                if (value > (ulong.MaxValue >> scaleShift))
                {
                    return false;
                }

                value <<= scaleShift;
            }

            return true;
        }

        private static bool TryParseBinary(string digits, bool allowDontCare, out ulong value, out ulong dontCare)
        {
            value = 0;
            dontCare = 0;
            if (digits.Length == 0 || digits.Length > 64)
            {
                return false;
            }

            foreach (char c in digits)
            {
                value <<= 1;
                dontCare <<= 1;
                switch (c)
                {
                    case '0':
                        break;
                    case '1':
                        value |= 1;
                        break;
                    case 'x':
                    case 'X':
                        if (!allowDontCare)
                        {
                            return false;
                        }

                        dontCare |= 1;
                        break;
                    default:
                        return false;
                }
            }

            return true;
        }

        private static int DigitValue(char c)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }

            if (c >= 'a' && c <= 'f')
            {
                return c - 'a' + 10;
            }

            if (c >= 'A' && c <= 'F')
            {
                return c - 'A' + 10;
            }

            return -1;
        }
    }
}
