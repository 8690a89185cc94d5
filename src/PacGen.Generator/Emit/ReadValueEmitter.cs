using PacGen.Generator.Planning;

namespace PacGen.Generator.Emit
{
    /// <summary>Writes R, the value read: a getter per readable field, <c>Is…</c> per enum variant and the nullable <c>…Variant</c>, indexed getters, ToString.</summary>
    internal static class ReadValueEmitter
    {
        public static void Emit(SourceWriter w, RegisterTypePlan register, RegisterWidth shape)
        {
            w.Line("/// <summary>A value read from the register.</summary>");
            w.Line(CommonText.GeneratedCode);
            w.Open("public readonly struct R");
            w.Line("public R(" + shape.BitsType + " bits) => Bits = bits;");
            w.Line();
            w.Line("/// <summary>The raw value.</summary>");
            w.Line("public " + shape.BitsType + " Bits { get; }");
            foreach (FieldPlan field in register.Fields)
            {
                if (!field.Readable)
                {
                    continue;
                }

                string raw = FieldArithmetic.Extract(shape, field.Offset, field.WidthMask);
                w.Line();
                w.Line("/// <summary>" + field.Summary + "</summary>");
                if (field.ReadEnum is { } readEnum)
                {
                    w.Line("public " + readEnum.FullName + " " + field.Identifier + " => (" + readEnum.FullName + ")" + raw + ";");
                    foreach (EnumTestPlan test in readEnum.Tests)
                    {
                        string condition = test.CareMask == field.WidthMask
                            ? raw + " == " + shape.Hex(test.Value)
                            : "(" + raw + " & " + shape.Hex(test.CareMask) + ") == " + shape.Hex(test.Value);
                        w.Line("public bool " + test.Name + " => " + condition + ";");
                    }

                    w.Line("/// <summary>" + Literals.XmlText(field.SvdName) + " as a variant, or null when the SVD names no variant for its value (the property "
                        + field.Identifier + " casts without checking).</summary>");
                    w.Line("public " + readEnum.FullName + "? " + readEnum.VariantName + " => " + VariantRead.Expression(shape, field, readEnum, raw) + ";");
                }
                else if (field.IsBool)
                {
                    w.Line("public bool " + field.Identifier + " => (" + shape.BitsOperand + " & " + shape.Hex(field.Mask) + ") != 0;");
                }
                else
                {
                    w.Line("public " + shape.ValueType + " " + field.Identifier + " => " + raw + ";");
                }
            }

            foreach (FieldArrayPlan array in register.FieldArrays)
            {
                if (!array.Readable)
                {
                    continue;
                }

                string type = array.ReadEnumFullName ?? (array.IsBool ? "bool" : shape.ValueType);
                string raw = "((" + shape.BitsOperand + " >> " + FieldArithmetic.IndexedShift(array) + ") & " + shape.Hex(array.WidthMask) + ")";
                string value = array.ReadEnumFullName is not null ? "(" + type + ")" + raw : array.IsBool ? raw + " != 0" : raw;
                string count = Literals.Int(array.Count);
                w.Line();
                w.Line("/// <summary>" + array.Summary + "</summary>");
                w.Line("public " + type + " " + array.Identifier + "(int index) => (uint)index < " + count +
                    "u ? " + value + " : throw " + CommonText.Helpers + ".IndexOutOfRange(index, " + count + ");");
                w.Line();
                w.Line("/// <summary>Every element of " + array.Identifier + "(index), indexable and enumerable with <c>foreach</c> (taken from this value; no further read).</summary>");
                string values = "global::PacGen.Runtime.FieldArrayValues<" + type + ">";
                w.Line("public " + values + " " + array.ValuesIdentifier + " => new " + values + "(Bits, " + count + ", " +
                    Literals.Int(array.FirstOffset) + ", " + Literals.Int(array.Increment) + ", " + Literals.Hex(array.WidthMask, is64: true) + ");");
            }

            w.Line();
            w.Line("/// <summary>" + register.ToStringSummary + "</summary>");
            // The field layout travels as one string literal decoded at run time: ToString is for debugging, and a
            // literal costs the compiler nothing to bind, where a concatenation per field made big SVDs slow to compile.
            w.Line("public override string ToString() => " + CommonText.Helpers + ".Format(" + Literals.String(register.DisplayName) + ", Bits, " +
                Literals.String(register.Layout) + ");");
            w.Close();
        }
    }
}
