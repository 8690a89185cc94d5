namespace PacGen.Generator.Naming
{
    /// <summary>How SVD names become C# identifiers (the <c>NameStyle</c> item metadata).</summary>
    public enum NameStyle
    {
        /// <summary>PascalCase: <c>GPFSEL4</c> → <c>Gpfsel4</c>, <c>SD1_DAT4</c> → <c>Sd1Dat4</c> (the default).</summary>
        CSharp,

        /// <summary>The SVD names verbatim; only characters C# cannot take are replaced.</summary>
        Svd,
    }
}
