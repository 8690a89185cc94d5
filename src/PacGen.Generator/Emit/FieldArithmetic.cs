using PacGen.Generator.Planning;

namespace PacGen.Generator.Emit
{
    /// <summary>The bit arithmetic getters and setters spell: extract a field, place a value, shift by an index.</summary>
    internal static class FieldArithmetic
    {
        /// <summary>The field's value from <c>Bits</c>, without a mask where the shift already leaves only the field.</summary>
        public static string Extract(RegisterWidth shape, int offset, ulong widthMask)
        {
            string shifted = offset == 0 ? shape.BitsOperand : "(" + shape.BitsOperand + " >> " + Literals.Int(offset) + ")";
            return IsFullWidth(shape, widthMask) ? shifted : "(" + shifted + " & " + shape.Hex(widthMask) + ")";
        }

        /// <summary><paramref name="value"/> masked to the field and shifted into place.</summary>
        public static string Place(RegisterWidth shape, string value, FieldPlan field)
        {
            string masked = IsFullWidth(shape, field.WidthMask) ? value : "(" + value + " & " + shape.Hex(field.WidthMask) + ")";
            return field.Offset == 0 ? masked : "(" + masked + " << " + Literals.Int(field.Offset) + ")";
        }

        /// <summary>Where element <c>index</c> of a field array starts.</summary>
        public static string IndexedShift(FieldArrayPlan array) =>
            "(" + Literals.Int(array.FirstOffset) + " + (index * " + Literals.Int(array.Increment) + "))";

        private static bool IsFullWidth(RegisterWidth shape, ulong widthMask) =>
            widthMask == ulong.MaxValue || (!shape.Is64 && widthMask == uint.MaxValue);
    }
}
