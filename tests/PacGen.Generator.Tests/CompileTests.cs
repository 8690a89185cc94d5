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
using PacGen.Testing;
using PacGen.TestSupport;
using Xunit;
using Xunit.Abstractions;

namespace PacGen.Generator.Tests
{
    /// <summary>
    /// The code generated for every shipped SVD and every corpus SVD compiles with zero errors and zero warnings
    /// (nullable enabled) against PacGen.Runtime and the running runtime's framework assemblies.
    /// </summary>
    public sealed class CompileTests
    {
        private readonly ITestOutputHelper _output;

        public CompileTests(ITestOutputHelper output) => _output = output;

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

            _output.WriteLine("{0} SVD files compiled ({1:F1} MB of C#) in {2:F1} s", ordered.Count, ordered.Sum(r => r.GeneratedBytes) / 1048576.0, total.Elapsed.TotalSeconds);
            List<string> problems = ordered.SelectMany(r => r.Problems.Select(p => Path.GetFileName(r.Path) + ": " + p)).ToList();
            Assert.True(problems.Count == 0, string.Join("\n", problems.Take(50)));
            Assert.All(ordered, r => Assert.True(r.SourceCount > 0, r.Path + " generated nothing"));
        }

        private static FileResult Compile(string path)
        {
            var timer = Stopwatch.StartNew();
            var file = new InMemoryAdditionalText(path, File.ReadAllText(path));
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
            problems.AddRange(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Take(20).Select(d => d.ToString()));
            return new FileResult(
                path,
                run.GeneratedTrees.Length,
                run.GeneratedTrees.Sum(t => (long)t.Length),
                generated,
                timer.ElapsedMilliseconds,
                problems);
        }

        private sealed record FileResult(string Path, int SourceCount, long GeneratedBytes, long GenerateMilliseconds, long CompileMilliseconds, List<string> Problems);
    }
}
