using BenchmarkDotNet.Running;

namespace PacGen.Benchmarks
{
    /// <summary>
    /// Runs the benchmarks named by BenchmarkDotNet's command line; docs/performance.md has the exact commands.
    /// BenchmarkDotNet 0.14 predates .NET 10: it cannot start a child process for net10.0 ("supports only .NET
    /// Core 3.0+"), so run with --inProcess; its DisassemblyDiagnoser (--disasm) cannot attach in-process either,
    /// which is why the instruction counts come from tests/PacGen.Performance.Tests (DOTNET_JitDisasm) instead.
    /// </summary>
    internal static class Program
    {
        public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
