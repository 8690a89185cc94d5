using System.Linq;
using PacGen.Svd.Model;
using PacGen.Svd.Tests.Support;
using Xunit;

namespace PacGen.Svd.Tests
{
    public sealed class DeviceAndPeripheralTests
    {
        [Fact]
        public void ReadsDeviceHeaderCpuAndDefaults()
        {
            string text = "<?xml version=\"1.0\"?>\n<device schemaVersion=\"1.3\">\n" +
                "<vendor>ACME</vendor><name>CHIP1</name><series>C1</series><version>1.2</version>\n" +
                "<description>A   test\n   chip</description><licenseText>Free\\n to use</licenseText>\n" +
                "<cpu><name>CM4</name><revision>r0p1</revision><endian>little</endian><mpuPresent>true</mpuPresent>" +
                "<fpuPresent>1</fpuPresent><nvicPrioBits>4</nvicPrioBits><vendorSystickConfig>false</vendorSystickConfig></cpu>\n" +
                "<addressUnitBits>8</addressUnitBits><width>32</width>\n" +
                "<size>16</size><access>read-only</access><protection>s</protection><resetValue>0x12</resetValue><resetMask>0xFF</resetMask>\n" +
                "<peripherals><peripheral><name>P</name><baseAddress>0x1000</baseAddress><registers>" +
                "<register><name>R</name><addressOffset>0</addressOffset></register></registers></peripheral></peripherals></device>";
            Device device = SvdText.ReadClean(text);
            Assert.Equal("CHIP1", device.Name);
            Assert.Equal("ACME", device.Vendor);
            Assert.Equal("C1", device.Series);
            Assert.Equal("1.2", device.Version);
            Assert.Equal("A test chip", device.Description);
            Assert.Equal("Free\\n to use", device.LicenseText);
            Assert.Equal(new Cpu("CM4", "r0p1", "little", true, true, 4, false), device.Cpu);
            Assert.Equal(8, device.AddressUnitBits);
            Assert.Equal(32, device.Width);
            Assert.Equal(new RegisterProperties(16, Access.ReadOnly, Protection.Secure, 0x12UL, 0xFFUL), device.Defaults);
            Assert.Equal(new SourcePosition(2, 2), device.Position);

            var register = (Register)device.Peripherals.Single().Children.Single();
            Assert.Equal(16, register.Size);
            Assert.Equal(Access.ReadOnly, register.Access);
            Assert.Equal(Protection.Secure, register.Protection);
            Assert.Equal(0x12UL, register.ResetValue);
            Assert.Equal(0xFFUL, register.ResetMask);
        }

        [Fact]
        public void ReadsPeripheralElements()
        {
            string peripheral = "<peripheral><name>UART0</name><version>2</version><description>Serial</description>" +
                "<alternatePeripheral>UARTX</alternatePeripheral><groupName>UART</groupName><prependToName>U0_</prependToName>" +
                "<appendToName>_X</appendToName><headerStructName>UartT</headerStructName><baseAddress>0x40001000</baseAddress>" +
                "<addressBlock><offset>0</offset><size>0x400</size><usage>registers</usage><protection>n</protection></addressBlock>" +
                "<interrupt><name>UART0_IRQ</name><description>rx/tx</description><value>5</value></interrupt>" +
                "<registers><register><name>DR</name><addressOffset>0</addressOffset></register></registers></peripheral>\n";
            Peripheral p = SvdText.ReadClean(SvdText.Device(peripheral)).Peripherals.Single();
            Assert.Equal("UART0", p.Name);
            Assert.Equal("2", p.Version);
            Assert.Equal("Serial", p.Description);
            Assert.Equal("UARTX", p.AlternatePeripheral);
            Assert.Equal("UART", p.GroupName);
            Assert.Equal("U0_", p.PrependToName);
            Assert.Equal("_X", p.AppendToName);
            Assert.Equal("UartT", p.HeaderStructName);
            Assert.Equal(0x40001000UL, p.BaseAddress);
            Assert.Equal("UART0", p.TypeName);
            Assert.Null(p.DerivedFrom);
            Assert.Equal(new AddressBlock(0, 0x400, "registers", Protection.NonSecure), p.AddressBlocks.Single());
            Assert.Equal(new Interrupt("UART0_IRQ", "rx/tx", 5, "UART0"), p.Interrupts.Single());
        }

        [Fact]
        public void DeviceInterruptsAreSortedByValueWithoutDuplicates()
        {
            string text = SvdText.Device(
                "<peripheral><name>A</name><baseAddress>0</baseAddress><interrupt><name>TWO</name><value>2</value></interrupt>" +
                "<interrupt><name>ONE</name><value>1</value></interrupt></peripheral>\n" +
                "<peripheral><name>B</name><baseAddress>0x100</baseAddress><interrupt><name>TWO</name><value>2</value></interrupt></peripheral>\n");
            Device device = SvdText.ReadClean(text);
            Assert.Equal(new[] { "ONE", "TWO" }, device.Interrupts.Select(i => i.Name));
        }

        [Fact]
        public void PeripheralArrayExpandsIntoInstancesSharingOneType()
        {
            string text = SvdText.Device(
                "<peripheral><dim>3</dim><dimIncrement>0x1000</dimIncrement><name>TIMER%s</name><baseAddress>0x40010000</baseAddress>" +
                "<registers><register><name>CNT</name><addressOffset>4</addressOffset></register></registers></peripheral>\n");
            Device device = SvdText.ReadClean(text);
            Assert.Equal(new[] { "TIMER0", "TIMER1", "TIMER2" }, device.Peripherals.Select(p => p.Name));
            Assert.Equal(new[] { 0x40010000UL, 0x40011000UL, 0x40012000UL }, device.Peripherals.Select(p => p.BaseAddress));
            Assert.All(device.Peripherals, p => Assert.Equal("TIMER", p.TypeName));
        }

        [Fact]
        public void PeripheralArrayWithBracketsAndIndexList()
        {
            string text = SvdText.Device(
                "<peripheral><dim>2</dim><dimIncrement>0x100</dimIncrement><dimIndex>A,B</dimIndex><name>PORT[%s]</name><baseAddress>0x1000</baseAddress>" +
                "<registers><register><name>OUT</name><addressOffset>0</addressOffset></register></registers></peripheral>\n");
            Device device = SvdText.ReadClean(text);
            Assert.Equal(new[] { "PORTA", "PORTB" }, device.Peripherals.Select(p => p.Name));
            Assert.Equal(new[] { 0x1000UL, 0x1100UL }, device.Peripherals.Select(p => p.BaseAddress));
        }

        [Fact]
        public void DescriptorTableHasUniqueFrontEndIds()
        {
            var ids = Diagnostics.SvdDiagnosticDescriptors.All.Select(d => d.Id).ToList();
            Assert.Equal(ids.Count, ids.Distinct().Count());
            Assert.All(ids, id => Assert.Matches("^PACGEN0[0-9][0-9]$", id));
            Assert.Equal(ids.OrderBy(i => i, System.StringComparer.Ordinal), ids);
        }
    }
}
