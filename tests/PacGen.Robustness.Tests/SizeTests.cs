using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using PacGen.Robustness.Tests.Support;
using PacGen.Svd;
using Xunit;
using Xunit.Abstractions;

namespace PacGen.Robustness.Tests
{
    /// <summary>
    /// Size limits: a 100 MB SVD is refused up front (PACGEN003) by the generator, the reader's file entry and the
    /// CLI, without reading it into the model and without allocating more than a small multiple of its own size.
    /// </summary>
    public sealed class SizeTests
    {
        private const int HundredMegabytes = 100_000_000;
        private readonly ITestOutputHelper _output;

        public SizeTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public void Hundred_megabyte_svd_is_refused_within_the_bound()
        {
            string text = HugeDocument(HundredMegabytes);
            Chain.WarmUp();
            long peakBefore = Process.GetCurrentProcess().PeakWorkingSet64;
            ChainRun run = Chain.Check(text, compile: false);
            long peakAfter = Process.GetCurrentProcess().PeakWorkingSet64;
            _output.WriteLine("100 MB SVD: {0:F0} ms, {1:F1} MB allocated by the chain, peak working set {2:F0} → {3:F0} MB",
                run.Elapsed.TotalMilliseconds, run.AllocatedBytes / 1e6, peakBefore / 1e6, peakAfter / 1e6);
            Assert.Empty(run.Sources);
            Assert.Equal("PACGEN003", run.Reader.Diagnostics.Single().Id);
            // The text itself is 200 MB of UTF-16 that the test made; the chain must neither copy, parse nor map it.
            Assert.True(run.AllocatedBytes < 16_000_000, "the chain allocated " + run.AllocatedBytes + " bytes");
        }

        [Fact]
        public void Hundred_megabyte_file_is_refused_by_the_reader_and_the_cli_without_reading_it()
        {
            string path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pacgen-robustness-" + Guid.NewGuid().ToString("N") + ".svd");
            try
            {
                using (var file = new System.IO.FileStream(path, System.IO.FileMode.CreateNew))
                {
                    byte[] start = Encoding.UTF8.GetBytes(SvdDoc.WithRegisters(SvdDoc.Register()));
                    file.Write(start);
                    file.SetLength(HundredMegabytes); // sparse: the rest is zero bytes, never written
                }

                long allocated = GC.GetAllocatedBytesForCurrentThread();
                var timer = Stopwatch.StartNew();
                SvdReadResult result = SvdReader.ReadFile(path);
                Assert.Equal("PACGEN003", result.Diagnostics.Single().Id);
                Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocated < 1_000_000, "ReadFile read the file");

                var stdout = new System.IO.StringWriter();
                var stderr = new System.IO.StringWriter();
                int code = Cli.Program.Run(new[] { "check", path }, stdout, stderr);
                timer.Stop();
                Assert.Equal(1, code);
                Assert.Contains("PACGEN003", stdout.ToString() + stderr.ToString(), StringComparison.Ordinal);
                Assert.True(timer.Elapsed < TimeBounds.Fixed, "took " + timer.Elapsed);
            }
            finally
            {
                System.IO.File.Delete(path);
            }
        }

        /// <summary>A well-formed device of about <paramref name="characters"/> characters: many peripherals.</summary>
        internal static string HugeDocument(int characters)
        {
            string peripheral = SvdDoc.Peripheral(SvdDoc.Register(SvdDoc.Field("F", 0, 1)) + SvdDoc.Register(name: "S", offset: "4"), "P%s");
            var text = new StringBuilder(characters + peripheral.Length * 2);
            text.Append("<?xml version=\"1.0\"?>\n<device><name>HUGE</name><peripherals>\n");
            for (int i = 0; text.Length < characters - 100; i++)
            {
                text.Append(peripheral.Replace("P%s", "P" + i, StringComparison.Ordinal).Replace("0x40000000", "0x" + (0x40000000L + i * 0x100L).ToString("X", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
            }

            text.Append("</peripherals></device>\n");
            return text.ToString();
        }
    }
}
