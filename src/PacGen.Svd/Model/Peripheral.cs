namespace PacGen.Svd.Model
{
    /// <summary>
    /// A resolved peripheral instance at an absolute base address.
    /// </summary>
    /// <param name="Name">Instance name (after peripheral dim expansion, e.g. <c>USART2</c>).</param>
    /// <param name="DerivedFrom">The peripheral named in derivedFrom (direct source), or null.</param>
    /// <param name="TypeName">
    /// The name of the peripheral whose register layout this instance shares: its own name when it defines
    /// registers itself, otherwise (derived without additions, or a dim array element) the source's TypeName.
    /// Instances with equal TypeName have equal <see cref="Children"/>, so the emitter generates one type for them.
    /// </param>
    /// <param name="Children">Registers and clusters, offsets relative to <see cref="BaseAddress"/>; dim elements not expanded.</param>
    public sealed record Peripheral(
        string Name,
        string? Version,
        string? Description,
        string? GroupName,
        string? PrependToName,
        string? AppendToName,
        string? HeaderStructName,
        string? AlternatePeripheral,
        ulong BaseAddress,
        string? DerivedFrom,
        string TypeName,
        EquatableArray<AddressBlock> AddressBlocks,
        EquatableArray<Interrupt> Interrupts,
        EquatableArray<RegisterNode> Children,
        SourcePosition Position);

    /// <summary>An addressBlock, offset relative to the peripheral base.</summary>
    public sealed record AddressBlock(ulong Offset, ulong Size, string Usage, Protection Protection);
}
