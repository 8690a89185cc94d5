namespace PacGen.Svd.Model
{
    /// <summary>
    /// The dim group of a peripheral, cluster, register or field.
    /// </summary>
    /// <param name="Count">dim: number of elements.</param>
    /// <param name="Increment">dimIncrement: address units between elements (bits for fields).</param>
    /// <param name="Indices">dimIndex expanded (list <c>A,B,C</c> or range <c>0-7</c>); <c>0..Count-1</c> when absent.</param>
    /// <param name="NamePattern">The name as written, with its placeholder (<c>GPFSEL[%s]</c>, <c>DATA%s_REG</c>).</param>
    /// <param name="IsArray">True for the <c>[%s]</c> form (an array); false for <c>%s</c> (a list of distinct names).</param>
    public sealed record DimInfo(
        int Count,
        ulong Increment,
        EquatableArray<string> Indices,
        string NamePattern,
        bool IsArray,
        string? DimName)
    {
        /// <summary>The element's own name: <c>GPFSEL0</c> for <c>GPFSEL[%s]</c>, <c>DATA3_REG</c> for <c>DATA%s_REG</c>.</summary>
        public string ElementName(int index) =>
            NamePattern.Replace("[%s]", Indices[index]).Replace("%s", Indices[index]);
    }
}
