using System.Linq;
using PacGen.Svd.Model;
using PacGen.Svd.Tests.Support;
using Xunit;

namespace PacGen.Svd.Tests
{
    public sealed class DerivationTests
    {
        private const string UartRegisters =
            "<registers><register><name>DR</name><addressOffset>0</addressOffset><size>8</size></register>" +
            "<register><name>SR</name><addressOffset>4</addressOffset><access>read-only</access></register></registers>";

        [Fact]
        public void DerivedPeripheralWithoutRegistersSharesTheSourceLayoutAndType()
        {
            string text = SvdText.Device(
                "<peripheral><name>UART1</name><description>first</description><groupName>UART</groupName><baseAddress>0x1000</baseAddress>" +
                "<interrupt><name>UART1</name><value>3</value></interrupt>" + UartRegisters + "</peripheral>\n" +
                "<peripheral derivedFrom=\"UART1\"><name>UART2</name><baseAddress>0x2000</baseAddress></peripheral>\n");
            Device device = SvdText.ReadClean(text);
            Peripheral uart1 = device.Peripherals[0], uart2 = device.Peripherals[1];
            Assert.Equal("UART1", uart2.DerivedFrom);
            Assert.Equal("UART1", uart2.TypeName);
            Assert.Equal(0x2000UL, uart2.BaseAddress);
            Assert.Equal("first", uart2.Description);
            Assert.Equal("UART", uart2.GroupName);
            Assert.Equal(uart1.Children, uart2.Children);
            Assert.Empty(uart2.Interrupts); // interrupts belong to the instance
        }

        [Fact]
        public void ForwardReferencesAndChainsResolve()
        {
            string text = SvdText.Device(
                "<peripheral derivedFrom=\"B\"><name>C</name><baseAddress>0x3000</baseAddress></peripheral>\n" +
                "<peripheral derivedFrom=\"A\"><name>B</name><baseAddress>0x2000</baseAddress></peripheral>\n" +
                "<peripheral><name>A</name><baseAddress>0x1000</baseAddress>" + UartRegisters + "</peripheral>\n");
            Device device = SvdText.ReadClean(text);
            Assert.Equal(new[] { "C", "B", "A" }, device.Peripherals.Select(p => p.Name));
            Assert.All(device.Peripherals, p => Assert.Equal("A", p.TypeName));
            Assert.All(device.Peripherals, p => Assert.Equal(2, p.Children.Count));
        }

        [Fact]
        public void DerivedPeripheralWithOwnRegistersMergesByNameAndGetsItsOwnType()
        {
            string text = SvdText.Device(
                "<peripheral><name>A</name><baseAddress>0x1000</baseAddress>" + UartRegisters + "</peripheral>\n" +
                "<peripheral derivedFrom=\"A\"><name>B</name><baseAddress>0x2000</baseAddress><registers>" +
                "<register><name>SR</name><addressOffset>4</addressOffset><access>read-write</access></register>" +
                "<register><name>EXTRA</name><addressOffset>8</addressOffset></register></registers></peripheral>\n");
            Peripheral b = SvdText.ReadClean(text).Peripherals[1];
            Assert.Equal("B", b.TypeName);
            Assert.Equal(new[] { "DR", "SR", "EXTRA" }, b.Children.Select(c => c.Name));
            Assert.Equal(Access.ReadWrite, ((Register)b.Children[1]).Access);
        }

        [Fact]
        public void DerivedPeripheralWithDifferentDefaultsGetsItsOwnType()
        {
            string text = SvdText.Device(
                "<peripheral><name>A</name><baseAddress>0x1000</baseAddress>" + UartRegisters + "</peripheral>\n" +
                "<peripheral derivedFrom=\"A\"><name>B</name><baseAddress>0x2000</baseAddress><resetValue>1</resetValue></peripheral>\n");
            Peripheral b = SvdText.ReadClean(text).Peripherals[1];
            Assert.Equal("B", b.TypeName);
            Assert.Equal(1UL, ((Register)b.Children[0]).ResetValue);
        }

        [Fact]
        public void RegisterDerivesFromSiblingWithOverrides()
        {
            Peripheral p = SvdText.OnlyPeripheral(
                "<register><name>CTRL0</name><description>control</description><addressOffset>0</addressOffset><size>16</size><resetValue>5</resetValue>" +
                "<fields><field><name>EN</name><bitOffset>0</bitOffset><bitWidth>1</bitWidth></field>" +
                "<field><name>MODE</name><bitOffset>1</bitOffset><bitWidth>2</bitWidth></field></fields></register>\n" +
                "<register derivedFrom=\"CTRL0\"><name>CTRL1</name><addressOffset>4</addressOffset><resetValue>7</resetValue>" +
                "<fields><field><name>MODE</name><bitOffset>1</bitOffset><bitWidth>3</bitWidth></field></fields></register>");
            var ctrl1 = (Register)p.Children[1];
            Assert.Equal("CTRL1", ctrl1.Name);
            Assert.Equal("control", ctrl1.Description);
            Assert.Equal(4UL, ctrl1.AddressOffset);
            Assert.Equal(16, ctrl1.Size);
            Assert.Equal(7UL, ctrl1.ResetValue);
            Assert.Equal(new[] { ("EN", 1), ("MODE", 3) }, ctrl1.Fields.Select(f => (f.Name, f.BitWidth)));
        }

