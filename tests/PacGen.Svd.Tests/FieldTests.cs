using System.Linq;
using PacGen.Svd.Model;
using PacGen.Svd.Tests.Support;
using Xunit;

namespace PacGen.Svd.Tests
{
    public sealed class FieldTests
    {
        [Theory]
        [InlineData("<bitOffset>6</bitOffset><bitWidth>3</bitWidth>")]
        [InlineData("<lsb>6</lsb><msb>8</msb>")]
        [InlineData("<bitRange>[8:6]</bitRange>")]
        [InlineData("<bitRange> [8 : 6] </bitRange>")]
        public void ThreeWaysToWriteTheBitPosition(string position)
        {
            Field f = SvdText.OnlyField("<field><name>F</name>" + position + "</field>");
            Assert.Equal(6, f.BitOffset);
            Assert.Equal(3, f.BitWidth);
            Assert.Equal(0b111UL << 6, f.Mask);
        }

        [Fact]
        public void TokensInTheWrongCaseAreReadWithAWarning()
        {
            SvdReadResult result = SvdReader.Read(SvdText.Device(SvdText.Peripheral(SvdText.Register(
                "<field><name>F</name><bitOffset>0</bitOffset><bitWidth>1</bitWidth><access>Read-Only</access>" +
                "<modifiedWriteValues>OneToClear</modifiedWriteValues><readAction>CLEAR</readAction>" +
                "<enumeratedValues><usage>Read</usage><enumeratedValue><name>A</name><value>1</value></enumeratedValue></enumeratedValues></field>"))));
            Assert.False(result.HasErrors);
            Assert.Equal(4, result.Diagnostics.Count(d => d.Id == "PACGEN017"));
            Field f = ((Register)result.Device!.Peripherals[0].Children[0]).Fields[0];
            Assert.Equal((Access.ReadOnly, ModifiedWriteValues.OneToClear, ReadAction.Clear, EnumUsage.Read),
                (f.Access, f.ModifiedWriteValues, f.ReadAction, f.EnumeratedValues[0].Usage));
        }

        [Fact]
        public void FieldsAreSortedByBitOffset()
        {
            Register r = SvdText.OnlyRegister(
                "<field><name>HI</name><bitOffset>8</bitOffset><bitWidth>1</bitWidth></field>" +
                "<field><name>LO</name><bitOffset>0</bitOffset><bitWidth>1</bitWidth></field>");
            Assert.Equal(new[] { "LO", "HI" }, r.Fields.Select(f => f.Name));
        }

        [Fact]
        public void AccessAndSemanticsAreReadAndInherited()
        {
            Register r = SvdText.OnlyRegister(
                "<field><name>INHERITS</name><bitOffset>0</bitOffset><bitWidth>1</bitWidth></field>" +
                "<field><name>W1C</name><bitOffset>1</bitOffset><bitWidth>1</bitWidth><access>read-write</access>" +
                "<modifiedWriteValues>oneToClear</modifiedWriteValues><readAction>clear</readAction></field>" +
                "<field><name>RANGED</name><bitOffset>2</bitOffset><bitWidth>4</bitWidth>" +
                "<writeConstraint><range><minimum>1</minimum><maximum>9</maximum></range></writeConstraint></field>" +
                "<field><name>WAR</name><bitOffset>6</bitOffset><bitWidth>1</bitWidth><access>writeOnce</access>" +
                "<writeConstraint><writeAsRead>true</writeAsRead></writeConstraint></field>" +
                "<field><name>UEV</name><bitOffset>7</bitOffset><bitWidth>1</bitWidth><access>read-writeOnce</access>" +
                "<writeConstraint><useEnumeratedValues>true</useEnumeratedValues></writeConstraint></field>",
                "<access>read-only</access>");
            Field[] f = r.Fields.ToArray();
            Assert.Equal(Access.ReadOnly, f[0].Access);
            Assert.Equal(ModifiedWriteValues.Modify, f[0].ModifiedWriteValues);
            Assert.Equal(ReadAction.None, f[0].ReadAction);
            Assert.Equal((Access.ReadWrite, ModifiedWriteValues.OneToClear, ReadAction.Clear), (f[1].Access, f[1].ModifiedWriteValues, f[1].ReadAction));
            Assert.Equal(new WriteConstraint(false, false, 1UL, 9UL), f[2].WriteConstraint);
            Assert.Equal(new WriteConstraint(true, false, null, null), f[3].WriteConstraint);
            Assert.Equal(Access.WriteOnce, f[3].Access);
            Assert.Equal(new WriteConstraint(false, true, null, null), f[4].WriteConstraint);
            Assert.Equal(Access.ReadWriteOnce, f[4].Access);
        }

        [Fact]
        public void RegisterLevelWriteSemanticsReachFieldsWithoutTheirOwn()
        {
            Register r = SvdText.OnlyRegister(
                "<field><name>A</name><bitOffset>0</bitOffset><bitWidth>1</bitWidth></field>" +
                "<field><name>B</name><bitOffset>1</bitOffset><bitWidth>1</bitWidth><modifiedWriteValues>oneToSet</modifiedWriteValues></field>",
                "<modifiedWriteValues>oneToClear</modifiedWriteValues><readAction>modify</readAction><dataType>uint32_t</dataType><displayName>R_DISP</displayName>");
            Assert.Equal(ModifiedWriteValues.OneToClear, r.ModifiedWriteValues);
            Assert.Equal(ReadAction.Modify, r.ReadAction);
            Assert.Equal("uint32_t", r.DataType);
            Assert.Equal("R_DISP", r.DisplayName);
            Assert.Equal(ModifiedWriteValues.OneToClear, r.Fields[0].ModifiedWriteValues);
            Assert.Equal(ModifiedWriteValues.OneToSet, r.Fields[1].ModifiedWriteValues);
            Assert.Equal(ReadAction.Modify, r.Fields[0].ReadAction);
        }

        [Fact]
        public void FieldPositionPointsAtTheFieldElement()
        {
            string text = SvdText.Device(SvdText.Peripheral(SvdText.Register("<field><name>F</name><bitOffset>0</bitOffset><bitWidth>1</bitWidth></field>")));
            Field f = ((Register)SvdText.ReadClean(text).Peripherals[0].Children[0]).Fields[0];
            Assert.Equal(SvdText.Locate(text, "<field>"), f.Position);
        }
    }
}
