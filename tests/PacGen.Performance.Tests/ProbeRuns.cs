using System.Collections.Generic;

namespace PacGen.Performance.Tests
{
    /// <summary>Runs the probe once per JIT configuration, shared by all tests of the class (each run takes ~1 s).</summary>
    public sealed class ProbeRuns
    {
        public ProbeRuns()
        {
            Probe = ProbeRun.ProbePath();
            if (Probe is null)
            {
                return;
            }

            Runs = new[]
            {
                ProbeRun.Start(Probe, "Dynamic PGO on", new Dictionary<string, string> { ["DOTNET_TieredPGO"] = "1" }),
                ProbeRun.Start(Probe, "Dynamic PGO off", new Dictionary<string, string> { ["DOTNET_TieredPGO"] = "0" }),
            };
        }

        internal string? Probe { get; }

        internal IReadOnlyList<ProbeRun> Runs { get; } = [];
    }
}
