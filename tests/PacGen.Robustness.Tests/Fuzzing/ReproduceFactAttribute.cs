using System;
using Xunit;

namespace PacGen.Robustness.Tests.Fuzzing
{
    /// <summary>A fact that runs only when <c>PACGEN_FUZZ_REPRODUCE</c> names a mutant (docs/robustness.md).</summary>
    public sealed class ReproduceFactAttribute : FactAttribute
    {
        public const string Variable = "PACGEN_FUZZ_REPRODUCE";

        public ReproduceFactAttribute()
        {
            if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)))
            {
                Skip = "Set " + Variable + "=<mutant index> (and PACGEN_FUZZ_SEED) to rerun one mutant.";
            }
        }
    }
}
