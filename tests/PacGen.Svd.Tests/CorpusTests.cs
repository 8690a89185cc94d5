using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using PacGen.Svd.Diagnostics;
using PacGen.Svd.Tests.Support;
using Xunit;
using Xunit.Abstractions;
using PacGen.TestSupport;

namespace PacGen.Svd.Tests
{
    /// <summary>
    /// Every shipped SVD and every file of the shared corpus reads without exception and without error,
    /// except files known to be broken, which must report exactly the listed error ids.
    /// </summary>
    public sealed class CorpusTests
    {
        /// <summary>Genuinely broken files: file name → (error id → count), with the reason.</summary>
        private static readonly Dictionary<string, Dictionary<string, int>> KnownBroken = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal)
        {
            // PWM cfg.cmp2gang is written <msb>36</msb><lsb>26</lsb> in a 32-bit register (the real field is bit 26).
            ["e310x.svd"] = new Dictionary<string, int>(StringComparer.Ordinal) { ["PACGEN020"] = 1 },
        };

        private readonly ITestOutputHelper _output;

        public CorpusTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public void ShippedSvdsReadWithoutErrors() => CheckAll(Directory.GetFiles(Path.Combine(RepoPaths.Root, "svd"), "*.svd"));

        [Fact]
        public void SharedCorpusReadsWithoutUnexpectedErrors()
        {
            if (!Directory.Exists(RepoPaths.Corpus))
            {
                _output.WriteLine("skipped: corpus absent (" + RepoPaths.Corpus + ")");
                return;
            }

            CheckAll(Directory.GetFiles(RepoPaths.Corpus, "*.svd", SearchOption.AllDirectories));
        }

        private void CheckAll(IEnumerable<string> files)
        {
            var failures = new List<string>();
            var total = Stopwatch.StartNew();
            foreach (string file in files.OrderBy(f => f, StringComparer.Ordinal))
            {
                var watch = Stopwatch.StartNew();
                SvdReadResult result = SvdReader.ReadFile(file);
                long readMs = watch.ElapsedMilliseconds;
                string name = Path.GetFileName(file);
                int registers = 0, fields = 0;
                if (result.Device != null)
                {
                    IReadOnlyList<RegisterInstance> flat = DeviceMap.Flatten(result.Device);
                    registers = flat.Count;
                    fields = flat.Sum(r => r.ExpandedFields.Count);
                }

                string summary = string.Join(" ", result.Diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => g.Key + "x" + g.Count()));
                _output.WriteLine(name + ": " + readMs + " ms, peripherals=" + (result.Device?.Peripherals.Count ?? 0)
                    + " registers=" + registers + " fields=" + fields + (summary.Length > 0 ? " [" + summary + "]" : ""));

                var errors = result.Diagnostics.Where(d => d.Severity == SvdSeverity.Error)
                    .GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
                KnownBroken.TryGetValue(name, out Dictionary<string, int>? expected);
                expected ??= new Dictionary<string, int>();
                bool same = errors.Count == expected.Count && errors.All(e => expected.TryGetValue(e.Key, out int n) && n == e.Value);
                if (!same || result.Device == null)
                {
                    failures.Add(name + ": " + string.Join("; ", result.Diagnostics.Where(d => d.Severity == SvdSeverity.Error)
                        .Take(5).Select(d => d.ToCanonicalString(name))));
                }
            }

            _output.WriteLine("total: " + total.ElapsedMilliseconds + " ms");
            Assert.True(failures.Count == 0, string.Join("\n", failures));
        }
    }
}
