using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using PacGen.Testing;

namespace PacGen.Generator.Benchmarks
{
    /// <summary>
    /// (b) The whole generator in memory, as `pacgen generate` and a build run it: a fresh driver over one SVD,
    /// parse + resolve + emit, the generated texts materialized; the generated code is not compiled.
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

        [Benchmark]
        public int RunGenerator() => PacGenTestRunner.Run(_text, Svd + ".svd", compile: false).Sources.Count;
    }
}
