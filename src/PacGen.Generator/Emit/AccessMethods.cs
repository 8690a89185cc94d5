using PacGen.Generator.Planning;

namespace PacGen.Generator.Emit
{
    /// <summary>The register's memory accesses its access allows: Read, Write (value, closure, state), WriteWithZero, Reset, Modify.</summary>
    internal static class AccessMethods
    {
        public static void Emit(SourceWriter w, RegisterTypePlan register, RegisterWidth shape)
        {
            string read = "global::PacGen.Runtime.Mmio.Read" + shape.MmioSuffix + "(Address)";
            string write = "global::PacGen.Runtime.Mmio.Write" + shape.MmioSuffix + "(Address, ";
            if (register.Readable)
            {
                w.Line();
                w.Line("/// <summary>Reads the register.</summary>");
                w.Line(CommonText.Inline);
                w.Line("public R Read() => new R(" + read + ");");
            }

            if (register.Writable)
            {
                w.Line();
                w.Line("/// <summary>Writes <paramref name=\"value\"/>.</summary>");
                w.Line(CommonText.Inline);
                w.Line("public void Write(W value) => " + write + "value.Bits);");
                w.Line("/// <summary>Writes the value <paramref name=\"f\"/> builds from <see cref=\"W.Reset\"/>.</summary>");
                w.Line("public void Write(global::System.Func<W, W> f) => " + write + "f(W.Reset).Bits);");
                w.Line("/// <summary>Writes the value <paramref name=\"f\"/> builds from <see cref=\"W.Reset\"/> and <paramref name=\"state\"/> (no closure).</summary>");
                w.Line("public void Write<TState>(TState state, global::System.Func<W, TState, W> f) => " + write + "f(W.Reset, state).Bits);");
                w.Line(register.WriteModify.ZeroToModify == 0
                    ? "/// <summary>Writes the value <paramref name=\"f\"/> builds from zero.</summary>"
                    : "/// <summary>Writes the value <paramref name=\"f\"/> builds from zero: the write-0-to-modify fields it does not set to 1 clear, set or toggle bits (analyzer warning PACGEN209).</summary>");
                w.Line("public void WriteWithZero(global::System.Func<W, W> f) => " + write + "f(W.Zero).Bits);");
                w.Line("/// <summary>Writes the value <paramref name=\"f\"/> builds from zero and <paramref name=\"state\"/> (no closure).</summary>");
                w.Line("public void WriteWithZero<TState>(TState state, global::System.Func<W, TState, W> f) => " + write + "f(W.Zero, state).Bits);");
                w.Line("/// <summary>Writes <see cref=\"ResetValue\"/>.</summary>");
                w.Line("public void Reset() => " + write + "ResetValue);");
            }

            if (register.Readable && register.Writable)
            {
                w.Line();
                w.Line("/// <summary>Reads the register, lets <paramref name=\"f\"/> change the value and writes it back (write-1-to-modify bits cleared).</summary>");
                // Inlined so that NativeAOT, which does not inline it on its own, leaves no call in a folded Modify.
                w.Line(CommonText.Inline);
                w.Open("public void Modify(global::System.Func<R, W, W> f)");
                w.Line(shape.BitsType + " bits = " + read + ";");
                w.Line(write + "f(new R(bits), W.FromRead(new R(bits))).Bits);");
                w.Close();
                w.Line();
                w.Line("/// <summary>Reads the register, lets <paramref name=\"f\"/> change the value using <paramref name=\"state\"/> (no closure) and writes it back.</summary>");
                w.Line(CommonText.Inline);
                w.Open("public void Modify<TState>(TState state, global::System.Func<R, W, TState, W> f)");
                w.Line(shape.BitsType + " bits = " + read + ";");
                w.Line(write + "f(new R(bits), W.FromRead(new R(bits)), state).Bits);");
                w.Close();
                if (register.AtomicAliases is { } aliases)
                {
                    AtomicAliasEmitter.Emit(w, shape, aliases);
                }
            }
        }
    }
}
