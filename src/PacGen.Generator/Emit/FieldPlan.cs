using PacGen.Svd.Model;

namespace PacGen.Generator.Emit
{
    /// <summary>One field element as the register emitter writes it: a name chosen, bits placed, enums resolved.</summary>
    internal sealed class FieldPlan
    {
        public FieldPlan(Field field, string svdName, string identifier, int offset, bool readable, bool writable)
        {
            Field = field;
            SvdName = svdName;
            Identifier = identifier;
            Offset = offset;
            Readable = readable;
            Writable = writable;
        }

        public Field Field { get; }

        /// <summary>The element's SVD name (<c>FSEL42</c>), used in ToString and messages.</summary>
        public string SvdName { get; }

        public string Identifier { get; }

        /// <summary>Lowest bit of this element in the register.</summary>
        public int Offset { get; }

        public int Width => Field.BitWidth;

        public bool Readable { get; }

        public bool Writable { get; }

        public EnumType? ReadEnum { get; set; }

        public EnumType? WriteEnum { get; set; }

        /// <summary>Names of the extra members (set once the field's own name is claimed).</summary>
        public FieldMemberNames? Names { get; set; }

        /// <summary>The field's value mask before shifting (<c>0x7</c> for 3 bits).</summary>
        public ulong WidthMask => Width >= 64 ? ulong.MaxValue : (1UL << Width) - 1;

        /// <summary>The field's mask in place.</summary>
        public ulong Mask => WidthMask << Offset;

        /// <summary>1-bit fields without an enum read and write as bool.</summary>
        public bool IsBool => Width == 1 && ReadEnum is null && WriteEnum is null;
    }
}
