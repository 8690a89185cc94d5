using System;
using System.Linq;
using System.Text;
using PacGen.Robustness.Tests.Support;
using PacGen.Svd.Diagnostics;
using Xunit;

namespace PacGen.Robustness.Tests
{
    /// <summary>
    /// Attacks and accidents at the XML level: nothing is fetched, expanded or recursed into; each ends in one
    /// located PACGEN002 (malformed XML, DTDs prohibited) and no generated code.
    /// </summary>
    public sealed class XmlAttackTests
    {
        [Fact]
        public void External_entity_is_not_resolved()
        {
            string text = SvdDoc.Device(
                SvdDoc.Peripheral(SvdDoc.Register(name: "&xxe;")),
                "<!DOCTYPE device [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n");
            ChainRun run = Chain.Check(text);
            AssertRefusedAt(run, line: 2);
        }

        [Fact]
        public void External_dtd_is_not_fetched()
        {
            // An unroutable address: a fetch would hang until a network timeout, far beyond the time bound.
            string text = SvdDoc.Device(SvdDoc.Peripheral(SvdDoc.Register()), "<!DOCTYPE device SYSTEM \"http://10.255.255.1/svd.dtd\">\n");
            ChainRun run = Chain.Check(text);
            AssertRefusedAt(run, line: 2);
        }

        [Fact]
        public void Billion_laughs_is_not_expanded()
        {
            var prolog = new StringBuilder("<!DOCTYPE device [\n<!ENTITY lol0 \"lol\">\n");
            for (int i = 1; i <= 9; i++)
            {
                prolog.Append("<!ENTITY lol").Append(i).Append(" \"");
                for (int j = 0; j < 10; j++)
                {
                    prolog.Append("&lol").Append(i - 1).Append(';');
                }

                prolog.Append("\">\n");
            }

            prolog.Append("]>\n");
            string text = SvdDoc.Device(SvdDoc.Peripheral(SvdDoc.Register(name: "&lol9;")), prolog.ToString());
            ChainRun run = Chain.Check(text);
            Assert.True(run.AllocatedBytes < 64L * 1024 * 1024, "allocated " + run.AllocatedBytes + " bytes");
            AssertRefusedAt(run, line: 2);
        }

        [Fact]
        public void Deeply_nested_elements_are_bounded()
        {
            // A million nested unknown elements inside a register: the reader must neither recurse nor keep them.
            const int depth = 1_000_000;
            var nested = new StringBuilder(depth * 8);
            nested.Insert(0, "<x>", depth).Insert(nested.Length, "</x>", depth);
            string text = SvdDoc.WithRegisters(SvdDoc.Register(extra: "") .Replace("</register>", nested + "</register>", StringComparison.Ordinal));
            ChainRun run = Chain.Check(text);
            Assert.Contains(run.Reader.Diagnostics, d => d.Severity == SvdSeverity.Error && d.Position.Line > 0);
        }

        [Fact]
        public void Deeply_nested_clusters_are_bounded()
        {
            const int depth = 20_000;
            var registers = new StringBuilder();
            registers.Insert(0, "<cluster><name>C</name><addressOffset>0</addressOffset>\n", depth);
            registers.Append(SvdDoc.Register());
            registers.Insert(registers.Length, "</cluster>\n", depth);
            ChainRun run = Chain.Check(SvdDoc.WithRegisters(registers.ToString()));
            Assert.Contains(run.Reader.Diagnostics, d => d.Id == "PACGEN019" && d.Position.Line > 0);
        }

        [Fact]
        public void Empty_file_is_reported()
        {
            ChainRun run = Chain.Check("");
            Assert.Empty(run.Sources);
            SvdDiagnostic empty = run.Reader.Diagnostics.Single();
            Assert.Equal("PACGEN002", empty.Id);
            Assert.Equal(new PacGen.Svd.Model.SourcePosition(1, 1), empty.Position);
            Assert.Equal("PACGEN002", run.GeneratorDiagnostics.Single().Id);
        }

        [Theory]
        [InlineData("not xml at all")]
        [InlineData("{\"device\": {\"name\": \"json\"}}")]
        [InlineData("\u0000\u0001\u0002binary")]
        [InlineData("<html><body>404 Not Found</body></html>")]
        public void File_that_is_not_an_svd_is_reported(string text)
        {
            ChainRun run = Chain.Check(text);
            Assert.Empty(run.Sources);
            Assert.Contains(run.Reader.Diagnostics, d => d.Id is "PACGEN002" or "PACGEN004");
        }

        [Fact]
        public void Truncated_file_is_reported_at_every_cut()
        {
            string full = System.IO.File.ReadAllText(TestSupport.RepoPaths.Svd("stm32l0x1.svd"));
            // Compiling a whole chip per cut would cost seconds each; the reader's verdict decides the chain anyway
            // (malformed XML generates nothing), so a few cuts go through the chain and many through the reader.
            foreach (int cut in new[] { 1, 10, 200, full.Length / 3, full.Length - 2 })
            {
                ChainRun run = Chain.Check(full.Substring(0, cut), compile: false);
                Assert.Empty(run.Sources);
                Assert.Contains(run.Reader.Diagnostics, d => d.Id == "PACGEN002" && d.Position.Line > 0);
            }
        }

        [Fact]
        public void Non_utf8_bytes_decode_to_replacement_or_latin1_and_are_handled()
        {
            byte[] name = { 0x52, 0xFF, 0xFE, 0xC3, 0x28, 0xE9, 0x80 };
            string prefix = SvdDoc.WithRegisters(SvdDoc.Register(name: "@@"));
            int at = prefix.IndexOf("@@", StringComparison.Ordinal);
            byte[] bytes = Encoding.UTF8.GetBytes(prefix.Substring(0, at)).Concat(name).Concat(Encoding.UTF8.GetBytes(prefix.Substring(at + 2))).ToArray();
            // What a build sees: the compiler decodes an AdditionalFile as UTF-8 and falls back to a code page when it is
            // not valid UTF-8; both decodings must be handled.
            foreach (Encoding encoding in new Encoding[] { new UTF8Encoding(false, false), Encoding.Latin1 })
            {
                ChainRun run = Chain.Check(encoding.GetString(bytes));
                Assert.NotEmpty(run.Sources);
                Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "PACGEN101");
            }
        }

        [Fact]
        public void Characters_xml_forbids_are_reported()
        {
            string text = SvdDoc.WithRegisters(SvdDoc.Register(name: "R\u0001\uFFFE"));
            ChainRun run = Chain.Check(text);
            Assert.Contains(run.Reader.Diagnostics, d => d.Id == "PACGEN002" && d.Position.Line > 0);
        }

        private static void AssertRefusedAt(ChainRun run, int line)
        {
            Assert.Empty(run.Sources);
            SvdDiagnostic refused = run.Reader.Diagnostics.Single();
            Assert.Equal("PACGEN002", refused.Id);
            Assert.Equal(line, refused.Position.Line);
        }
    }
}
