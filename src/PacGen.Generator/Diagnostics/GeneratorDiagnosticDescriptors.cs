using Microsoft.CodeAnalysis;
using PacGen.Svd.Model;

namespace PacGen.Generator.Diagnostics
{
    /// <summary>The generator's own diagnostics (PACGEN1xx): one table, ids stable, tracked in AnalyzerReleases.</summary>
    internal static class GeneratorDiagnosticDescriptors
    {
        public const string Category = "PacGen.Generator";

        public static readonly DiagnosticDescriptor InternalError = new DiagnosticDescriptor(
            "PACGEN100",
            "PacGen failed to generate code for an SVD file",
            "PacGen could not generate code for '{0}' (stage {1}): {2}. This is a bug in PacGen; please report it with the SVD file.",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor IdentifierSanitized = new DiagnosticDescriptor(
            "PACGEN101",
            "SVD name changed to a valid, unique C# identifier",
            "The SVD name '{0}' ({1}) cannot be used as is; the generated identifier is '{2}'",
            Category,
            // Info: renaming is what the generator is for ('7BIT' → '_7bit'), nothing a user can act on in every build;
            // the list stays in the build log (detailed verbosity), the IDE and `pacgen check`.
            DiagnosticSeverity.Info,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor ElementSkipped = new DiagnosticDescriptor(
            "PACGEN102",
            "SVD element skipped",
            "'{0}' is not generated: {1}",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor DuplicateOutput = new DiagnosticDescriptor(
            "PACGEN103",
            "Two SVD files generate the same namespace",
            "'{0}' generates namespace '{1}', which another SVD file already generates; give one of them a different Namespace metadata",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor InvalidNamespace = new DiagnosticDescriptor(
            "PACGEN104",
            "Invalid Namespace metadata",
            "The Namespace metadata '{0}' is not a valid C# namespace; using '{1}'",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor InvalidNameStyle = new DiagnosticDescriptor(
            "PACGEN105",
            "Unknown NameStyle metadata",
            "The NameStyle metadata '{0}' is not one of 'CSharp', 'Svd'; using 'CSharp'",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor InvalidAtomicAliases = new DiagnosticDescriptor(
            "PACGEN106",
            "Invalid AtomicAliases metadata",
            "The AtomicAliases metadata '{0}' is not valid: {1}; no atomic alias methods are generated",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true);

        /// <summary>Looks up a PACGEN1xx descriptor by id (the table above is the only source of them).</summary>
        public static DiagnosticDescriptor? Find(string id)
        {
            foreach (DiagnosticDescriptor descriptor in All)
            {
                if (descriptor.Id == id)
                {
                    return descriptor;
                }
            }

            return null;
        }

        public static readonly DiagnosticDescriptor[] All =
        {
            InternalError, IdentifierSanitized, ElementSkipped, DuplicateOutput, InvalidNamespace, InvalidNameStyle, InvalidAtomicAliases,
        };

        /// <summary>An equatable record of a diagnostic to report later against the SVD file.</summary>
        public static GeneratorDiagnostic Create(DiagnosticDescriptor descriptor, SourcePosition position, params string[] args) =>
            new GeneratorDiagnostic(descriptor.Id, new EquatableArray<string>(args), position);
    }
}
