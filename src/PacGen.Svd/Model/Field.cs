namespace PacGen.Svd.Model
{
    /// <summary>A bit field of a register, with access and write/read semantics resolved (inherited from the register when absent).</summary>
    /// <param name="Name">Name, dim placeholder removed when <see cref="Dim"/> is set (see <see cref="RegisterNode"/>).</param>
    /// <param name="BitOffset">Lowest bit of the first element.</param>
    /// <param name="EnumeratedValues">Zero, one or two sets (at most one per usage; a read-write set stands alone).</param>
    /// <param name="Dim">Field array: element i sits at BitOffset + i * Dim.Increment.</param>
    public sealed record Field(
        string Name,
        string? Description,
        int BitOffset,
        int BitWidth,
        Access Access,
        ModifiedWriteValues ModifiedWriteValues,
        WriteConstraint? WriteConstraint,
        ReadAction ReadAction,
        EquatableArray<EnumeratedValues> EnumeratedValues,
        DimInfo? Dim,
        SourcePosition Position)
    {
        /// <summary>The mask of the (first element of the) field within the register.</summary>
        public ulong Mask => (BitWidth >= 64 ? ulong.MaxValue : ((1UL << BitWidth) - 1)) << BitOffset;
    }

    /// <summary>writeConstraint: at most one of the three forms is set.</summary>
    public sealed record WriteConstraint(bool WriteAsRead, bool UseEnumeratedValues, ulong? RangeMinimum, ulong? RangeMaximum);

    /// <summary>An enumeratedValues set, after derivedFrom is applied.</summary>
    /// <param name="Name">The set's name when given (used for sharing and derivedFrom).</param>
    public sealed record EnumeratedValues(
        string? Name,
        string? HeaderEnumName,
        EnumUsage Usage,
        EquatableArray<EnumeratedValue> Values,
        SourcePosition Position);

    /// <summary>One enumeratedValue.</summary>
    /// <param name="Value">The value (don't-care bits zero).</param>
    /// <param name="DontCareMask">Bits written as <c>x</c> in a binary value (<c>#1x0</c> → 0b010); 0 when every bit matters.</param>
    /// <param name="IsDefault">isDefault: stands for every value not listed; Value and DontCareMask are 0.</param>
    public sealed record EnumeratedValue(
        string Name,
        string? Description,
        ulong Value,
        ulong DontCareMask,
        bool IsDefault,
        SourcePosition Position);
}
