using System.Linq;
using PacGen.Svd.Model;
using PacGen.Svd.Tests.Support;
using Xunit;

namespace PacGen.Svd.Tests
{
    public sealed class DimTests
    {
        [Fact]
        public void RegisterArrayKeepsOneNodeWithDimInfo()
        {
            var reg = (Register)SvdText.OnlyPeripheral(
                "<register><dim>6</dim><dimIncrement>4</dimIncrement><name>GPFSEL[%s]</name><addressOffset>0</addressOffset></register>").Children.Single();
            Assert.Equal("GPFSEL", reg.Name);
            Assert.NotNull(reg.Dim);
            Assert.Equal(6, reg.Dim!.Count);
            Assert.Equal(4UL, reg.Dim.Increment);
            Assert.True(reg.Dim.IsArray);
            Assert.Equal("GPFSEL[%s]", reg.Dim.NamePattern);
            Assert.Equal(new[] { "0", "1", "2", "3", "4", "5" }, reg.Dim.Indices);
            Assert.Equal("GPFSEL4", reg.Dim.ElementName(4));
        }

        [Fact]
        public void RegisterListWithIndexListAndRange()
        {
            Peripheral p = SvdText.OnlyPeripheral(
                "<register><dim>3</dim><dimIncrement>4</dimIncrement><dimIndex>A,B,C</dimIndex><name>DATA%s_REG</name><addressOffset>0</addressOffset></register>" +
                "<register><dim>4</dim><dimIncrement>4</dimIncrement><dimIndex>4-7</dimIndex><dimName>Ch</dimName><name>CH%s</name><addressOffset>0x10</addressOffset></register>" +
                "<register><dim>2</dim><dimIncrement>4</dimIncrement><dimIndex>X-Y</dimIndex><name>L%s</name><addressOffset>0x20</addressOffset></register>");
            var data = (Register)p.Children[0];
            Assert.Equal("DATA_REG", data.Name);
            Assert.False(data.Dim!.IsArray);
            Assert.Equal(new[] { "DATAA_REG", "DATAB_REG", "DATAC_REG" }, Enumerable.Range(0, 3).Select(data.Dim.ElementName));
            var ch = (Register)p.Children[1];
            Assert.Equal(new[] { "4", "5", "6", "7" }, ch.Dim!.Indices);
            Assert.Equal("Ch", ch.Dim.DimName);
            Assert.Equal(new[] { "X", "Y" }, ((Register)p.Children[2]).Dim!.Indices);
        }

        [Fact]
        public void NestedClusterArrays()
        {
            Peripheral p = SvdText.OnlyPeripheral(
                "<cluster><dim>2</dim><dimIncrement>0x20</dimIncrement><name>CH[%s]</name><addressOffset>0x100</addressOffset>" +
                "<cluster><name>SUB</name><addressOffset>0x10</addressOffset>" +
                "<register><name>CTRL</name><addressOffset>4</addressOffset></register></cluster></cluster>");
            var ch = (Cluster)p.Children.Single();
            Assert.Equal("CH", ch.Name);
            Assert.Equal(2, ch.Dim!.Count);
            var sub = (Cluster)ch.Children.Single();
            Assert.Equal("CTRL", sub.Children.Single().Name);
        }

        [Fact]
        public void FieldArray()
        {
            Field f = SvdText.OnlyField(
                "<field><dim>10</dim><dimIncrement>3</dimIncrement><name>FSEL%s</name><bitOffset>0</bitOffset><bitWidth>3</bitWidth></field>");
            Assert.Equal("FSEL", f.Name);
            Assert.Equal(10, f.Dim!.Count);
            Assert.Equal(3UL, f.Dim.Increment);
        }
    }
}
