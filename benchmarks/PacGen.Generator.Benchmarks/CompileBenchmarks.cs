using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;

namespace PacGen.Generator.Benchmarks
{
    /// <summary>
    /// (d) Roslyn compiling the generated code of the largest available SVD (seconds per operation): one warm-up
    /// and three measured operations, one operation per iteration. Run on its own (`compile-bench`).
    /// </summary>
    [MemoryDiagnoser]
    [Config(typeof(CompileJobConfig))]
    public class CompileBenchmarks
    {
        private IReadOnlyList<KeyValuePair<string, string>> _sources = Array.Empty<KeyValuePair<string, string>>();

        [ParamsSource(nameof(Svds))]
        public string Svd { get; set; } = "";

        public static IEnumerable<string> Svds() => BenchmarkSvds.Largest();

        [GlobalSetup]
        public void Setup() => _sources = GeneratedCompiler.Generate(BenchmarkSvds.PathOf(Svd));

        [Benchmark]
        public long CompileGeneratedCode()
        {
            (long dllBytes, int errors, _) = GeneratedCompiler.Emit(GeneratedCompiler.Parse(_sources));
            return errors == 0 ? dllBytes : throw new InvalidOperationException("The generated code of " + Svd + " does not compile.");
        }
    }
}
