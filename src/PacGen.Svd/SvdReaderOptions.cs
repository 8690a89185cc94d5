namespace PacGen.Svd
{
    /// <summary>Limits for reading an SVD.</summary>
    /// <param name="MaxBytes">Largest accepted document, in characters of text (and bytes of file); larger ones are reported, not read.</param>
    public sealed record SvdReaderOptions(long MaxBytes = 64 * 1024 * 1024)
    {
        public static readonly SvdReaderOptions Default = new SvdReaderOptions();
    }
}
