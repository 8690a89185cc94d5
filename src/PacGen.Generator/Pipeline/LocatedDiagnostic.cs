using PacGen.Svd.Diagnostics;
using PacGen.Svd.Model;

namespace PacGen.Generator.Pipeline
{
    /// <summary>
    /// A diagnostic ready to report against the SVD file: span and line/column already computed from the text,
    /// so reporting needs neither the text nor Roslyn objects in the cached models.
    /// </summary>
    /// <param name="Id">PACGEN0xx/3xx (front end) or PACGEN1xx; <paramref name="Arguments"/> are the message arguments of its descriptor.</param>
    internal sealed record LocatedDiagnostic(
        string Id,
        SvdSeverity Severity,
        EquatableArray<string> Arguments,
        string Path,
        int Start,
        int Length,
        int Line,
        int Column);
}
