using System.Collections.Generic;

namespace PacGen.Svd.Diagnostics
{
    /// <summary>
    /// The patch stage's diagnostic table (svdtools-format YAML, src/PacGen.Svd/Patching). Ids are stable
    /// (docs/diagnostics.md): never renumber, only append. PACGEN300..399 belong to patching. Every one is located
    /// in a YAML file (<see cref="SvdDiagnostic.File"/>).
    /// </summary>
    public static class PatchDiagnosticDescriptors
    {
        private const string Yaml = "PacGen.Patch.Yaml";
        private const string Apply = "PacGen.Patch.Apply";

        public static readonly SvdDiagnosticDescriptor InvalidYaml = new SvdDiagnosticDescriptor(
            "PACGEN300", "Invalid YAML", "The patch is not valid YAML: {0}", SvdSeverity.Error, Yaml);

        public static readonly SvdDiagnosticDescriptor UnknownKey = new SvdDiagnosticDescriptor(
            "PACGEN301", "Unknown patch key", "Unknown key '{0}' at {1} level; it is ignored", SvdSeverity.Error, Yaml);

        public static readonly SvdDiagnosticDescriptor IncludeNotFound = new SvdDiagnosticDescriptor(
            "PACGEN302", "Included file not found", "Cannot read '{0}' (resolved to '{1}'): {2}", SvdSeverity.Error, Yaml);

        public static readonly SvdDiagnosticDescriptor IncludeCycle = new SvdDiagnosticDescriptor(
            "PACGEN303", "File includes itself", "'{0}' includes itself (through {1}); the include is skipped", SvdSeverity.Error, Yaml);

        public static readonly SvdDiagnosticDescriptor NoMatch = new SvdDiagnosticDescriptor(
            "PACGEN304", "Pattern matches nothing", "'{0}' matches no {1} in {2}", SvdSeverity.Warning, Apply);

        public static readonly SvdDiagnosticDescriptor InvalidModification = new SvdDiagnosticDescriptor(
            "PACGEN305", "Patch cannot be applied", "{0}", SvdSeverity.Error, Apply);

        public static readonly SvdDiagnosticDescriptor InvalidPatchValue = new SvdDiagnosticDescriptor(
            "PACGEN306", "Invalid patch value", "'{0}' expects {1}", SvdSeverity.Error, Yaml);

        public static readonly SvdDiagnosticDescriptor MissingSvd = new SvdDiagnosticDescriptor(
            "PACGEN307", "No SVD for the patch", "{0}", SvdSeverity.Error, Yaml);

        /// <summary>Every descriptor, ordered by id.</summary>
        public static IReadOnlyList<SvdDiagnosticDescriptor> All { get; } = new[]
        {
            InvalidYaml, UnknownKey, IncludeNotFound, IncludeCycle, NoMatch, InvalidModification, InvalidPatchValue, MissingSvd,
        };
    }
}
