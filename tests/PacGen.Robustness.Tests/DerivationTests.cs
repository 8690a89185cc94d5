using PacGen.Robustness.Tests.Support;
using PacGen.Svd.Diagnostics;
using Xunit;

namespace PacGen.Robustness.Tests
{
    /// <summary>derivedFrom that loops or points nowhere, at every level: reported where written, never followed forever.</summary>
    public sealed class DerivationTests
    {
        [Fact]
        public void Peripheral_derived_from_itself()
        {
            string text = SvdDoc.Device(SvdDoc.Peripheral(SvdDoc.Register(), "A", " derivedFrom=\"A\""));
            AssertReported(Chain.Check(text), "PACGEN011");
        }

        [Fact]
        public void Peripherals_deriving_from_each_other()
        {
            string text = SvdDoc.Device(
                SvdDoc.Peripheral(SvdDoc.Register(), "A", " derivedFrom=\"B\"") +
                SvdDoc.Peripheral(SvdDoc.Register(), "B", " derivedFrom=\"A\"", "0x40001000") +
                SvdDoc.Peripheral(SvdDoc.Register(), "C", " derivedFrom=\"B\"", "0x40002000"));
            AssertReported(Chain.Check(text), "PACGEN011");
        }

        [Fact]
        public void Register_derived_from_itself()
        {
            string text = SvdDoc.WithRegisters(SvdDoc.Register(name: "R", extra: " derivedFrom=\"R\""));
            AssertReported(Chain.Check(text), "PACGEN011");
        }

        [Fact]
        public void Cycle_through_clusters()
        {
            // Cluster A derives from B, and B holds a cluster deriving from A: expanding either never ends.
            string text = SvdDoc.WithRegisters(
                "<cluster derivedFrom=\"B\"><name>A</name><addressOffset>0</addressOffset>\n" + SvdDoc.Register(name: "RA") + "</cluster>\n" +
                "<cluster><name>B</name><addressOffset>0x100</addressOffset>\n" +
                "<cluster derivedFrom=\"A\"><name>INNER</name><addressOffset>0x10</addressOffset></cluster>\n" + SvdDoc.Register(name: "RB") + "</cluster>\n");
            ChainRun run = Chain.Check(text);
            Assert.Contains(run.Reader.Diagnostics, d => d.Severity == SvdSeverity.Error && d.Position.Line > 0);
        }

        [Fact]
        public void Cycle_through_a_cluster_path()
        {
            string text = SvdDoc.WithRegisters(
                "<cluster><name>C</name><addressOffset>0</addressOffset>\n" + SvdDoc.Register(name: "X", extra: " derivedFrom=\"P.C.Y\"") +
                SvdDoc.Register(name: "Y", offset: "4", extra: " derivedFrom=\"P.C.X\"") + "</cluster>\n");
            AssertReported(Chain.Check(text), "PACGEN011");
        }

        [Fact]
        public void Field_and_enum_cycles()
        {
            string text = SvdDoc.WithFields(
                SvdDoc.Field("F", 0, 1, " derivedFrom=\"G\"") + SvdDoc.Field("G", 1, 1, " derivedFrom=\"F\"") +
                SvdDoc.Field("H", 2, 1, inner: "<enumeratedValues derivedFrom=\"E2\"><name>E1</name></enumeratedValues>") +
                SvdDoc.Field("I", 3, 1, inner: "<enumeratedValues derivedFrom=\"E1\"><name>E2</name></enumeratedValues>"));
            AssertReported(Chain.Check(text), "PACGEN011");
        }

        [Theory]
        [InlineData("peripheral")]
        [InlineData("cluster")]
        [InlineData("register")]
        [InlineData("field")]
        [InlineData("enum")]
        public void Derived_from_nothing(string level)
        {
            string text = level switch
            {
                "peripheral" => SvdDoc.Device(SvdDoc.Peripheral(SvdDoc.Register(), "A", " derivedFrom=\"NOWHERE\"")),
                "cluster" => SvdDoc.WithRegisters("<cluster derivedFrom=\"NOWHERE\"><name>C</name><addressOffset>0</addressOffset></cluster>\n" + SvdDoc.Register(offset: "0x10")),
                "register" => SvdDoc.WithRegisters(SvdDoc.Register(extra: " derivedFrom=\"Q.NOWHERE\"")),
                "field" => SvdDoc.WithFields(SvdDoc.Field("F", 0, 1, " derivedFrom=\"P.R.NOWHERE\"")),
                "enum" => SvdDoc.WithFields(SvdDoc.Field("F", 0, 1, inner: "<enumeratedValues derivedFrom=\"NOWHERE\"/>")),
                _ => SvdDoc.WithFields(SvdDoc.Field("F", 0, 1, inner: "<enumeratedValues derivedFrom=\"NOWHERE\"/>")),
            };
            ChainRun run = Chain.Check(text);
            Assert.Contains(run.Reader.Diagnostics, d => d.Severity == SvdSeverity.Error && d.Position.Line > 0);
        }

        [Fact]
        public void Long_derivation_chain_is_bounded()
        {
            // Each peripheral derives from the next one, so resolving the first follows the whole chain.
            const int length = 5000;
            var peripherals = new System.Text.StringBuilder();
            for (int i = 0; i < length - 1; i++)
            {
                peripherals.Append("<peripheral derivedFrom=\"P").Append(i + 1).Append("\"><name>P").Append(i)
                    .Append("</name><baseAddress>").Append(0x40000000L + i * 0x1000L).Append("</baseAddress></peripheral>\n");
            }

            peripherals.Append(SvdDoc.Peripheral(SvdDoc.Register(), "P" + (length - 1), baseAddress: "0x10000000"));

            ChainRun run = Chain.Check(SvdDoc.Device(peripherals.ToString()), compile: false);
            Assert.Contains(run.Reader.Diagnostics, d => d.Id == "PACGEN019" && d.Position.Line > 0);
        }

        private static void AssertReported(ChainRun run, string id) =>
            Assert.Contains(run.Reader.Diagnostics, d => d.Id == id && d.Position.Line > 0);
    }
}
