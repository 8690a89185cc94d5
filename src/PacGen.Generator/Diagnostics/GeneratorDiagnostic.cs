using PacGen.Svd.Model;

namespace PacGen.Generator.Diagnostics
{
    /// <summary>
    /// A PACGEN1xx diagnostic found while generating, kept as plain equatable data (no Roslyn Location) so that
    /// pipeline models stay cacheable; it becomes a Roslyn <c>Diagnostic</c> only when reported.
    /// </summary>
    /// <param name="Id">The id of a descriptor in <see cref="GeneratorDiagnosticDescriptors"/>.</param>
    /// <param name="Arguments">The message arguments, already rendered with invariant culture.</param>
    internal sealed record GeneratorDiagnostic(string Id, EquatableArray<string> Arguments, SourcePosition Position);
}
