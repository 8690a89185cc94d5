namespace PacGen.Svd.Model
{
    /// <summary>A register or a cluster: the children of peripherals and clusters.</summary>
    /// <param name="Name">
    /// The name with the dim placeholder removed when <see cref="Dim"/> is set (<c>GPFSEL[%s]</c> → <c>GPFSEL</c>,
    /// <c>DATA%s_REG</c> → <c>DATA_REG</c>); the name verbatim otherwise.
    /// </param>
    /// <param name="AddressOffset">Offset of the first element relative to the parent (peripheral or cluster).</param>
    /// <param name="Dim">The dim description when this node stands for several elements; null for a single node.</param>
    public abstract record RegisterNode(
        string Name,
        string? Description,
        ulong AddressOffset,
        DimInfo? Dim,
        SourcePosition Position);

    /// <summary>A register with every inherited property resolved.</summary>
    /// <param name="Size">Width in bits (8, 16, 32 or 64).</param>
    /// <param name="Fields">Fields ordered by bit offset; dim field arrays not expanded.</param>
    public sealed record Register(
        string Name,
        string? DisplayName,
        string? Description,
        ulong AddressOffset,
        int Size,
        Access Access,
        Protection Protection,
        ulong ResetValue,
        ulong ResetMask,
        string? DataType,
        ModifiedWriteValues ModifiedWriteValues,
        WriteConstraint? WriteConstraint,
        ReadAction ReadAction,
        string? AlternateGroup,
        string? AlternateRegister,
        EquatableArray<Field> Fields,
        DimInfo? Dim,
        SourcePosition Position)
        : RegisterNode(Name, Description, AddressOffset, Dim, Position);

    /// <summary>A cluster of registers (and nested clusters).</summary>
    public sealed record Cluster(
        string Name,
        string? Description,
        string? AlternateCluster,
        string? HeaderStructName,
        ulong AddressOffset,
        EquatableArray<RegisterNode> Children,
        DimInfo? Dim,
        SourcePosition Position)
        : RegisterNode(Name, Description, AddressOffset, Dim, Position);
}