        [Fact]
        public void RegisterDerivesAcrossPeripheralsByDottedPathIntoClusters()
        {
            string text = SvdText.Device(
                SvdText.Peripheral("<cluster><name>CH</name><addressOffset>0x10</addressOffset>" +
                    "<register><name>CFG</name><addressOffset>0</addressOffset><size>8</size><resetValue>3</resetValue></register></cluster>", "SRC") +
                "<peripheral><name>DST</name><baseAddress>0x5000</baseAddress><registers>" +
                "<register derivedFrom=\"SRC.CH.CFG\"><name>MYCFG</name><addressOffset>8</addressOffset></register></registers></peripheral>\n");
            var reg = (Register)SvdText.ReadClean(text).Peripherals[1].Children.Single();
            Assert.Equal(8, reg.Size);
            Assert.Equal(3UL, reg.ResetValue);
        }

        [Fact]
        public void RegisterInClusterDerivesFromRegisterOfEnclosingScope()
        {
            Peripheral p = SvdText.OnlyPeripheral(
                "<register><name>BASE</name><addressOffset>0</addressOffset><size>16</size></register>" +
                "<cluster><name>C</name><addressOffset>0x10</addressOffset>" +
                "<register derivedFrom=\"BASE\"><name>COPY</name><addressOffset>0</addressOffset></register></cluster>");
            var cluster = (Cluster)p.Children[1];
            Assert.Equal(16, ((Register)cluster.Children.Single()).Size);
        }

        [Fact]
        public void RegisterDerivesFromASiblingByItsFullPath()
        {
            Peripheral p = SvdText.OnlyPeripheral(
                "<cluster><name>C</name><addressOffset>0</addressOffset>" +
                "<register><name>X</name><addressOffset>0</addressOffset><size>8</size></register>" +
                "<register derivedFrom=\"P.C.X\"><name>Y</name><addressOffset>4</addressOffset></register>" +
                "<register derivedFrom=\"C.X\"><name>Z</name><addressOffset>8</addressOffset></register></cluster>");
            var cluster = (Cluster)p.Children.Single();
            Assert.All(cluster.Children, r => Assert.Equal(8, ((Register)r).Size));
        }

        [Fact]
        public void ClusterDerivesWithChildren()
        {
            Peripheral p = SvdText.OnlyPeripheral(
                "<cluster><name>A</name><headerStructName>AT</headerStructName><addressOffset>0</addressOffset>" +
                "<register><name>X</name><addressOffset>0</addressOffset></register>" +
                "<register><name>Y</name><addressOffset>4</addressOffset></register></cluster>" +
                "<cluster derivedFrom=\"A\"><name>B</name><addressOffset>0x10</addressOffset>" +
                "<register><name>Z</name><addressOffset>8</addressOffset></register></cluster>");
            var b = (Cluster)p.Children[1];
            Assert.Equal("AT", b.HeaderStructName);
            Assert.Equal(0x10UL, b.AddressOffset);
            Assert.Equal(new[] { "X", "Y", "Z" }, b.Children.Select(c => c.Name));
        }

        [Fact]
        public void FieldDerivesFromSiblingAndFromOtherRegister()
        {
            Peripheral p = SvdText.OnlyPeripheral(
                "<register><name>A</name><addressOffset>0</addressOffset><fields>" +
                "<field><name>F</name><description>f</description><bitOffset>4</bitOffset><bitWidth>2</bitWidth><access>read-only</access></field>" +
                "<field derivedFrom=\"F\"><name>G</name><bitOffset>8</bitOffset></field></fields></register>" +
                "<register><name>B</name><addressOffset>4</addressOffset><fields>" +
                "<field derivedFrom=\"A.F\"><name>H</name><bitOffset>0</bitOffset></field></fields></register>");
            Field g = ((Register)p.Children[0]).Fields[1];
            Assert.Equal(("G", 8, 2, Access.ReadOnly, "f"), (g.Name, g.BitOffset, g.BitWidth, g.Access, g.Description));
            Field h = ((Register)p.Children[1]).Fields.Single();
            Assert.Equal(("H", 0, 2, Access.ReadOnly), (h.Name, h.BitOffset, h.BitWidth, h.Access));
        }

        [Fact]
        public void FieldDerivesByPathThroughItsOwnRegister()
        {
            Register r = SvdText.OnlyRegister(
                "<field><name>F</name><bitOffset>0</bitOffset><bitWidth>3</bitWidth></field>" +
                "<field derivedFrom=\"R.F\"><name>G</name><bitOffset>4</bitOffset></field>");
            Assert.Equal(3, r.Fields[1].BitWidth);
        }

        [Fact]
        public void PeripheralDerivesFromAnElementOfAPeripheralArray()
        {
            string text = SvdText.Device(
                "<peripheral><dim>2</dim><dimIncrement>0x100</dimIncrement><name>T%s</name><baseAddress>0x1000</baseAddress>" +
                "<registers><register><name>CNT</name><addressOffset>0</addressOffset></register></registers></peripheral>\n" +
                "<peripheral derivedFrom=\"T1\"><name>X</name><baseAddress>0x2000</baseAddress></peripheral>\n");
            Device device = SvdText.ReadClean(text);
            Peripheral x = device.Peripherals.Single(p => p.Name == "X");
            Assert.Equal("T", x.TypeName);
            Assert.Equal(device.Peripherals[0].Children, x.Children);
        }

        [Fact]
        public void DerivedFromCanNameAnElementOfADimList()
        {
            Peripheral p = SvdText.OnlyPeripheral(
                "<register><dim>2</dim><dimIncrement>4</dimIncrement><name>P%sPFS</name><addressOffset>0</addressOffset><size>16</size></register>" +
                "<register derivedFrom=\"P1PFS\"><name>Q</name><addressOffset>0x10</addressOffset></register>");
            Assert.Equal(16, ((Register)p.Children[1]).Size);
            Assert.Null(p.Children[1].Dim);
        }
    }
}
