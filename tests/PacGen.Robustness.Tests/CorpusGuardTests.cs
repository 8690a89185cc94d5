using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using PacGen.Robustness.Tests.Support;
using PacGen.TestSupport;
using Xunit;
using Xunit.Abstractions;

namespace PacGen.Robustness.Tests
{
    /// <summary>
    /// No guard fires on real files: every shipped and corpus SVD goes through reader and generator without
    /// PACGEN001/PACGEN100/CS8785, within its time bound. (Compiling their output is CompileTests' job in
    /// PacGen.Generator.Tests; it is not repeated here.)
    /// </summary>
    public sealed class CorpusGuardTests
    {
        private readonly ITestOutputHelper _output;

        public CorpusGuardTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public void Shipped_svds_never_hit_a_guard() => CheckAll(Directory.GetFiles(RepoPaths.SvdFolder, "*.svd"));

        [CorpusFact]
        public void Corpus_svds_never_hit_a_guard() =>
            CheckAll(Directory.GetFiles(RepoPaths.Corpus, "*.svd", SearchOption.AllDirectories));

        private void CheckAll(string[] files)
        {
            Array.Sort(files, StringComparer.Ordinal);
            Chain.WarmUp();
            var problems = new ConcurrentBag<string>();
            var slowest = new ConcurrentBag<(double Seconds, string File)>();
            Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, file =>
            {
                string text = File.ReadAllText(file);
                ChainRun run = ChainRun.Run(text, Path.GetFileName(file), compile: false);
                slowest.Add((run.Elapsed.TotalSeconds, Path.GetFileName(file)));
                foreach (string violation in Invariants.Violations(run, TimeBounds.For(text.Length)))
                {
                    problems.Add(Path.GetFileName(file) + ": " + violation);
                }

                if (run.Sources.Count == 0)
                {
                    problems.Add(Path.GetFileName(file) + ": generated nothing");
                }
            });

            foreach ((double seconds, string file) in slowest.OrderByDescending(s => s.Seconds).Take(5))
            {
                _output.WriteLine("{0}: {1:F2} s (reader twice + generator)", file, seconds);
            }

            Assert.True(problems.IsEmpty, string.Join("\n", problems.OrderBy(p => p, StringComparer.Ordinal)));
        }
    }
}
