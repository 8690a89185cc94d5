using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace PacGen.Generator.Benchmarks
{
    /// <summary>
    /// (c) What an edit costs under a long-lived driver holding two SVDs (the largest available one and
    /// stm32l0x1): an unrelated C# edit should be nearly free, and editing one SVD should cost about that SVD
    /// alone, never the other. <see cref="Cold"/> (a new driver over both) is the baseline the ratios are against.
    /// </summary>
    [MemoryDiagnoser]
    public class IncrementalBenchmarks
    {
        private TwoSvdWorkspace _workspace = null!;

        [ParamsSource(nameof(Svds))]
        public string Svd { get; set; } = "";

        public static IEnumerable<string> Svds() => BenchmarkSvds.Largest();

        [GlobalSetup]
        public void Setup()
        {
            _workspace = new TwoSvdWorkspace(BenchmarkSvds.Text(Svd), BenchmarkSvds.Text(BenchmarkSvds.Stm32L0x1));
            string before = _workspace.GeneratedText();
            _workspace.EditSmallSvd();
            string afterSmall = _workspace.GeneratedText();
            _workspace.EditLargeSvd();
            string afterLarge = _workspace.GeneratedText();
            // Each edit must reach the output; otherwise the "edit" benchmarks would time a no-op.
            if (before == afterSmall || afterSmall == afterLarge)
            {
                throw new InvalidOperationException("An SVD edit did not change the generated code; the incremental benchmarks would measure nothing.");
            }
        }

        [Benchmark(Baseline = true)]
        public GeneratorDriver Cold() => _workspace.RunCold();

        [Benchmark]
        public GeneratorDriver UnrelatedCSharpEdit() => _workspace.EditCSharp();

        [Benchmark]
        public GeneratorDriver EditSmallSvd() => _workspace.EditSmallSvd();

        [Benchmark]
        public GeneratorDriver EditLargeSvd() => _workspace.EditLargeSvd();
    }
}
