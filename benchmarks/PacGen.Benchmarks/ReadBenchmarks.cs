using System.Threading;
using BenchmarkDotNet.Attributes;

namespace PacGen.Benchmarks
{
    /// <summary>BCM2711 GPLEV1: the level of GPIO 42.</summary>
    [MemoryDiagnoser]
    public unsafe class ReadBenchmarks
    {
        [Benchmark(Baseline = true, OperationsPerInvoke = Batch.Size)]
        public int HandWritten()
        {
            int high = 0;
            for (int i = 0; i < Batch.Size; i++)
            {
                high += (Volatile.Read(ref *OwnedRegisters.Gplev1) & 0x400u) != 0 ? 1 : 0;
            }

            return high;
        }

        [Benchmark(OperationsPerInvoke = Batch.Size)]
        public int Generated()
        {
            int high = 0;
            for (int i = 0; i < Batch.Size; i++)
            {
                high += OwnedRegisters.Gpio.Gplev1.Read().Lev42 ? 1 : 0;
            }

            return high;
        }
    }
}
