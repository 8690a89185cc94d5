namespace PacGen.Interceptors.Tests
{
    /// <summary>
    /// A hand-written register in the shape docs/generated-api.md fixes, standing in for a PAC assembly: the
    /// interceptor must work on it exactly as on generated code (it recognizes registers by shape, not by origin).
    /// FSEL42 is bits [8:6] of GPFSEL4 (3 bits), FSEL40 bits [2:0] (its range declared by [FieldRange], as PacGen emits it); the reset value is 0x0000_0024 so a fold that
    /// forgets to start from Reset is visible.
    /// </summary>
    internal static class RegisterFixture
    {
        public const string Source = """
            using System;
            using System.Runtime.CompilerServices;
            using PacGen.Runtime;

            namespace Dev
            {
                internal static class Helpers
                {
                    public static Exception OutOfRange(string field, ulong bits, ulong minimum, ulong maximum) =>
                        new ArgumentOutOfRangeException(field, bits, "allowed " + minimum + ".." + maximum);
                }

                public readonly partial struct Gpio
                {
                    public Gpio(nuint baseAddress) => BaseAddress = baseAddress;

                    public nuint BaseAddress { get; }

                    public Gpfsel4Register Gpfsel4 => new Gpfsel4Register(BaseAddress + 0x10);

                    public enum Fsel42 : byte { Input = 0, Output = 1, Alt0 = 4 }

                    public readonly struct Gpfsel4Register
                    {
                        private readonly nuint _address;

                        public Gpfsel4Register(nuint address) => _address = address;

                        public readonly struct R
                        {
                            public R(uint bits) => Bits = bits;
                            public uint Bits { get; }
                            public Fsel42 Fsel42 => (Fsel42)((Bits >> 6) & 0x7u);
                            public uint Fsel40 => Bits & 0x7u;
                        }

                        public readonly struct W
                        {
                            private W(uint bits) => Bits = bits;
                            public static W Reset => new W(0x24u);
                            public static W Zero => new W(0u);
                            public uint Bits { get; }
                            public static W FromRead(R read) => new W(read.Bits);
                            [MethodImpl(MethodImplOptions.AggressiveInlining)]
                            public W Fsel42(Fsel42 value) => new W((Bits & ~(0x7u << 6)) | (((uint)value & 0x7u) << 6));
                            [MethodImpl(MethodImplOptions.AggressiveInlining)]
                            [FieldRange("FSEL40", 0x0, 0x7)]
                            public W Fsel40(uint bits) => bits <= 0x7u ? new W((Bits & ~0x7u) | bits) : throw Helpers.OutOfRange("FSEL40", bits, 0x0, 0x7);
                        }

                        public R Read() => new R(Mmio.Read32(_address));
                        public void Write(Func<W, W> f) => Write(f(W.Reset));
                        public void Write(W value) => Mmio.Write32(_address, value.Bits);
                        public void Write<TState>(TState state, Func<W, TState, W> f) => Write(f(W.Reset, state));
                        public void WriteWithZero(Func<W, W> f) => Write(f(W.Zero));
                        public void WriteWithZero<TState>(TState state, Func<W, TState, W> f) => Write(f(W.Zero, state));
                        public void Modify(Func<R, W, W> f) { R r = Read(); Write(f(r, W.FromRead(r))); }
                        public void Modify<TState>(TState state, Func<R, W, TState, W> f) { R r = Read(); Write(f(r, W.FromRead(r), state)); }
                        public void Reset() => Write(W.Reset);
                        // Atomic alias windows, modelled on plain memory as the bus would apply them.
                        public void Set(Func<W, W> f) => Set(f(W.Zero));
                        public void Set(W value) => Mmio.Write32(_address, Mmio.Read32(_address) | value.Bits);
                        public void Clear(Func<W, W> f) => Clear(f(W.Zero));
                        public void Clear(W value) => Mmio.Write32(_address, Mmio.Read32(_address) & ~value.Bits);
                        public void Toggle(Func<W, W> f) => Toggle(f(W.Zero));
                        public void Toggle(W value) => Mmio.Write32(_address, Mmio.Read32(_address) ^ value.Bits);
                    }
                }
            }
            """;
    }
}
