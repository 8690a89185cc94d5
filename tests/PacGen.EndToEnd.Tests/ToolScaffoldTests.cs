using System;
using System.IO;
using Xunit;
using Xunit.Abstractions;
using PacGen.TestSupport;

namespace PacGen.EndToEnd.Tests
{
    /// <summary>The pacgen tool installed from the feed scaffolds a PAC solution that builds and passes its own tests.</summary>
    [Collection(PackedFeedCollection.Name)]
    public sealed class ToolScaffoldTests
    {
        private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(10);
        private readonly PackedFeed _feed;
        private readonly ITestOutputHelper _log;

        public ToolScaffoldTests(PackedFeed feed, ITestOutputHelper log)
        {
            _feed = feed;
            _log = log;
        }

        [Fact]
        public void Pacgen_new_on_stm32l0x1_scaffolds_a_solution_whose_tests_pass()
        {
            string pacgen = _feed.InstallTool();

            string work = _feed.NewWorkFolder("scaffold");
            string solution = Path.Combine(work, "Stm32");
            ProcessResult created = ChildProcess.Run(
                pacgen,
                new[] { "new", RepoPaths.Svd("stm32l0x1.svd"), "-o", solution, "--name", "Stm32L0x1.Pac" },
                work,
                s_timeout,
                _log).Succeeded();
            Assert.Contains("(PacGen " + _feed.Version + ")", created.Output);

            // The smoke test found its register in the generated API (not the untyped Mmio fallback).
            string smoke = File.ReadAllText(Path.Combine(solution, "tests", "Stm32L0x1.Pac.Tests", "SimulationSmokeTests.cs"));
            Assert.Matches(@"var peripheral = new global::[\w.]+\(\(nuint\)0x[0-9A-F]+\);", smoke);

            ProcessResult test = ChildProcess.Dotnet(solution, s_timeout, _log, "test", "Stm32L0x1.Pac.slnx", "-nodeReuse:false").Succeeded();

            // The snapshot test and the simulation smoke test.
            Assert.Matches(@"Passed!\s+- Failed:\s+0, Passed:\s+2, Skipped:\s+0, Total:\s+2", test.Output);
            Assert.True(File.Exists(Path.Combine(solution, "tests", "Stm32L0x1.Pac.Tests", "Snapshots", "PublicApi.verified.txt")));
            Assert.False(File.Exists(Path.Combine(solution, "tests", "Stm32L0x1.Pac.Tests", "Snapshots", "PublicApi.received.txt")));
        }
    }
}
