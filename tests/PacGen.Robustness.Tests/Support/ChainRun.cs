using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PacGen.Svd;
using PacGen.Testing;

namespace PacGen.Robustness.Tests.Support
{
    /// <summary>
    /// One SVD text through the full chain a build runs: the generator (reader → resolve → emit) as an incremental
    /// generator, then a compile of what it produced against PacGen.Runtime. Also reads the text with
    /// <see cref="SvdReader"/> directly, because only the front end's positions tell "line 1, column 1" from
    /// "no position" (both become 0:0 in a Roslyn location).
    /// </summary>
    internal sealed class ChainRun
    {
        private ChainRun(
            string path,
            int textLength,
            IReadOnlyList<GeneratedFile> sources,
            ImmutableArray<Diagnostic> generatorDiagnostics,
            ImmutableArray<Diagnostic> compileErrors,
            SvdReadResult reader,
            TimeSpan elapsed,
            TimeSpan compileElapsed,
            long allocatedBytes)
        {
            CompileElapsed = compileElapsed;
            Path = path;
            TextLength = textLength;
            Sources = sources;
            GeneratorDiagnostics = generatorDiagnostics;
            CompileErrors = compileErrors;
            Reader = reader;
            Elapsed = elapsed;
            AllocatedBytes = allocatedBytes;
        }

        /// <summary>The AdditionalFile path the SVD was given.</summary>
        public string Path { get; }

        public int TextLength { get; }

        public IReadOnlyList<GeneratedFile> Sources { get; }

        /// <summary>Everything the generator reported (PACGEN0xx front end, PACGEN1xx generator, CS8785 if it threw).</summary>
        public ImmutableArray<Diagnostic> GeneratorDiagnostics { get; }

        /// <summary>Errors from compiling the generated code (warnings are not part of the invariant).</summary>
        public ImmutableArray<Diagnostic> CompileErrors { get; }

        /// <summary>The front end's own result for the same text (positions with 1-based line and column).</summary>
        public SvdReadResult Reader { get; }

        /// <summary>Wall time of PacGen's part: the generator run (read, resolve, emit) and the reader pass.</summary>
        public TimeSpan Elapsed { get; }

        /// <summary>Wall time of compiling the generated code: the compiler's time, bounded separately.</summary>
        public TimeSpan CompileElapsed { get; }

        /// <summary>Characters of C# generated.</summary>
        public long GeneratedLength
        {
            get
            {
                long total = 0;
                foreach (GeneratedFile source in Sources)
                {
                    total += source.Length;
                }

                return total;
            }
        }

        /// <summary>Bytes allocated by this thread during the chain (the runner is single-threaded for this).</summary>
        public long AllocatedBytes { get; }

        /// <param name="compile">False stops after generation (inputs too large to compile in a test's budget).</param>
        public static ChainRun Run(string svdText, string path = "hostile.svd", bool compile = true, string nameStyle = "CSharp")
        {
            long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var timer = Stopwatch.StartNew();
            var file = new InMemoryAdditionalText(path, svdText);
            var options = new ItemMetadataOptionsProvider().With(path, "Namespace", "Hostile").With(path, "NameStyle", nameStyle);
            // Single-threaded compile: fuzz runs parallelize over mutants, and allocation counts stay per thread.
            CSharpCompilation compilation = CSharpCompilation.Create(
                "PacGen.Robustness", Array.Empty<SyntaxTree>(), CompilationReferences.All,
                PacGenTestRunner.CompilationOptions.WithConcurrentBuild(false));
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new[] { PacGenTestRunner.CreateGenerator().AsSourceGenerator() },
                additionalTexts: new AdditionalText[] { file },
                parseOptions: PacGenTestRunner.ParseOptions,
                optionsProvider: options);
            driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> _);
            GeneratorDriverRunResult run = driver.GetRunResult();

            var sources = new List<GeneratedFile>();
            foreach (GeneratorRunResult result in run.Results)
            {
                foreach (GeneratedSourceResult source in result.GeneratedSources)
                {
                    sources.Add(new GeneratedFile(source.HintName, source.SourceText.Length));
                }
            }

            TimeSpan generated = timer.Elapsed;
            ImmutableArray<Diagnostic> compileErrors = compile
                ? output.GetDiagnostics().RemoveAll(d => d.Severity != DiagnosticSeverity.Error)
                : ImmutableArray<Diagnostic>.Empty;
            TimeSpan compiled = timer.Elapsed - generated;
            SvdReadResult reader = SvdReader.Read(svdText);
            timer.Stop();
            return new ChainRun(
                path,
                svdText.Length,
                sources,
                run.Diagnostics,
                compileErrors,
                reader,
                timer.Elapsed - compiled,
                compiled,
                GC.GetAllocatedBytesForCurrentThread() - allocatedBefore);
        }

        /// <summary>A compact account of the run for failure messages and fuzz logs.</summary>
        public string Describe()
        {
            var text = new System.Text.StringBuilder();
            text.Append(Path).Append(": ").Append(TextLength).Append(" chars, ").Append(Sources.Count).Append(" files generated, ")
                .Append(GeneratorDiagnostics.Length).Append(" generator diagnostics, ").Append(CompileErrors.Length).Append(" compile errors, ")
                .Append(Elapsed.TotalMilliseconds.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)).Append(" ms + compile ")
                .Append(CompileElapsed.TotalMilliseconds.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)).Append(" ms\n");
            foreach (GeneratedFile source in Sources)
            {
                text.Append("  generated ").Append(source.HintName).Append(": ").Append(source.Length).Append(" chars\n");
            }

            int shown = 0;
            foreach (Diagnostic diagnostic in GeneratorDiagnostics)
            {
                if (diagnostic.Severity == DiagnosticSeverity.Error && shown++ < 10)
                {
                    text.Append("  ").Append(diagnostic.ToString()).Append('\n');
                }
            }

            for (int i = 0; i < CompileErrors.Length && i < 10; i++)
            {
                Diagnostic error = CompileErrors[i];
                text.Append("  compile: ").Append(error.ToString()).Append('\n');
                if (error.Location.SourceTree is SyntaxTree tree)
                {
                    // The offending generated line, so a failure message shows what the emitter wrote.
                    int line = error.Location.GetLineSpan().StartLinePosition.Line;
                    text.Append("    | ").Append(tree.GetText().Lines[line].ToString().Trim()).Append('\n');
                }
            }

            return text.ToString();
        }
    }

    /// <summary>A generated file's hint name and size (the text itself is not kept: fuzz runs make thousands).</summary>
    internal sealed record GeneratedFile(string HintName, int Length);
}
