using System;
using System.Threading;

namespace PacGen.Robustness.Tests.Support
{
    /// <summary>Runs an SVD text through the full chain and asserts the invariants, after a one-time warm-up.</summary>
    internal static class Chain
    {
        private static readonly Lazy<ChainRun> s_warmUp =
            new Lazy<ChainRun>(() => ChainRun.Run(SvdDoc.WithFields(SvdDoc.Field("F", 0, 1)), "warmup.svd"), LazyThreadSafetyMode.ExecutionAndPublication);

        /// <summary>
        /// Runs the text through the chain, asserting the invariants with the bound for its size, and returns the run
        /// for the test's own assertions (which diagnostic, where).
        /// </summary>
        public static ChainRun Check(string svdText, string path = "hostile.svd", bool compile = true, string nameStyle = "CSharp")
        {
            WarmUp();
            return Invariants.AssertHold(ChainRun.Run(svdText, path, compile, nameStyle), TimeBounds.For(svdText.Length));
        }

        /// <summary>
        /// The first compile in a process JITs Roslyn (seconds on a loaded machine); time bounds are about PacGen,
        /// so every test's timing starts warm.
        /// </summary>
        public static void WarmUp() => _ = s_warmUp.Value;
    }
}
