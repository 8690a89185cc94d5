using PacGen.Generator.Planning;

namespace PacGen.Generator.Emit
{
    /// <summary>
    /// Writes one register type: the access methods its access allows, the read value R and the write value W.
    /// Every setter is pure arithmetic on <c>Bits</c> returning a new W, so the JIT (and the interceptor that
    /// folds <c>Write(w =&gt; …)</c> lambdas) reduces a chain of setters to one constant.
    /// </summary>
    internal static class RegisterEmitter
    {
        public static void Emit(SourceWriter w, RegisterTypePlan register)
        {
            RegisterWidth shape = RegisterWidth.For(register.Size)!;
            WriteModifyBits modify = register.WriteModify;
            w.Line("/// <summary>" + register.Summary + "</summary>");
            w.Line(CommonText.GeneratedCode);
            w.Open("public readonly struct " + register.StructName);
            w.Line("/// <summary>The reset value.</summary>");
            w.Line("public const " + shape.BitsType + " ResetValue = " + Literals.HexPlain(register.ResetValue) + ";");
            if (register.Writable)
            {
                // svd2rust's ONE_TO_MODIFY_FIELDS_BITMAP / ZERO_TO_MODIFY_FIELDS_BITMAP, as constants so that the
                // interceptor and analyzer read them from a referenced PAC assembly as well as from source.
                w.Line();
                w.Line("/// <summary>Bits whose write of 1 has a side effect (write-1-to-clear, -set, -toggle): cleared in <see cref=\"W.Reset\"/> and in what Modify writes back.</summary>");
                w.Line(CommonText.NeverBrowsable);
                w.Line("public const " + shape.BitsType + " OneToModifyFieldsBitmap = " + Literals.HexPlain(modify.OneToModify) + ";");
                w.Line();
                w.Line("/// <summary>Bits whose write of 0 has a side effect (write-0-to-clear, -set, -toggle): set in <see cref=\"W.Reset\"/> and in what Modify writes back.</summary>");
                w.Line(CommonText.NeverBrowsable);
                w.Line("public const " + shape.BitsType + " ZeroToModifyFieldsBitmap = " + Literals.HexPlain(modify.ZeroToModify) + ";");
            }

            // The analyzer reads these to warn that WriteWithZero clears, sets or toggles bits (PACGEN209); absent means none.
            ZeroWriteConstant(w, shape, "ZeroToClearFieldsBitmap", modify.ZeroToClear, "clear");
            ZeroWriteConstant(w, shape, "ZeroToSetFieldsBitmap", modify.ZeroToSet, "set");
            ZeroWriteConstant(w, shape, "ZeroToToggleFieldsBitmap", modify.ZeroToToggle, "toggle");
            w.Line();
            w.Line("public " + register.StructName + "(nuint address) => Address = address;");
            w.Line();
            w.Line("/// <summary>The register's absolute address.</summary>");
            w.Line("public nuint Address { get; }");
            AccessMethods.Emit(w, register, shape);
            if (register.Readable)
            {
                w.Line();
                ReadValueEmitter.Emit(w, register, shape);
            }

            if (register.Writable)
            {
                w.Line();
                WriteValueEmitter.Emit(w, register, shape);
            }

            w.Close();
        }

        private static void ZeroWriteConstant(SourceWriter w, RegisterWidth shape, string name, ulong bits, string effect)
        {
            if (bits == 0)
            {
                return;
            }

            string verb = effect + "s";
            w.Line("/// <summary>Bits that writing 0 " + verb + " (zeroTo" + char.ToUpperInvariant(effect[0]) + effect.Substring(1) +
                " fields): <c>WriteWithZero</c> " + verb + " them unless its setters write 1 there.</summary>");
            w.Line(CommonText.NeverBrowsable);
            w.Line("public const " + shape.BitsType + " " + name + " = " + Literals.HexPlain(bits) + ";");
        }
    }
}
