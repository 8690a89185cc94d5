using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PacGen.Svd;
using PacGen.Testing;
using PacGen.TestSupport;
using PacGen.TestSupport.Completeness;
using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace PacGen.Generator.Tests
{
    /// <summary>
    /// The code generated for every shipped SVD and every corpus SVD compiles with zero errors and zero warnings
    /// (nullable enabled) against PacGen.Runtime and the running runtime's framework assemblies, in process (one
    /// Roslyn compilation per file, no <c>dotnet build</c>), and nothing of the SVD is lost on the way: every register
    /// and field element is in the model or reported (<see cref="CompletenessCheck"/>). The totals go to the CI log.
    /// </summary>
    public sealed class CompileTests : IClassFixture<CompileTests.CiLog>
    {
        private readonly ITestOutputHelper _output;
        private readonly CiLog _log;

        public CompileTests(ITestOutputHelper output, CiLog log)
        {
            _output = output;
            _log = log;
        }

        /// <summary>
        /// Lines for the CI log: a passing test's output is hidden by <c>dotnet test</c>, xUnit diagnostic messages
        /// (enabled in xunit.runner.json) are printed at the default verbosity.
        /// </summary>
        public sealed class CiLog
        {
            private readonly IMessageSink _sink;

            public CiLog(IMessageSink sink) => _sink = sink;

            public void Write(string line) => _sink.OnMessage(new DiagnosticMessage(line));
        }

        [Fact]
        public void Shipped_svds_compile_without_errors_or_warnings() =>
            CompileAll(Directory.GetFiles(RepoPaths.SvdFolder, "*.svd"));

        [CorpusFact]
        public void Corpus_svds_compile_without_errors_or_warnings() =>
            CompileAll(Directory.GetFiles(RepoPaths.Corpus, "*.svd", SearchOption.AllDirectories));

        private void CompileAll(string[] files)
        {
            Array.Sort(files, StringComparer.Ordinal);
            var results = new ConcurrentBag<FileResult>();
            var total = Stopwatch.StartNew();
            // Files in parallel, each compilation single-threaded: the machine's cores stay busy without oversubscription.
            Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, file => results.Add(Compile(file)));
            total.Stop();

            List<FileResult> ordered = results.OrderBy(r => r.Path, StringComparer.Ordinal).ToList();
            foreach (FileResult result in ordered)
            {
                _output.WriteLine(
                    "{0}: {1} files, {2:F1} MB generated in {3} ms, compiled in {4} ms, {5} problems",
                    Path.GetFileName(result.Path), result.SourceCount, result.GeneratedBytes / 1048576.0, result.GenerateMilliseconds,
                    result.CompileMilliseconds, result.Problems.Count);
            }

            string totals = string.Format(
                System.Globalization.CultureInfo.InvariantCulture,
                "compile: {0} SVD files, {1:F1} MB of C#, {2} errors, {3} warnings, {4:F1} s; completeness: {5} registers = {6} in the model + {7} reported, {8} fields = {9} + {10}, {11} unexplained",
                ordered.Count, ordered.Sum(r => r.GeneratedBytes) / 1048576.0, ordered.Sum(r => r.Errors), ordered.Sum(r => r.Warnings), total.Elapsed.TotalSeconds,
                ordered.Sum(r => r.Completeness.XmlRegisters), ordered.Sum(r => r.Completeness.ModelRegisters), ordered.Sum(r => r.Completeness.ExplainedRegisters),
                ordered.Sum(r => r.Completeness.XmlFields), ordered.Sum(r => r.Completeness.ModelFields), ordered.Sum(r => r.Completeness.ExplainedFields),
                ordered.Sum(r => r.Completeness.Unexplained.Count));
            _output.WriteLine(totals);
            _log.Write(totals);
            List<string> problems = ordered.SelectMany(r => r.Problems.Concat(r.Completeness.Unexplained).Select(p => Path.GetFileName(r.Path) + ": " + p)).ToList();
            Assert.True(problems.Count == 0, string.Join("\n", problems.Take(50)));
            Assert.All(ordered, r => Assert.True(r.SourceCount > 0, r.Path + " generated nothing"));
        }

        private static FileResult Compile(string path)
        {
            var timer = Stopwatch.StartNew();
            string text = File.ReadAllText(path);
            var file = new InMemoryAdditionalText(path, text);
            CSharpCompilation compilation = CSharpCompilation.Create(
                Path.GetFileNameWithoutExtension(path), Array.Empty<SyntaxTree>(), CompilationReferences.All,
                PacGenTestRunner.CompilationOptions.WithConcurrentBuild(false));
            GeneratorDriver driver = GeneratorHarness.CreateDriver(new AdditionalText[] { file })
                .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> _);
            GeneratorDriverRunResult run = driver.GetRunResult();
            long generated = timer.ElapsedMilliseconds;
            timer.Restart();

            var problems = new List<string>();
            // SVD errors (PACGEN0xx) are the file's own problems, reported and survived; a generator failure is not.
            problems.AddRange(run.Diagnostics.Where(d => d.Id == "PACGEN100" || d.Id.StartsWith("CS", StringComparison.Ordinal)).Select(d => d.ToString()));
            List<Diagnostic> compiled = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
            problems.AddRange(compiled.Take(20).Select(d => d.ToString()));
            long compileMilliseconds = timer.ElapsedMilliseconds;
            return new FileResult(
                path,
                run.GeneratedTrees.Length,
                run.GeneratedTrees.Sum(t => (long)t.Length),
                generated,
                compileMilliseconds,
                problems,
                compiled.Count(d => d.Severity == DiagnosticSeverity.Error),
                compiled.Count(d => d.Severity == DiagnosticSeverity.Warning),
                CompletenessCheck.Run(text, SvdReader.Read(text)));
        }

        private sealed record FileResult(
            string Path, int SourceCount, long GeneratedBytes, long GenerateMilliseconds, long CompileMilliseconds, List<string> Problems,
            int Errors, int Warnings, CompletenessReport Completeness);
    }
}
