using System;

namespace PacGen.Robustness.Tests.Support
{
    /// <summary>
    /// The time bounds the tests assert (docs/robustness.md). The issue asks for 2 s per MB of SVD; compiling the
    /// output is the compiler's time, not PacGen's, so a fixed allowance covers it. Generous on purpose: a loaded
    /// 2-core CI machine running other test projects at the same time must not fail them by noise.
    /// </summary>
    internal static class TimeBounds
    {
        /// <summary>Fixed allowance for one run: JIT of the first use, and compiling the generated code.</summary>
        public static readonly TimeSpan Fixed = TimeSpan.FromSeconds(5);

        /// <summary>Per megabyte (10^6 characters) of SVD text.</summary>
        public static readonly TimeSpan PerMegabyte = TimeSpan.FromSeconds(2);

        /// <summary>The bound for an SVD text of <paramref name="characters"/> characters.</summary>
        public static TimeSpan For(long characters) => Fixed + TimeSpan.FromTicks(PerMegabyte.Ticks * characters / 1_000_000);
    }
}
