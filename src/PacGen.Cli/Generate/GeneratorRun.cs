using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using PacGen.Testing;

namespace PacGen.Cli.Generate
{
    /// <summary>The generator's output for one SVD: the files a build would add, and what it reported.</summary>
    internal sealed record GeneratorRun(IReadOnlyList<KeyValuePair<string, string>> Sources, ImmutableArray<Diagnostic> Diagnostics)
    {
        public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

        /// <summary>
        /// Runs the PacGen generator's pipeline over <paramref name="svdText"/> as MSBuild would for
        /// <c>&lt;PacGenSvd Include="<paramref name="svdPath"/>" Namespace=… NameStyle=… /&gt;</c>. The pipeline's
        /// functions are called directly (no GeneratorDriver, no Compilation, no reference assemblies to load), which
        /// is most of what makes <c>pacgen generate</c> quick, and peripheral types are emitted in parallel; the output
        /// is the same.
        /// </summary>
        public static GeneratorRun Execute(string svdPath, string svdText, string? @namespace, string nameStyle)
        {
            PacGenRunResult run = PacGenTestRunner.Generate(svdText, svdPath, @namespace, nameStyle, parallel: true);
            return new GeneratorRun(run.Sources, run.GeneratorDiagnostics);
        }
    }
}
