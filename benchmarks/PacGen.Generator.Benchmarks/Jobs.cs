using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace PacGen.Generator.Benchmarks
{
    /// <summary>
    /// The jobs. All run in-process: BenchmarkDotNet 0.14 predates .NET 10 and cannot start a net10.0 child
    /// process ("supports only .NET Core 3.0+"), the same reason benchmarks/PacGen.Benchmarks runs with --inProcess.
    /// </summary>
    internal static class Jobs
    {
        /// <summary>BenchmarkDotNet's default accuracy (pilot, 6–15 warm-ups, 15–100 iterations): tens of minutes on 2 cores.</summary>
        public static Job Full { get; } = Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithId("InProcess");

        /// <summary>`--quick`: ShortRun (3 warm-ups, 3 iterations), a few minutes for everything on 2 cores.</summary>
        public static Job Quick { get; } = Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("ShortRun-InProcess");

        /// <summary>Multi-second operations: one per iteration, no pilot, one warm-up and three measured.</summary>
        public static Job Compile { get; } = Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(3)
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithId("Compile-InProcess");
    }

    /// <summary>Puts <see cref="CompileBenchmarks"/> on <see cref="Jobs.Compile"/> whatever the command line says.</summary>
    internal sealed class CompileJobConfig : ManualConfig
    {
        public CompileJobConfig() => AddJob(Jobs.Compile);
    }
}
