using System.Collections.Generic;
using System.Text;
using PacGen.Generator.Planning;

namespace PacGen.Generator.Emit
{
    /// <summary>
    /// The expression of <c>R.{Field}Variant</c>: the field as its enum, or null when no variant names the value.
    /// No Enum.IsDefined (reflection, slow on a device): a field of up to 6 bits whose variants are exact values tests
    /// one bit of a constant bitmap; otherwise a switch over the variants, which also covers don't-care bits.
    /// </summary>
    internal static class VariantRead
    {
        public static string Expression(RegisterWidth shape, FieldPlan field, ReadEnumPlan readEnum, string raw)
        {
            string type = readEnum.FullName;
            string none = "(" + type + "?)null";
            bool exact = true;
            foreach (EnumTestPlan test in readEnum.Tests)
            {
                exact &= test.CareMask == field.WidthMask;
            }

            if (exact && field.WidthMask < 64)
            {
                ulong bitmap = 0;
                foreach (EnumTestPlan test in readEnum.Tests)
                {
                    bitmap |= 1UL << (int)test.Value;
                }

                ulong all = field.WidthMask == 63 ? ulong.MaxValue : (1UL << (int)(field.WidthMask + 1)) - 1;
                if (bitmap == all)
                {
                    // Every value of the field is named: the cast is the answer.
                    return "(" + type + "?)(" + type + ")" + raw;
                }

                return "((" + Literals.Hex(bitmap, is64: true) + " >> (int)" + raw + ") & 1UL) != 0 ? (" + type + ")" + raw + " : " + none;
            }

            // A switch expression (evaluates the field once); a value already handled by an earlier exact arm is left out,
            // which the compiler would reject as subsumed.
            var text = new StringBuilder();
            var seen = new HashSet<ulong>();
            text.Append(raw).Append(" switch { ");
            foreach (EnumTestPlan test in readEnum.Tests)
            {
                string member = type + "." + test.Member;
                if (test.CareMask == field.WidthMask)
                {
                    if (seen.Add(test.Value))
                    {
                        text.Append(shape.Hex(test.Value)).Append(" => ").Append(member).Append(", ");
                    }
                }
                else
                {
                    text.Append("var v when (v & ").Append(shape.Hex(test.CareMask)).Append(") == ").Append(shape.Hex(test.Value))
                        .Append(" => ").Append(member).Append(", ");
                }
            }

            return text.Append("_ => ").Append(none).Append(" }").ToString();
        }
    }
}
