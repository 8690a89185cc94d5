using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using System.Threading;
using PacGen.Generator.Emit;
using PacGen.Generator.Pipeline;

namespace PacGen.Testing
{
    /// <summary>Runs the PacGen generator over SVD text in memory, as a build would, and compiles the result.</summary>
    public static class PacGenTestRunner
    {
        /// <summary>
        /// The parse options generated code is compiled with: latest language version, doc comments checked
        /// (as with GenerateDocumentationFile), so malformed XML from SVD descriptions is a warning.
        /// </summary>
        public static CSharpParseOptions ParseOptions { get; } = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);

        /// <summary>The compilation options: a library with nullable enabled and every warning reported.</summary>
        public static CSharpCompilationOptions CompilationOptions { get; } =
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true);

        /// <summary>A new instance of the generator (for custom <see cref="CSharpGeneratorDriver"/> setups).</summary>
        public static IIncrementalGenerator CreateGenerator() => new PacGenGenerator();

        /// <summary>
        /// The generator's sources and diagnostics for one SVD without a <see cref="GeneratorDriver"/> or a
        /// <see cref="Compilation"/>: the functions the generator's pipeline steps call (read, parse, emit), called in
        /// sequence. Same output as <see cref="Run"/> with <c>compile: false</c> (a test holds them equal) for a
        /// fraction of the start-up cost, which is what a command-line tool pays on every run.
        /// </summary>
        /// <param name="svdText">The SVD document.</param>
        /// <param name="fileName">The SVD's path (diagnostics are located in it).</param>
        /// <param name="namespace">The <c>Namespace</c> item metadata; null lets the device name decide.</param>
        /// <param name="nameStyle"><c>CSharp</c> (default) or <c>Svd</c>.</param>
        /// <param name="parallel">Emit peripheral types on several threads: same output, less wall time on big SVDs.</param>
        /// <param name="atomicAliases">The <c>AtomicAliases</c> item metadata (<c>xor:0x1000;set:0x2000;clear:0x3000</c>), or null.</param>
        public static PacGenRunResult Generate(
            string svdText, string fileName = "device.svd", string? @namespace = null, string nameStyle = "CSharp", bool parallel = false,
            string? atomicAliases = null)
        {
            if (svdText is null)
            {
                throw new ArgumentNullException(nameof(svdText));
            }

            SvdFile file = SvdFile.FromMetadata(fileName, @namespace, nameStyle, svdText, atomicAliases);
            GeneratedDevice device = GeneratedDevice.Create(ParsedSvd.Create(file, CancellationToken.None), parallel);
            var sources = new List<KeyValuePair<string, string>>(device.Sources.Count);
            foreach (GeneratedSource source in device.Sources)
            {
                sources.Add(new KeyValuePair<string, string>(HintNameOf(source.HintName), source.Text));
            }

            sources.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
            ImmutableArray<Diagnostic>.Builder diagnostics = ImmutableArray.CreateBuilder<Diagnostic>(device.Diagnostics.Count);
            foreach (LocatedDiagnostic diagnostic in device.Diagnostics)
            {
                diagnostics.Add(DiagnosticReporter.ToDiagnostic(diagnostic));
            }

            return new PacGenRunResult(sources, diagnostics.MoveToImmutable(), ImmutableArray<Diagnostic>.Empty, string.Empty);
        }

        /// <summary>The hint name as <c>AddSource</c> records it: ".cs" is appended when missing.</summary>
        private static string HintNameOf(string hintName) =>
            hintName.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) ? hintName : hintName + ".cs";

        /// <param name="svdText">The SVD document.</param>
        /// <param name="fileName">The AdditionalFile path (diagnostics are located in it).</param>
        /// <param name="namespace">The <c>Namespace</c> item metadata; null lets the device name decide.</param>
        /// <param name="nameStyle"><c>CSharp</c> (default) or <c>Svd</c>.</param>
        /// <param name="compile">
        /// False skips compiling the generated code (large SVDs take seconds to compile): then
        /// <see cref="PacGenRunResult.CompilationDiagnostics"/> is empty and <see cref="PacGenRunResult.PublicApiListing"/> is "".
        /// </param>
        public static PacGenRunResult Run(string svdText, string fileName = "device.svd", string? @namespace = null, string nameStyle = "CSharp", bool compile = true)
        {
            if (svdText is null)
            {
                throw new ArgumentNullException(nameof(svdText));
            }

            var file = new InMemoryAdditionalText(fileName, svdText);
            var options = new ItemMetadataOptionsProvider().With(fileName, "Namespace", @namespace).With(fileName, "NameStyle", nameStyle);
            CSharpCompilation compilation = CSharpCompilation.Create(
                "PacGen.Generated", Array.Empty<SyntaxTree>(), CompilationReferences.All, CompilationOptions);
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new[] { CreateGenerator().AsSourceGenerator() },
                additionalTexts: new AdditionalText[] { file },
                parseOptions: ParseOptions,
                optionsProvider: options);
            driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> _);
            GeneratorDriverRunResult run = driver.GetRunResult();

            var sources = new List<KeyValuePair<string, string>>();
            foreach (GeneratorRunResult result in run.Results)
            {
                foreach (GeneratedSourceResult source in result.GeneratedSources)
                {
                    sources.Add(new KeyValuePair<string, string>(source.HintName, source.SourceText.ToString()));
                }
            }

            sources.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
            if (!compile)
            {
                return new PacGenRunResult(sources, run.Diagnostics, ImmutableArray<Diagnostic>.Empty, string.Empty);
            }

            ImmutableArray<Diagnostic> compileDiagnostics = output.GetDiagnostics().RemoveAll(d => d.Severity < DiagnosticSeverity.Warning);
            return new PacGenRunResult(sources, run.Diagnostics, compileDiagnostics, PublicApiLister.List(output));
        }
    }
}
