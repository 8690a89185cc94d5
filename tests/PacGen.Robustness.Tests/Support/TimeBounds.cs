using System;

namespace PacGen.Robustness.Tests.Support
{
    /// <summary>
    /// The time bounds the tests assert (docs/robustness.md). The issue asks for 2 s per MB of SVD; compiling the
    /// output is the compiler's time, not PacGen's, so it has its own bound, in MB of C#. Generous on purpose: a loaded
    /// 2-core CI machine running other test projects at the same time must not fail them by noise.
    /// </summary>
    internal static class TimeBounds
    {
        /// <summary>Fixed allowance for one run (scheduling noise on a loaded machine).</summary>
        public static readonly TimeSpan Fixed = TimeSpan.FromSeconds(5);

        /// <summary>Per megabyte (10^6 characters) of SVD text.</summary>
        public static readonly TimeSpan PerMegabyte = TimeSpan.FromSeconds(2);

        /// <summary>PacGen's bound (read, resolve, emit) for an SVD text of <paramref name="characters"/> characters.</summary>
        public static TimeSpan For(long characters) => Fixed + TimeSpan.FromTicks(PerMegabyte.Ticks * characters / 1_000_000);

        /// <summary>
        /// The compiler's bound for <paramref name="generatedCharacters"/> of generated C#: it only has to be finite
        /// and proportional to the output (which the dim budget keeps proportional to the SVD); measured warm at
        /// ~4 s per MB of C# on a busy machine, so 10 s + 10 s per MB leaves room for CI load.
        /// </summary>
        public static TimeSpan ForCompile(long generatedCharacters) =>
            TimeSpan.FromSeconds(10) + TimeSpan.FromTicks(TimeSpan.FromSeconds(10).Ticks * generatedCharacters / 1_000_000);
    }
}
