using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PacGen.Generator.Tests.Behaviour
{
    /// <summary>
    /// Zeroed native memory a test owns and points a generated peripheral at, so register accesses land in
    /// memory the test can inspect (the simulation feature switch is off in this project: plain volatile access).
    /// </summary>
    internal sealed unsafe class OwnedMemory : IDisposable
    {
        private readonly byte* _memory;

        public OwnedMemory(int size = 0x1000)
        {
            _memory = (byte*)NativeMemory.AlignedAlloc((nuint)size, 64);
            new Span<byte>(_memory, size).Clear();
            Size = size;
        }

        public int Size { get; }

        public nuint Base => (nuint)_memory;

        public uint Read32(int offset) => Unsafe.ReadUnaligned<uint>(_memory + offset);

        public void Write32(int offset, uint value) => Unsafe.WriteUnaligned(_memory + offset, value);

        public byte Read8(int offset) => _memory[offset];

        public ushort Read16(int offset) => Unsafe.ReadUnaligned<ushort>(_memory + offset);

        public ulong Read64(int offset) => Unsafe.ReadUnaligned<ulong>(_memory + offset);

        public void Write64(int offset, ulong value) => Unsafe.WriteUnaligned(_memory + offset, value);

        public void Dispose() => NativeMemory.AlignedFree(_memory);
    }
}
