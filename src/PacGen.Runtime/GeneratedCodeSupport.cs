using System;
using System.ComponentModel;
using System.Globalization;
using System.Text;

namespace PacGen.Runtime
{
    /// <summary>
    /// Formatting and exception factories that every generated PAC calls: kept here, like svd2rust's generic.rs,
    /// so they are compiled once and two devices in one project do not each carry a copy.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class GeneratedCodeSupport
    {
        /// <summary>A value in hex, invariant culture: <c>0x1F</c>.</summary>
        public static string Hex(ulong value) => "0x" + value.ToString("X", CultureInfo.InvariantCulture);

        /// <summary>
        /// R.ToString(): <c>NAME { FIELD=VALUE, … }</c> from a layout <c>NAME@offset+width[=hex:VARIANT,…]</c> joined by
        /// ';' (the generator writes the layout as one string literal per register type, far smaller than code per field).
        /// </summary>
        public static string Format(string register, ulong bits, string layout)
        {
            var text = new StringBuilder(register.Length + 16 + (layout.Length / 2));
            text.Append(register).Append(register.Length == 0 ? "{ " : " { ");
            if (layout.Length == 0)
            {
                return text.Append(Hex(bits)).Append(" }").ToString();
            }

            string[] fields = layout.Split(';');
            for (int i = 0; i < fields.Length; i++)
            {
                string field = fields[i];
                int equals = field.IndexOf('=');
                string head = equals < 0 ? field : field.Substring(0, equals);
                int at = head.LastIndexOf('@');
                int plus = head.LastIndexOf('+');
                int offset = int.Parse(head.Substring(at + 1, plus - at - 1), CultureInfo.InvariantCulture);
                int width = int.Parse(head.Substring(plus + 1), CultureInfo.InvariantCulture);
                ulong value = (bits >> offset) & (width >= 64 ? ulong.MaxValue : (1UL << width) - 1);
                string shown = width == 1 ? (value != 0 ? "1" : "0") : Hex(value);
                if (equals >= 0)
                {
                    foreach (string variant in field.Substring(equals + 1).Split(','))
                    {
                        int colon = variant.IndexOf(':');
                        if (ulong.Parse(variant.Substring(0, colon), NumberStyles.HexNumber, CultureInfo.InvariantCulture) == value)
                        {
                            shown = variant.Substring(colon + 1);
                            break;
                        }
                    }
                }

                text.Append(i == 0 ? string.Empty : ", ").Append(head, 0, at).Append('=').Append(shown);
            }

            return text.Append(" }").ToString();
        }

        /// <summary>
        /// The exception of a checked setter given a value the field cannot hold (outside its width, or its
        /// writeConstraint range). The message says what the Unchecked twin does instead: it does not check, it keeps
        /// the bits of the value that fit the field and drops the rest (so <c>Mode3Unchecked(4)</c> writes 0).
        /// </summary>
        public static ArgumentOutOfRangeException OutOfRange(string field, ulong value, ulong minimum, ulong maximum) =>
            new ArgumentOutOfRangeException(
                "bits",
                value,
                field + " takes " + Hex(minimum) + ".." + Hex(maximum) + ", not " + Hex(value) +
                ". The Unchecked setter does not check: it writes the value's bits that fit the field and drops the others.");

        /// <summary>The exception of an array index outside 0..length-1.</summary>
        public static ArgumentOutOfRangeException IndexOutOfRange(int index, int length) =>
            new ArgumentOutOfRangeException("index", index, "The index must be in 0.." + (length - 1).ToString(CultureInfo.InvariantCulture) + ".");
    }
}
