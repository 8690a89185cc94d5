namespace PacGen.Benchmarks
{
    /// <summary>
    /// Accesses per benchmark invocation. One MMIO access to cached memory takes well under a nanosecond, below
    /// what BenchmarkDotNet can tell from its own call overhead; a loop of them gives a per-access time whose ratios
    /// between forms mean something (the loop costs every form the same).
    /// </summary>
    internal static class Batch
    {
        public const int Size = 1024;
    }
}
