using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PacGen.Generator.Benchmarks
{
    /// <summary>
    /// `compile &lt;svd&gt; [--warm N] [--doc-mode diagnose|parse|none] [--breakdown]`: how long Roslyn takes to compile one SVD's generated code, cold (first
    /// compile in the process: Roslyn's own JIT included, like a build without the compiler server) and warm (the
    /// same compile again in the same process, like the compiler server or an IDE). A Stopwatch, not
    /// BenchmarkDotNet: a handful of multi-second operations, with the DLL size printed next to them.
    /// </summary>
    internal static class CompileTiming
    {
        public static int Run(IReadOnlyList<string> args)
        {
            if (args.Count == 0)
            {
                Console.Error.WriteLine("usage: compile <svd> [--warm N] [--doc-mode diagnose|parse|none] [--breakdown]   (default: the corpus' STMicro/STM32H743.svd)");
            }

            string svdPath = args.Count > 0 && !args[0].StartsWith("--", StringComparison.Ordinal)
                ? RepoFiles.Resolve(args[0])
                : BenchmarkSvds.PathOf(BenchmarkSvds.Largest().Single());
            int warmRuns = 5;
            int warmAt = args.ToList().IndexOf("--warm");
            if (warmAt >= 0 && (warmAt + 1 >= args.Count || !int.TryParse(args[warmAt + 1], NumberStyles.None, CultureInfo.InvariantCulture, out warmRuns) || warmRuns < 1))
            {
                Console.Error.WriteLine("--warm needs a positive count");
                return 2;
            }

            var documentation = DocumentationMode.Diagnose;
            int docAt = args.ToList().IndexOf("--doc-mode");
            if (docAt >= 0 && (docAt + 1 >= args.Count || !Enum.TryParse(args[docAt + 1], ignoreCase: true, out documentation) || !Enum.IsDefined(documentation)))
            {
                Console.Error.WriteLine("--doc-mode needs diagnose, parse or none");
                return 2;
            }

            var clock = Stopwatch.StartNew();
            IReadOnlyList<KeyValuePair<string, string>> sources = GeneratedCompiler.Generate(svdPath);
            double generateSeconds = clock.Elapsed.TotalSeconds;
            long chars = sources.Sum(s => (long)s.Value.Length);
            long lines = sources.Sum(s => (long)s.Value.Count(c => c == '\n'));

            Console.WriteLine(Invariant($"SVD: {svdPath} ({new FileInfo(svdPath).Length / 1e6:0.00} MB)"));
            Console.WriteLine(Invariant($"generated: {sources.Count} files, {chars / 1e6:0.00} M chars, {lines} lines, in {generateSeconds:0.000} s (first run in the process, JIT included)"));

            Console.WriteLine(Invariant($"doc comments: {documentation} (DocumentationMode)"));
            CompileTime cold = TimeOneCompile(sources, documentation);
            Console.WriteLine(Invariant($"compile cold (first in process): {cold.Total:0.000} s (parse {cold.Parse:0.000} s, bind + emit {cold.Emit:0.000} s)"));
            var warm = new List<double>();
            for (int i = 0; i < warmRuns; i++)
            {
                CompileTime run = TimeOneCompile(sources, documentation);
                warm.Add(run.Total);
                Console.WriteLine(Invariant($"compile warm #{i + 1}: {run.Total:0.000} s (parse {run.Parse:0.000} s, bind + emit {run.Emit:0.000} s)"));
            }

            warm.Sort();
            double median = warm.Count % 2 == 1 ? warm[warm.Count / 2] : (warm[warm.Count / 2 - 1] + warm[warm.Count / 2]) / 2;
            Console.WriteLine(Invariant($"compile warm: median {median:0.000} s, min {warm[0]:0.000} s over {warm.Count} runs (parse + bind + emit to memory)"));
            if (args.Contains("--breakdown"))
            {
                CompileBreakdown.Print(GeneratedCompiler.Parse(sources, documentation));
            }

            Console.WriteLine(Invariant($"DLL: {cold.DllBytes} bytes ({cold.DllBytes / 1e6:0.00} MB); {cold.Errors} errors, {cold.Warnings} warnings"));
            return cold.Errors == 0 ? 0 : 1;
        }

        private static CompileTime TimeOneCompile(IReadOnlyList<KeyValuePair<string, string>> sources, DocumentationMode documentation)
        {
            // Garbage from the previous run must not be collected on this run's clock.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var clock = Stopwatch.StartNew();
            SyntaxTree[] trees = GeneratedCompiler.Parse(sources, documentation);
            double parse = clock.Elapsed.TotalSeconds;
            (long dllBytes, int errors, int warnings) = GeneratedCompiler.Emit(trees);
            double total = clock.Elapsed.TotalSeconds;
            return new CompileTime(parse, total - parse, dllBytes, errors, warnings);
        }

        private readonly record struct CompileTime(double Parse, double Emit, long DllBytes, int Errors, int Warnings)
        {
            public double Total => Parse + Emit;
        }

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
