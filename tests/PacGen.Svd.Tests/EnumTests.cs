using System.Linq;
using PacGen.Svd.Model;
using PacGen.Svd.Tests.Support;
using Xunit;

namespace PacGen.Svd.Tests
{
    public sealed class EnumTests
    {
        [Fact]
        public void ReadsValuesDefaultsAndDontCareBits()
        {
            Field f = SvdText.OnlyField(
                "<field><name>MODE</name><bitOffset>0</bitOffset><bitWidth>3</bitWidth><enumeratedValues><name>Mode</name><headerEnumName>MODE_E</headerEnumName>" +
                "<enumeratedValue><name>Input</name><description>in</description><value>0</value></enumeratedValue>" +
                "<enumeratedValue><name>Output</name><value>0x1</value></enumeratedValue>" +
                "<enumeratedValue><name>AltX</name><value>#1x0</value></enumeratedValue>" +
                "<enumeratedValue><name>Other</name><isDefault>true</isDefault></enumeratedValue></enumeratedValues></field>");
            EnumeratedValues set = f.EnumeratedValues.Single();
            Assert.Equal(("Mode", "MODE_E", EnumUsage.ReadWrite), (set.Name, set.HeaderEnumName, set.Usage));
            Assert.Equal(new[] { ("Input", 0UL, 0UL, false), ("Output", 1UL, 0UL, false), ("AltX", 4UL, 2UL, false), ("Other", 0UL, 0UL, true) },
                set.Values.Select(v => (v.Name, v.Value, v.DontCareMask, v.IsDefault)));
            Assert.Equal("in", set.Values[0].Description);
        }

        [Fact]
        public void ReadAndWriteSetsOnOneField()
        {
            Field f = SvdText.OnlyField(
                "<field><name>S</name><bitOffset>0</bitOffset><bitWidth>1</bitWidth>" +
                "<enumeratedValues><usage>read</usage><enumeratedValue><name>Busy</name><value>1</value></enumeratedValue></enumeratedValues>" +
                "<enumeratedValues><usage>write</usage><enumeratedValue><name>Start</name><value>1</value></enumeratedValue></enumeratedValues></field>");
            Assert.Equal(new[] { EnumUsage.Read, EnumUsage.Write }, f.EnumeratedValues.Select(e => e.Usage));
        }

        [Fact]
        public void DerivesByNameInTheSameRegister()
        {
            Register r = SvdText.OnlyRegister(
                "<field><name>A</name><bitOffset>0</bitOffset><bitWidth>2</bitWidth><enumeratedValues><name>Pull</name>" +
                "<enumeratedValue><name>None</name><value>0</value></enumeratedValue><enumeratedValue><name>Up</name><value>1</value></enumeratedValue></enumeratedValues></field>" +
                "<field><name>B</name><bitOffset>2</bitOffset><bitWidth>2</bitWidth><enumeratedValues derivedFrom=\"Pull\"/></field>");
            EnumeratedValues source = r.Fields[0].EnumeratedValues.Single(), derived = r.Fields[1].EnumeratedValues.Single();
            Assert.Equal(source.Values, derived.Values);
            Assert.Equal("Pull", derived.Name);
        }

        [Fact]
        public void DerivesByDottedPathAcrossPeripheralsAndChains()
        {
            string text = SvdText.Device(
                SvdText.Peripheral(SvdText.Register(
                    "<field><name>F</name><bitOffset>0</bitOffset><bitWidth>2</bitWidth><enumeratedValues><name>E</name>" +
                    "<enumeratedValue><name>On</name><value>1</value></enumeratedValue></enumeratedValues></field>", "REG"), "GPIO") +
                SvdText.Peripheral(SvdText.Register(
                    "<field><name>G</name><bitOffset>0</bitOffset><bitWidth>2</bitWidth><enumeratedValues derivedFrom=\"GPIO.REG.F.E\"><name>E2</name></enumeratedValues></field>" +
                    "<field><name>H</name><bitOffset>2</bitOffset><bitWidth>2</bitWidth><enumeratedValues derivedFrom=\"E2\"/></field>", "REG2"), "OTHER"));
            Register r = (Register)SvdText.ReadClean(text).Peripherals[1].Children.Single();
            Assert.Equal("E2", r.Fields[0].EnumeratedValues.Single().Name);
            Assert.Equal("On", r.Fields[0].EnumeratedValues.Single().Values.Single().Name);
            Assert.Equal("On", r.Fields[1].EnumeratedValues.Single().Values.Single().Name);
        }
    }
}
