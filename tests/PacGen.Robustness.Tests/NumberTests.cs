using PacGen.Robustness.Tests.Support;
using PacGen.Svd.Diagnostics;
using Xunit;

namespace PacGen.Robustness.Tests
{
    /// <summary>Numbers that overflow, go negative, or describe bits outside their register.</summary>
    public sealed class NumberTests
    {
        [Theory]
        [InlineData("baseAddress", "0x1FFFFFFFFFFFFFFFF")]
        [InlineData("baseAddress", "99999999999999999999999")]
        [InlineData("baseAddress", "-1")]
        [InlineData("addressOffset", "0x10000000000000000")]
        [InlineData("addressOffset", "-4")]
        [InlineData("size", "-32")]
        [InlineData("size", "0")]
        [InlineData("size", "4294967328")]
        [InlineData("size", "128")]
        [InlineData("resetValue", "0x1FFFFFFFFFFFFFFFF")]
        [InlineData("resetMask", "-1")]
        [InlineData("addressOffset", "0xZZ")]
        [InlineData("addressOffset", "#1x01")]
        public void Register_numbers_out_of_range(string element, string value)
        {
            string register = SvdDoc.Register(SvdDoc.Field("F", 0, 4), extra: "");
            string text = element == "baseAddress"
                ? SvdDoc.Device(SvdDoc.Peripheral(register, baseAddress: value))
                : element == "addressOffset"
                    ? SvdDoc.WithRegisters(SvdDoc.Register(SvdDoc.Field("F", 0, 4), offset: value))
                    : SvdDoc.WithRegisters(register.Replace("<addressOffset>", "<" + element + ">" + value + "</" + element + "><addressOffset>", System.StringComparison.Ordinal));
            ChainRun run = Chain.Check(text);
            Assert.NotEmpty(run.Reader.Diagnostics);
        }

        [Theory]
        [InlineData("0xFFFFFFFFFFFFFFF0", "0")]
        [InlineData("0x40000000", "0xFFFFFFFFFFFFFFFC")]
        public void Addresses_at_the_top_of_64_bits_compile(string baseAddress, string offset)
        {
            ChainRun run = Chain.Check(SvdDoc.Device(SvdDoc.Peripheral(SvdDoc.Register(SvdDoc.Field("F", 0, 4), offset: offset), baseAddress: baseAddress)));
            Assert.NotEmpty(run.Sources);
        }

        [Theory]
        [InlineData("<bitOffset>30</bitOffset><bitWidth>8</bitWidth>")]
        [InlineData("<bitOffset>0</bitOffset><bitWidth>65</bitWidth>")]
        [InlineData("<bitOffset>0</bitOffset><bitWidth>0</bitWidth>")]
        [InlineData("<bitOffset>-1</bitOffset><bitWidth>4</bitWidth>")]
        [InlineData("<bitOffset>4294967295</bitOffset><bitWidth>4294967295</bitWidth>")]
        [InlineData("<bitOffset>0x1FFFFFFFFFFFFFFFF</bitOffset><bitWidth>1</bitWidth>")]
        [InlineData("<lsb>7</lsb><msb>3</msb>")]
        [InlineData("<lsb>40</lsb><msb>47</msb>")]
        [InlineData("<bitRange>[3:7]</bitRange>")]
        [InlineData("<bitRange>[99:64]</bitRange>")]
        [InlineData("<bitRange>[31:0</bitRange>")]
        [InlineData("<bitRange>[-1:-4]</bitRange>")]
        [InlineData("<bitRange>[99999999999999999999:0]</bitRange>")]
        public void Bit_ranges_beyond_the_register_or_inverted(string bits)
        {
            string text = SvdDoc.WithFields("            <field><name>F</name>" + bits + "</field>\n" + SvdDoc.Field("OK", 0, 1));
            ChainRun run = Chain.Check(text);
            Assert.Contains(run.Reader.Diagnostics, d => d.Severity == SvdSeverity.Error && d.Position.Line > 0);
        }

        [Fact]
        public void Overlapping_fields_compile_and_warn()
        {
            string text = SvdDoc.WithFields(SvdDoc.Field("A", 0, 8) + SvdDoc.Field("B", 4, 8) + SvdDoc.Field("C", 0, 32));
            ChainRun run = Chain.Check(text);
            Assert.Contains(run.Reader.Diagnostics, d => d.Id == "PACGEN021" && d.Position.Line > 0);
            Assert.NotEmpty(run.Sources);
        }

        [Theory]
        [InlineData("0x100")]
        [InlineData("0x1FFFFFFFFFFFFFFFF")]
        [InlineData("-1")]
        [InlineData("0b11111")]
        [InlineData("#1xx1x")]
        [InlineData("18446744073709551615")]
        public void Enum_values_that_do_not_fit(string value)
        {
            string text = SvdDoc.WithFields(SvdDoc.Field("F", 0, 4, inner:
                "<enumeratedValues><enumeratedValue><name>OK</name><value>1</value></enumeratedValue>" +
                "<enumeratedValue><name>BIG</name><value>" + value + "</value></enumeratedValue></enumeratedValues>"));
            ChainRun run = Chain.Check(text);
            Assert.NotEmpty(run.Sources);
            Assert.Contains(run.Reader.Diagnostics, d => d.Position.Line > 0);
        }

        [Fact]
        public void Sixty_four_bit_register_with_extreme_values_compiles()
        {
            string text = SvdDoc.WithRegisters(SvdDoc.Register(
                SvdDoc.Field("ALL", 0, 64, inner: "<enumeratedValues><enumeratedValue><name>MAX</name><value>0xFFFFFFFFFFFFFFFF</value></enumeratedValue>" +
                                                   "<enumeratedValue><name>MIN</name><value>0</value></enumeratedValue></enumeratedValues>"),
                extra: "").Replace("<addressOffset>", "<size>64</size><resetValue>0xFFFFFFFFFFFFFFFF</resetValue><resetMask>0xFFFFFFFFFFFFFFFF</resetMask><addressOffset>", System.StringComparison.Ordinal));
            ChainRun run = Chain.Check(text);
            Assert.NotEmpty(run.Sources);
        }
    }
}
