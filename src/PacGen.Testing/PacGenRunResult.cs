using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PacGen.Testing
{
    /// <summary>What the generator produced for one SVD text.</summary>
    public sealed class PacGenRunResult
    {
        internal PacGenRunResult(
            IReadOnlyList<KeyValuePair<string, string>> sources,
            ImmutableArray<Diagnostic> generatorDiagnostics,
            ImmutableArray<Diagnostic> compilationDiagnostics,
            string publicApiListing)
        {
            Sources = sources;
            GeneratorDiagnostics = generatorDiagnostics;
            CompilationDiagnostics = compilationDiagnostics;
            PublicApiListing = publicApiListing;
        }

        /// <summary>Generated files, hint name → text, ordered by hint name (ordinal).</summary>
        public IReadOnlyList<KeyValuePair<string, string>> Sources { get; }

        /// <summary>Diagnostics the generator reported (SVD front end PACGEN0xx and generator PACGEN1xx), located in the SVD file.</summary>
        public ImmutableArray<Diagnostic> GeneratorDiagnostics { get; }

        /// <summary>Errors and warnings from compiling the generated code (nullable enabled); empty when it compiles cleanly.</summary>
        public ImmutableArray<Diagnostic> CompilationDiagnostics { get; }

        /// <summary>
        /// A stable, sorted text listing of the public types and members of the generated code, one per line:
        /// what a user can call. Snapshot it to notice API changes.
        /// </summary>
        public string PublicApiListing { get; }

        /// <summary>The text of the generated file with this hint name.</summary>
        public string Source(string hintName)
        {
            foreach (KeyValuePair<string, string> source in Sources)
            {
                if (source.Key == hintName)
                {
                    return source.Value;
                }
            }

            throw new KeyNotFoundException("No generated file named '" + hintName + "'.");
        }
    }
}
