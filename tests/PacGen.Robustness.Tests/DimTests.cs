using System.Linq;
using PacGen.Robustness.Tests.Support;
using Xunit;

namespace PacGen.Robustness.Tests
{
    /// <summary>dim groups that would expand into billions of elements, or whose index list disagrees with dim.</summary>
    public sealed class DimTests
    {
        [Theory]
        [InlineData("register")]
        [InlineData("cluster")]
        [InlineData("peripheral")]
        [InlineData("field")]
        public void Dim_of_a_billion_is_refused_not_expanded(string level)
        {
            const string dim = "<dim>1000000000</dim><dimIncrement>4</dimIncrement>";
            string text = level switch
            {
                "register" => SvdDoc.WithRegisters(SvdDoc.Register(name: "R%s", extra: "").Replace("<addressOffset>", dim + "<addressOffset>", System.StringComparison.Ordinal)),
                "cluster" => SvdDoc.WithRegisters("<cluster>" + dim + "<name>C%s</name><addressOffset>0</addressOffset>\n" + SvdDoc.Register() + "</cluster>\n"),
                "peripheral" => SvdDoc.Device(SvdDoc.Peripheral(SvdDoc.Register(), name: "P%s").Replace("<baseAddress>", dim + "<baseAddress>", System.StringComparison.Ordinal)),
                _ => SvdDoc.WithFields("            <field>" + dim.Replace("4", "1", System.StringComparison.Ordinal) + "<name>F%s</name><bitOffset>0</bitOffset><bitWidth>1</bitWidth></field>\n"),
            };
            ChainRun run = Chain.Check(text);
            Assert.True(run.AllocatedBytes < 512L * 1024 * 1024, "allocated " + run.AllocatedBytes + " bytes");
            Assert.Contains(run.Reader.Diagnostics, d => d.Severity == Svd.Diagnostics.SvdSeverity.Error && d.Position.Line > 0);
        }

        [Fact]
        public void Dim_index_range_of_a_billion_is_refused()
        {
            string text = SvdDoc.WithRegisters(SvdDoc.Register(name: "R%s").Replace(
                "<addressOffset>", "<dim>2</dim><dimIncrement>4</dimIncrement><dimIndex>0-999999999</dimIndex><addressOffset>", System.StringComparison.Ordinal));
            ChainRun run = Chain.Check(text);
            Assert.Contains(run.Reader.Diagnostics, d => d.Severity == Svd.Diagnostics.SvdSeverity.Error && d.Position.Line > 0);
        }

        [Fact]
        public void Nested_dims_multiplying_to_billions_are_bounded()
        {
            // Each level alone is within the per-group limit; together they describe 2^32 registers.
            string text = SvdDoc.WithRegisters(
                "<cluster><dim>65536</dim><dimIncrement>0x40000</dimIncrement><name>C%s</name><addressOffset>0</addressOffset>\n" +
                SvdDoc.Register(name: "R%s").Replace("<addressOffset>", "<dim>65536</dim><dimIncrement>4</dimIncrement><addressOffset>", System.StringComparison.Ordinal) +
                "</cluster>\n");
            ChainRun run = Chain.Check(text);
            Assert.True(run.AllocatedBytes < 1024L * 1024 * 1024, "allocated " + run.AllocatedBytes + " bytes");
        }

        [Theory]
        [InlineData("4", "A,B", "PACGEN013")]
        [InlineData("2", "A,B,C,D", "PACGEN013")]
        [InlineData("3", "7-3", "PACGEN014")]
        [InlineData("2", "A,,B", "PACGEN014")]
        [InlineData("2", "A,A", "PACGEN016")]
        public void Dim_index_disagreeing_with_dim_is_reported(string dim, string index, string expected)
        {
            string text = SvdDoc.WithRegisters(SvdDoc.Register(name: "R%s").Replace(
                "<addressOffset>", "<dim>" + dim + "</dim><dimIncrement>4</dimIncrement><dimIndex>" + index + "</dimIndex><addressOffset>", System.StringComparison.Ordinal));
            ChainRun run = Chain.Check(text);
            Assert.Contains(run.Reader.Diagnostics, d => d.Id == expected && d.Position.Line > 0);
        }

        [Fact]
        public void Dim_of_zero_or_negative_is_reported()
        {
            foreach (string dim in new[] { "0", "-3", "0x" })
            {
                string text = SvdDoc.WithRegisters(SvdDoc.Register(name: "R%s").Replace(
                    "<addressOffset>", "<dim>" + dim + "</dim><dimIncrement>4</dimIncrement><addressOffset>", System.StringComparison.Ordinal));
                ChainRun run = Chain.Check(text);
                Assert.Contains(run.Reader.Diagnostics, d => d.Severity == Svd.Diagnostics.SvdSeverity.Error && d.Position.Line > 0);
            }
        }
    }
}
