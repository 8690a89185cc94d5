using System.Collections.Generic;
using PacGen.Svd.Model;

namespace PacGen.Generator.Emit
{
    /// <summary>
    /// The bits that writing 0 changes, per effect (modifiedWriteValues zeroToClear / zeroToSet / zeroToToggle), as
    /// constants on the register type: the analyzer reads them from the symbol (source or a referenced PAC alike)
    /// to warn that <c>WriteWithZero</c>, which starts from all zeros, clears, sets or toggles those bits (PACGEN209).
    /// Emitted only when nonzero: absent means none, so ordinary registers carry nothing extra.
    /// </summary>
    internal static class ZeroWriteFacts
    {
        public const string ZeroToClear = "ZeroToClearFieldsBitmap";
        public const string ZeroToSet = "ZeroToSetFieldsBitmap";
        public const string ZeroToToggle = "ZeroToToggleFieldsBitmap";

        private const string Hidden = "[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]";

        public static void Emit(SourceWriter w, Register register, RegisterShape shape, List<FieldPlan> fields)
        {
            ulong clear = 0;
            ulong set = 0;
            ulong toggle = 0;
            if (register.Fields.Count == 0)
            {
                Accumulate(register.ModifiedWriteValues, shape.AllOnes, ref clear, ref set, ref toggle);
            }

            foreach (FieldPlan field in fields)
            {
                Accumulate(field.Field.ModifiedWriteValues, field.Mask, ref clear, ref set, ref toggle);
            }

            EmitOne(w, shape, ZeroToClear, clear, "clear");
            EmitOne(w, shape, ZeroToSet, set, "set");
            EmitOne(w, shape, ZeroToToggle, toggle, "toggle");
        }

        private static void EmitOne(SourceWriter w, RegisterShape shape, string name, ulong bits, string effect)
        {
            if (bits == 0)
            {
                return;
            }

            string verb = effect + "s";
            w.Line("/// <summary>Bits that writing 0 " + verb + " (zeroTo" + char.ToUpperInvariant(effect[0]) + effect.Substring(1) +
                " fields): <c>WriteWithZero</c> " + verb + " them unless its setters write 1 there.</summary>");
            w.Line(Hidden);
            w.Line("public const " + shape.BitsType + " " + name + " = " + Literals.HexPlain(bits) + ";");
        }

        private static void Accumulate(ModifiedWriteValues values, ulong mask, ref ulong clear, ref ulong set, ref ulong toggle)
        {
            switch (values)
            {
                case ModifiedWriteValues.ZeroToClear:
                    clear |= mask;
                    break;
                case ModifiedWriteValues.ZeroToSet:
                    set |= mask;
                    break;
                case ModifiedWriteValues.ZeroToToggle:
                    toggle |= mask;
                    break;
            }
        }
    }
}
