using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using PacGen.Svd;

namespace PacGen.Generator.Benchmarks
{
    /// <summary>(a) The SVD front end alone: XML parse, derivedFrom/dim resolution, model build and layout validation.</summary>
    [MemoryDiagnoser]
    [Config(typeof(ThroughputConfig))]
    public class ParseBenchmarks
    {
        private string _text = "";

        [ParamsSource(nameof(Svds))]
        public string Svd { get; set; } = "";

        public static IEnumerable<string> Svds() => BenchmarkSvds.All();

        [GlobalSetup]
        public void Setup()
        {
            _text = BenchmarkSvds.Text(Svd);
            // A document that fails to read would make a fast, meaningless benchmark.
            if (SvdReader.Read(_text).Device is null)
            {
                throw new InvalidOperationException(Svd + " does not read into a device.");
            }
        }

        [Benchmark]
        public object? ReadSvd() => SvdReader.Read(_text).Device;
    }
}
