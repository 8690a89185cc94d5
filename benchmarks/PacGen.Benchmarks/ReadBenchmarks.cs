using System.Threading;
using BenchmarkDotNet.Attributes;

namespace PacGen.Benchmarks
{
    /// <summary>BCM2711 GPLEV1: the level of GPIO 42.</summary>
    [MemoryDiagnoser]
    public unsafe class ReadBenchmarks
    {
        [Benchmark(Baseline = true)]
        public bool HandWritten() => (Volatile.Read(ref *OwnedRegisters.Gplev1) & 0x400u) != 0;

        [Benchmark]
        public bool Generated() => OwnedRegisters.Gpio.Gplev1.Read().Lev42;
    }
}
