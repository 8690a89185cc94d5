using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using PacGen.Testing;

namespace PacGen.Generator.Benchmarks
{
    /// <summary>
    /// (b) The whole generator in memory over one SVD: parse + resolve + emit, the generated texts materialized,
    /// the generated code not compiled. <see cref="Driver"/> is what a build runs (a fresh GeneratorDriver over an
    /// empty compilation); <see cref="Direct"/> and <see cref="DirectParallel"/> call the pipeline's functions
    /// without a driver, the second as `pacgen generate` does (peripheral types emitted on several threads).
    /// </summary>
    [MemoryDiagnoser]
    [Config(typeof(ThroughputConfig))]
    public class GenerateBenchmarks
    {
        private string _text = "";

        [ParamsSource(nameof(Svds))]
        public string Svd { get; set; } = "";

        public static IEnumerable<string> Svds() => BenchmarkSvds.All();

        [GlobalSetup]
        public void Setup()
        {
            _text = BenchmarkSvds.Text(Svd);
            PacGenRunResult run = PacGenTestRunner.Run(_text, Svd + ".svd", compile: false);
            if (run.Sources.Count == 0)
            {
                throw new InvalidOperationException(Svd + " generates nothing: " + string.Join("; ", run.GeneratorDiagnostics));
            }
        }

        [Benchmark(Baseline = true)]
        public int Driver() => PacGenTestRunner.Run(_text, Svd + ".svd", compile: false).Sources.Count;

        [Benchmark]
        public int Direct() => PacGenTestRunner.Generate(_text, Svd + ".svd").Sources.Count;

        [Benchmark]
        public int DirectParallel() => PacGenTestRunner.Generate(_text, Svd + ".svd", parallel: true).Sources.Count;
    }
}
