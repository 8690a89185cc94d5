using PacGen.Generator.Planning;

namespace PacGen.Generator.Emit
{
    /// <summary>
    /// <c>Set</c> / <c>Clear</c> / <c>Toggle</c> on a register whose peripheral has atomic alias windows (declared by
    /// the AtomicAliases metadata, see <see cref="PacGen.Svd.Model.AtomicAliases"/>): one write of the value built from zero to the
    /// window, so only the bits the setters make 1 change — no read-modify-write, nothing to race with. Starting
    /// from zero is the point: <c>W.Reset</c> would set or clear every bit that resets to 1 (svd2rust issue #535).
    /// </summary>
    internal static class AtomicAliasEmitter
    {
        public static void Emit(SourceWriter w, RegisterWidth shape, AtomicAliasPlan aliases)
        {
            EmitOne(w, shape, "Set", aliases.Set, "sets the bits that are 1 in", "current | value");
            EmitOne(w, shape, "Clear", aliases.Clear, "clears the bits that are 1 in", "current &amp; ~value");
            EmitOne(w, shape, "Toggle", aliases.Toggle, "inverts the bits that are 1 in", "current ^ value");
        }

        private static void EmitOne(SourceWriter w, RegisterWidth shape, string name, ulong? offset, string effect, string formula)
        {
            if (offset is not ulong window)
            {
                return;
            }

            string address = "Address + " + Literals.HexPlain(window);
            string write = "global::PacGen.Runtime.Mmio.Write" + shape.MmioSuffix + "(" + address + ", ";
            w.Line();
            w.Line("/// <summary>Atomically " + effect + " the value <paramref name=\"f\"/> builds from zero (<c>" + formula +
                "</c>, one write to the alias at <c>Address + " + Literals.HexPlain(window) + "</c>); other bits keep their values.</summary>");
            w.Line(CommonText.Inline);
            w.Line("public void " + name + "(global::System.Func<W, W> f) => " + write + "f(W.Zero).Bits);");
            w.Line("/// <summary>Atomically " + effect + " <paramref name=\"value\"/> (<c>" + formula + "</c>); other bits keep their values.</summary>");
            w.Line(CommonText.Inline);
            w.Line("public void " + name + "(W value) => " + write + "value.Bits);");
        }
    }
}
