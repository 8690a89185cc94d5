using System;
using System.Runtime.CompilerServices;

namespace PacGen.Runtime
{
    /// <summary>
    /// The elements of a field array in one register value (<c>FSEL[10]</c>, <c>LEV[32]</c>), indexable and
    /// enumerable with <c>foreach</c> without allocating: what svd2rust's <c>*_iter()</c> gives Rust users.
    /// </summary>
    /// <typeparam name="T">
    /// The element type the register's indexed reader returns: <see cref="bool"/> for one-bit fields, the field's enum,
    /// or the register's unsigned bits type. The value is a snapshot: it never reads the register again.
    /// </typeparam>
    /// <remarks>
    /// One generic type in the runtime instead of one per register keeps generated code small; the element conversion
    /// branches on <typeparamref name="T"/> only, which the JIT removes per instantiation.
    /// </remarks>
    public readonly struct FieldArrayValues<T>
        where T : unmanaged
    {
        private readonly ulong _bits;
        private readonly int _firstOffset;
        private readonly int _increment;
        private readonly ulong _widthMask;

        /// <summary>Describes the field array of a register value; called by generated code.</summary>
        /// <param name="bits">The register value.</param>
        /// <param name="length">The number of elements.</param>
        /// <param name="firstOffset">The bit offset of element 0.</param>
        /// <param name="increment">The bit distance between consecutive elements.</param>
        /// <param name="widthMask">The mask of one element, unshifted (<c>0x7</c> for a 3-bit field).</param>
        public FieldArrayValues(ulong bits, int length, int firstOffset, int increment, ulong widthMask)
        {
            _bits = bits;
            Length = length;
            _firstOffset = firstOffset;
            _increment = increment;
            _widthMask = widthMask;
        }

        /// <summary>The number of elements.</summary>
        public int Length { get; }

        /// <summary>Element <paramref name="index"/> (0-based).</summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not below <see cref="Length"/>.</exception>
        public T this[int index] => (uint)index < (uint)Length
            ? Convert((_bits >> (_firstOffset + (index * _increment))) & _widthMask)
            : throw GeneratedCodeSupport.IndexOutOfRange(index, Length);

        /// <summary>Enumerates the elements in index order.</summary>
        public Enumerator GetEnumerator() => new Enumerator(this);

        private static T Convert(ulong raw)
        {
            if (typeof(T) == typeof(bool))
            {
                bool value = raw != 0;
                return Unsafe.As<bool, T>(ref value);
            }

            // Narrowed to T's own size first, so the result is right on either byte order.
            switch (Unsafe.SizeOf<T>())
            {
                case 1:
                    byte b = (byte)raw;
                    return Unsafe.As<byte, T>(ref b);
                case 2:
                    ushort s = (ushort)raw;
                    return Unsafe.As<ushort, T>(ref s);
                case 4:
                    uint i = (uint)raw;
                    return Unsafe.As<uint, T>(ref i);
                case 8:
                    return Unsafe.As<ulong, T>(ref raw);
                default:
                    throw new NotSupportedException("A field array element must be bool, an enum or an unsigned integer of 1, 2, 4 or 8 bytes.");
            }
        }

        /// <summary>The enumerator <c>foreach</c> uses: a struct, so iterating allocates nothing.</summary>
        public struct Enumerator
        {
            private readonly FieldArrayValues<T> _values;
            private int _index;

            internal Enumerator(FieldArrayValues<T> values)
            {
                _values = values;
                _index = -1;
            }

            /// <summary>The current element.</summary>
            public T Current => _values[_index];

            /// <summary>Advances to the next element; false after the last.</summary>
            public bool MoveNext() => ++_index < _values.Length;
        }
    }
}
