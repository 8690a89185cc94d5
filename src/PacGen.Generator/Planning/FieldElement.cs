using PacGen.Svd.Model;

namespace PacGen.Generator.Planning
{
    /// <summary>
    /// The register planner's working view of one field element while it names members (bits placed, enums
    /// resolved); it becomes a <see cref="FieldPlan"/> and never leaves the planner.
    /// </summary>
    internal sealed class FieldElement
    {
        public FieldElement(Field field, string svdName, string identifier, int offset, bool readable, bool writable, EnumType? readEnum, EnumType? writeEnum)
        {
            Field = field;
            SvdName = svdName;
            Identifier = identifier;
            Offset = offset;
            Readable = readable;
            Writable = writable;
            ReadEnum = readEnum;
            WriteEnum = writeEnum;
        }

        public Field Field { get; }

        /// <summary>The element's SVD name (<c>FSEL42</c>).</summary>
        public string SvdName { get; }

        public string Identifier { get; }

        /// <summary>Lowest bit of this element in the register.</summary>
        public int Offset { get; }

        public int Width => Field.BitWidth;

        public bool Readable { get; }

        public bool Writable { get; }

        public EnumType? ReadEnum { get; }

        public EnumType? WriteEnum { get; }

        /// <summary>The field's value mask before shifting (<c>0x7</c> for 3 bits).</summary>
        public ulong WidthMask => Width >= 64 ? ulong.MaxValue : (1UL << Width) - 1;

        /// <summary>The field's mask in place.</summary>
        public ulong Mask => WidthMask << Offset;

        /// <summary>1-bit fields without an enum read and write as bool.</summary>
        public bool IsBool => Width == 1 && ReadEnum is null && WriteEnum is null;
    }
}
