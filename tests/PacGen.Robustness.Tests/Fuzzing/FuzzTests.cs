using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using PacGen.Robustness.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace PacGen.Robustness.Tests.Fuzzing
{
    /// <summary>
    /// The seeded mutation fuzzer (issue 8): mutants of the shipped SVDs and the corpus go through the full chain
    /// and must keep the invariants. Mutant i is made with <c>new Random(seed + i)</c> from seed file
    /// <c>(seed + i) mod files</c>, so any single mutant is reproducible from the seed and its number.
    /// Failures are minimized and written beside the test results, to become files under <c>Regressions/</c>.
    /// </summary>
    public sealed class FuzzTests : IClassFixture<RunLog>
    {
        private const int MaxMinimized = 3;
        private static readonly TimeSpan MinimizeBudget = TimeSpan.FromSeconds(90);
        private readonly ITestOutputHelper _output;
        private readonly RunLog _log;

        public FuzzTests(ITestOutputHelper output, RunLog log)
        {
            _output = output;
            _log = log;
        }

        [Fact]
        public void Mutants_keep_the_invariants()
        {
            FuzzSettings settings = FuzzSettings.FromEnvironment();
            var seeds = new SeedDocuments();
            Report("fuzz: seed " + settings.Seed + ", " + settings.Count + " mutants from " + seeds.Files.Count + " seed files" +
                   (TestSupport.RepoPaths.HasCorpus ? " (svd/ and the corpus)" : " (svd/ only: no corpus)"));
            Chain.WarmUp();

            var failures = new ConcurrentBag<(int Index, string Recipe, string Text, List<string> Violations)>();
            var timer = Stopwatch.StartNew();
            long generatedFiles = 0, withErrors = 0;
            Parallel.For(0, settings.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            {
                (string text, string recipe) = MakeMutant(seeds, settings.Seed, i);
                ChainRun run = ChainRun.Run(text, "mutant.svd", nameStyle: NameStyleOf(i));
                List<string> violations = Invariants.Violations(run, TimeBounds.For(text.Length));
                System.Threading.Interlocked.Add(ref generatedFiles, run.Sources.Count);
                if (run.Reader.HasErrors)
                {
                    System.Threading.Interlocked.Increment(ref withErrors);
                }

                if (violations.Count > 0)
                {
                    failures.Add((i, recipe, text, violations));
                }
            });
            timer.Stop();
            Report(string.Format(
                System.Globalization.CultureInfo.InvariantCulture,
                "fuzz: {0} mutants in {1:F1} s ({2:F1} mutants/s), {3} with SVD errors, {4} generated files, {5} failures",
                settings.Count, timer.Elapsed.TotalSeconds, settings.Count / timer.Elapsed.TotalSeconds, withErrors, generatedFiles, failures.Count));

            List<(int Index, string Recipe, string Text, List<string> Violations)> ordered = failures.OrderBy(f => f.Index).ToList();
            foreach ((int index, string recipe, string text, List<string> violations) in ordered)
            {
                string path = Path.Combine(Path.GetTempPath(), "pacgen-fuzz-" + settings.Seed + "-" + index + ".original.svd");
                File.WriteAllText(path, text);
                Report("FAIL mutant " + index + " (" + recipe + "): " + string.Join("; ", violations.Take(3)) + "\n  written to " + path);
            }

            var minimizing = Stopwatch.StartNew();
            foreach ((int index, string recipe, string text, List<string> violations) in ordered.Take(MaxMinimized))
            {
                string minimized = Minimizer.Minimize(text, candidate =>
                {
                    if (minimizing.Elapsed > MinimizeBudget)
                    {
                        return false; // keep the CI run bounded; the unminimized mutant is still written
                    }

                    List<string> again = Invariants.Violations(ChainRun.Run(candidate, "mutant.svd", nameStyle: NameStyleOf(index)), TimeBounds.For(candidate.Length));
                    return again.Count > 0 && Kind(again[0]) == Kind(violations[0]);
                });
                string path = Path.Combine(Path.GetTempPath(), "pacgen-fuzz-" + settings.Seed + "-" + index + ".svd");
                File.WriteAllText(path, minimized);
                Report("mutant " + index + " minimized to " + path + ":\n" + minimized);
            }

            Assert.True(ordered.Count == 0, ordered.Count + " of " + settings.Count + " mutants broke an invariant (seed " + settings.Seed +
                        "); first: mutant " + (ordered.Count > 0 ? ordered[0].Index + " " + ordered[0].Recipe + ": " + ordered[0].Violations[0] : ""));
        }

        /// <summary>Reruns one mutant of a run (its text goes to $TMPDIR/pacgen-fuzz-seed-index.original.svd) and asserts the invariants.</summary>
        [ReproduceFact]
        public void Reproduce_one_mutant()
        {
            FuzzSettings settings = FuzzSettings.FromEnvironment();
            int index = int.Parse(Environment.GetEnvironmentVariable(ReproduceFactAttribute.Variable)!, System.Globalization.CultureInfo.InvariantCulture);
            (string text, string recipe) = MakeMutant(new SeedDocuments(), settings.Seed, index);
            File.WriteAllText(Path.Combine(Path.GetTempPath(), "pacgen-fuzz-" + settings.Seed + "-" + index + ".original.svd"), text);
            Chain.WarmUp();
            ChainRun run = ChainRun.Run(text, "mutant.svd", nameStyle: NameStyleOf(index));
            Report("mutant " + index + " (" + recipe + "):\n" + run.Describe());
            Invariants.AssertHold(run, TimeBounds.For(text.Length));
        }

        /// <summary>Mutant <paramref name="index"/> of the run with <paramref name="seed"/>: reproducible on its own.</summary>
        internal static (string Text, string Recipe) MakeMutant(SeedDocuments seeds, int seed, int index)
        {
            var random = new Random(unchecked(seed + index));
            string file = seeds.Files[(int)((uint)unchecked(seed + index) % (uint)seeds.Files.Count)];
            return Mutator.Mutate(seeds.Get(file), random);
        }

        /// <summary>One mutant in four keeps SVD spellings (NameStyle=Svd), which sanitizes names differently.</summary>
        internal static string NameStyleOf(int index) => index % 4 == 3 ? "Svd" : "CSharp";

        private static string Kind(string violation) => violation.Split(':')[0];

        private void Report(string line)
        {
            _output.WriteLine(line);
            _log.Write(line);
        }
    }
}
