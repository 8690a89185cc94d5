using BenchmarkDotNet.Running;

namespace PacGen.Iot.Benchmarks
{
    /// <summary>
    /// BenchmarkDotNet's command line; run with --inProcess (BenchmarkDotNet 0.14 cannot start a net10.0 child):
    /// <c>dotnet run -c Release --project benchmarks/PacGen.Iot.Benchmarks -- --filter '*' --inProcess</c>.
    /// </summary>
    internal static class Program
    {
        public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
