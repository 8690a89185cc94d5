namespace PacGen.Svd
{
    /// <summary>Limits for reading an SVD, and how its text was decoded.</summary>
    /// <param name="MaxBytes">Largest accepted document, in characters of text (and bytes of file); larger ones are reported, not read.</param>
    /// <param name="DecodedAs">
    /// The encoding the caller decoded the file with, when that was not UTF-8 (the compiler falls back to
    /// Windows-1252 for files that are not valid UTF-8); a file declaring UTF-8 then gets PACGEN036. Null: UTF-8.
    /// </param>
    public sealed record SvdReaderOptions(long MaxBytes = 64 * 1024 * 1024, string? DecodedAs = null)
    {
        public static readonly SvdReaderOptions Default = new SvdReaderOptions();
    }
}
