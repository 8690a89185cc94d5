using PacGen.Svd.Model;

namespace PacGen.Generator.Planning
{
    /// <summary>
    /// The C# types and spellings that follow from a register's size: what <c>Bits</c> is, which type field
    /// arithmetic runs in (C# promotes byte and ushort operands to int, so small registers compute in uint and
    /// cast back), and which Mmio accessor reads it.
    /// </summary>
    internal sealed class RegisterWidth
    {
        private RegisterWidth(int size, string bitsType, string mmioSuffix)
        {
            Size = size;
            BitsType = bitsType;
            MmioSuffix = mmioSuffix;
        }

        public int Size { get; }

        /// <summary>byte, ushort, uint or ulong: the type of <c>Bits</c>.</summary>
        public string BitsType { get; }

        /// <summary>8, 16, 32 or 64: the suffix of <c>Mmio.ReadNN</c>.</summary>
        public string MmioSuffix { get; }

        public bool Is64 => Size == 64;

        /// <summary>The type of field values and of the arithmetic: uint, or ulong for 64-bit registers.</summary>
        public string ValueType => Is64 ? "ulong" : "uint";

        /// <summary><c>Bits</c> widened to <see cref="ValueType"/> for arithmetic.</summary>
        public string BitsOperand => Size < 32 ? "(uint)Bits" : "Bits";

        /// <summary>The largest value of a register of this size.</summary>
        public ulong AllOnes => Size == 64 ? ulong.MaxValue : (1UL << Size) - 1;

        /// <summary>Wraps an arithmetic expression back into the Bits type.</summary>
        public string ToBits(string expression) => Size < 32 ? "(" + BitsType + ")(" + expression + ")" : expression;

        public string Hex(ulong value) => Emit.Literals.Hex(value, Is64);

        /// <summary>The shape for a register size, or null when Mmio has no access of that width.</summary>
        public static RegisterWidth? For(int size)
        {
            switch (size)
            {
                case 8: return new RegisterWidth(8, "byte", "8");
                case 16: return new RegisterWidth(16, "ushort", "16");
                case 32: return new RegisterWidth(32, "uint", "32");
                case 64: return new RegisterWidth(64, "ulong", "64");
                default: return null;
            }
        }

        public static bool IsReadable(Access access) =>
            access == Access.ReadWrite || access == Access.ReadOnly || access == Access.ReadWriteOnce;

        public static bool IsWritable(Access access) => access != Access.ReadOnly;
    }
}
