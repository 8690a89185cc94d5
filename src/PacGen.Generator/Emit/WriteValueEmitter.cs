using PacGen.Generator.Planning;

namespace PacGen.Generator.Emit
{
    /// <summary>
    /// Writes W, the value to write: Reset, Zero, FromRead, and per writable field its setters (enum, variants,
    /// bool, checked and unchecked raw, intent), then the indexed setters of field arrays.
    /// </summary>
    internal static class WriteValueEmitter
    {
        public static void Emit(SourceWriter w, RegisterTypePlan register, RegisterWidth shape)
        {
            WriteModifyBits modify = register.WriteModify;
            w.Line("/// <summary>A value to write: fluent setters, each returning a new value.</summary>");
            w.Line(CommonText.GeneratedCode);
            w.Open("public readonly struct W");
            w.Line("public W(" + shape.BitsType + " bits) => Bits = bits;");
            w.Line();
            w.Line("/// <summary>The raw value.</summary>");
            w.Line("public " + shape.BitsType + " Bits { get; }");
            w.Line();
            w.Line("/// <summary>The reset value with write-1-to-modify bits cleared and write-0-to-modify bits set: writing it changes nothing by side effect.</summary>");
            w.Line("public static W Reset => new W(" + Literals.HexPlain(register.SafeReset) + ");");
            w.Line();
            w.Line("/// <summary>All bits zero.</summary>");
            w.Line("public static W Zero => default;");
            if (register.Readable)
            {
                string start = modify.OneToModify == 0 && modify.ZeroToModify == 0
                    ? "value.Bits"
                    : shape.ToBits("(" + (shape.Size < 32 ? "(uint)value.Bits" : "value.Bits") + " & ~" + shape.Hex(modify.OneToModify) + ") | " + shape.Hex(modify.ZeroToModify));
                w.Line();
                w.Line("/// <summary>The value Modify starts from: <paramref name=\"value\"/> with write-1-to-modify bits cleared and write-0-to-modify bits set.</summary>");
                w.Line(CommonText.NeverBrowsable);
                w.Line(CommonText.Inline);
                w.Line("public static W FromRead(R value) => new W(" + start + ");");
            }

            foreach (FieldPlan field in register.Fields)
            {
                if (field.Writable)
                {
                    EmitSetters(w, shape, field);
                }
            }

            foreach (FieldArrayPlan array in register.FieldArrays)
            {
                if (!array.Writable)
                {
                    continue;
                }

                string type = array.WriteEnumFullName ?? (array.IsBool ? "bool" : shape.ValueType);
                string count = Literals.Int(array.Count);
                string shift = FieldArithmetic.IndexedShift(array);
                string mask = "(" + shape.Hex(array.WidthMask) + " << " + shift + ")";
                string value = array.WriteEnumFullName is not null ? "(" + shape.ValueType + ")value" : array.IsBool ? "(value ? " + shape.Hex(1) + " : " + shape.Hex(0) + ")" : "value";
                w.Line();
                w.Line("/// <summary>" + array.Summary + "</summary>");
                w.Line(CommonText.Inline);
                w.Line("public W " + array.Identifier + "(int index, " + type + " value) => (uint)index < " + count + "u ? new W(" +
                    shape.ToBits("(" + shape.BitsOperand + " & ~" + mask + ") | ((" + value + " & " + shape.Hex(array.WidthMask) + ") << " + shift + ")") +
                    ") : throw " + CommonText.Helpers + ".IndexOutOfRange(index, " + count + ");");
            }

            w.Close();
        }

        private static void EmitSetters(SourceWriter w, RegisterWidth shape, FieldPlan field)
        {
            string summary = "/// <summary>" + field.Summary + "</summary>";
            string keep = "(" + shape.BitsOperand + " & ~" + shape.Hex(field.Mask) + ")";
            w.Line();
            w.Line(summary);
            w.Line(CommonText.Inline);
            if (field.WriteEnum is { } writeEnum)
            {
                w.Line("public W " + field.Identifier + "(" + writeEnum.FullName + " value) => new W(" +
                    shape.ToBits(keep + " | " + FieldArithmetic.Place(shape, "(" + shape.ValueType + ")value", field)) + ");");
                foreach (VariantSetterPlan variant in writeEnum.Variants)
                {
                    w.Line(CommonText.Inline);
                    w.Line("public W " + variant.Name + "() => new W(" + shape.ToBits(keep + " | " + shape.Hex(variant.PlacedValue)) + ");");
                }
            }
            else if (field.IsBool)
            {
                w.Line("public W " + field.Identifier + "(bool value) => new W(value ? " +
                    shape.ToBits(shape.BitsOperand + " | " + shape.Hex(field.Mask)) + " : " + shape.ToBits(keep) + ");");
            }

            if (field.Raw is { } raw)
            {
                if (field.WriteEnum is not null)
                {
                    w.Line(summary);
                    w.Line(CommonText.Inline);
                }

                EmitCheckedRaw(w, shape, field.SvdName, raw);
                w.Line(CommonText.Inline);
                w.Line("public W " + raw.UncheckedName + "(" + shape.ValueType + " bits) => new W(" +
                    shape.ToBits(keep + " | " + FieldArithmetic.Place(shape, "bits", field)) + ");");
            }

            if (field.Intent is { } intent)
            {
                w.Line(CommonText.Inline);
                w.Line("public W " + intent.Name + "() => new W(" +
                    shape.ToBits(intent.SetsBits ? shape.BitsOperand + " | " + shape.Hex(field.Mask) : keep) + ");");
            }
        }

        /// <summary>The checked raw setter, with its range as <c>[FieldRange]</c> so the analyzer reads it from the symbol.</summary>
        private static void EmitCheckedRaw(SourceWriter w, RegisterWidth shape, string svdName, RawSetterPlan raw)
        {
            w.Line("[global::PacGen.Runtime.FieldRange(" + Literals.String(svdName) + ", " + Literals.HexPlain(raw.Minimum) + ", " + Literals.HexPlain(raw.Maximum) + ")]");
            if (!raw.Checks)
            {
                w.Line("public W " + raw.Name + "(" + shape.ValueType + " bits) => " + raw.UncheckedName + "(bits);");
                return;
            }

            string condition = raw.CheckMinimum && raw.CheckMaximum
                ? "bits >= " + shape.Hex(raw.Minimum) + " && bits <= " + shape.Hex(raw.Maximum)
                : raw.CheckMinimum ? "bits >= " + shape.Hex(raw.Minimum) : "bits <= " + shape.Hex(raw.Maximum);
            w.Line("public W " + raw.Name + "(" + shape.ValueType + " bits) => " + condition + " ? " + raw.UncheckedName +
                "(bits) : throw " + CommonText.Helpers + ".OutOfRange(" + Literals.String(svdName) + ", bits, " +
                Literals.HexPlain(raw.Minimum) + ", " + Literals.HexPlain(raw.Maximum) + ");");
        }
    }
}
