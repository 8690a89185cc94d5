using System;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace PacGen.Generator.Benchmarks
{
    /// <summary>
    /// Four modes (commands in docs/performance.md, "Generator speed"):
    /// <list type="bullet">
    /// <item>default: BenchmarkDotNet over the parse, generate and incremental benchmarks (`--quick` for ShortRun;
    /// every other argument is BenchmarkDotNet's, e.g. `--filter '*Parse*'`);</item>
    /// <item>`compile-bench`: BenchmarkDotNet over the Roslyn compile of the generated code (slow, kept apart);</item>
    /// <item>`compile &lt;svd&gt;`: a Stopwatch timing of that compile, cold and warm, with the DLL size;</item>
    /// <item>`ide [svd]`: the time per edit of the IDE's path (generators, semantic model, completion list), no chip / chip in
    /// the compilation / chip as the API assembly (issue 13).</item>
    /// </list>
    /// </summary>
    internal static class Program
    {
        public static int Main(string[] args)
        {
            if (args.Length > 0 && args[0] == "compile")
            {
                return CompileTiming.Run(args.Skip(1).ToArray());
            }

            if (args.Length > 0 && args[0] == "ide")
            {
                return IdeTiming.Run(args.Skip(1).ToArray());
            }

            if (args.Length > 0 && args[0] == "compile-bench")
            {
                BenchmarkRunner.Run(typeof(CompileBenchmarks), DefaultConfig.Instance, args.Skip(1).ToArray());
                return 0;
            }

            bool quick = args.Contains("--quick");
            string[] rest = args.Where(a => a != "--quick").ToArray();
            if (!rest.Contains("--filter"))
            {
                // BenchmarkSwitcher would otherwise ask interactively which class to run.
                rest = rest.Concat(new[] { "--filter", "*" }).ToArray();
            }

            Job job = quick ? Jobs.Quick : Jobs.Full;
            BenchmarkSwitcher
                .FromTypes(new[] { typeof(ParseBenchmarks), typeof(GenerateBenchmarks), typeof(IncrementalBenchmarks) })
                .Run(rest, DefaultConfig.Instance.AddJob(job));
            return 0;
        }
    }
}
