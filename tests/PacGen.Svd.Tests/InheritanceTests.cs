using System.Linq;
using PacGen.Svd.Model;
using PacGen.Svd.Tests.Support;
using Xunit;

namespace PacGen.Svd.Tests
{
    public sealed class InheritanceTests
    {
        [Fact]
        public void PropertiesFlowDeviceToPeripheralToClusterToRegister()
        {
            string text = SvdText.Device(
                "<peripheral><name>P</name><baseAddress>0</baseAddress><access>read-only</access><resetValue>0xAB</resetValue><registers>" +
                "<cluster><name>C</name><addressOffset>0</addressOffset><size>64</size>" +
                "<register><name>WIDE</name><addressOffset>0</addressOffset></register></cluster>" +
                "<register><name>PLAIN</name><addressOffset>0x10</addressOffset><resetMask>0xF0</resetMask></register>" +
                "</registers></peripheral>\n",
                "  <size>16</size><protection>p</protection>\n");
            Peripheral p = SvdText.ReadClean(text).Peripherals.Single();
            var wide = (Register)((Cluster)p.Children[0]).Children.Single();
            Assert.Equal((64, Access.ReadOnly, Protection.Privileged, 0xABUL, ulong.MaxValue), (wide.Size, wide.Access, wide.Protection, wide.ResetValue, wide.ResetMask));
            var plain = (Register)p.Children[1];
            Assert.Equal((16, 0xABUL, 0xF0UL), (plain.Size, plain.ResetValue, plain.ResetMask));
        }

        [Fact]
        public void DefaultsWhenNothingIsWritten()
        {
            Register r = SvdText.OnlyRegister("<field><name>F</name><bitOffset>0</bitOffset><bitWidth>1</bitWidth></field>");
            // No resetValue anywhere: resets to 0; resetMask covers the register (as svdconv and `pacgen map` print it).
            Assert.Equal((32, Access.ReadWrite, Protection.None, 0UL, 0xFFFFFFFFUL), (r.Size, r.Access, r.Protection, r.ResetValue, r.ResetMask));
            Assert.Equal(Access.ReadWrite, r.Fields[0].Access);
        }

        [Fact]
        public void ResetMaskDefaultsToTheRegisterWidthWhenAResetValueIsGiven()
        {
            Register r = SvdText.OnlyRegister("", "<size>8</size><resetValue>0x5</resetValue>");
            Assert.Equal((0x5UL, 0xFFUL), (r.ResetValue, r.ResetMask));
        }

        [Fact]
        public void RegistersAndClustersAreSortedByOffsetThenName()
        {
            Peripheral p = SvdText.OnlyPeripheral(
                "<register><name>Z</name><addressOffset>8</addressOffset></register>" +
                "<register><name>B</name><addressOffset>0</addressOffset><alternateRegister>A</alternateRegister></register>" +
                "<register><name>A</name><addressOffset>0</addressOffset><alternateGroup>G</alternateGroup></register>" +
                "<cluster><name>C</name><alternateCluster>X</alternateCluster><addressOffset>4</addressOffset><register><name>R</name><addressOffset>0</addressOffset></register></cluster>");
            Assert.Equal(new[] { "A", "B", "C", "Z" }, p.Children.Select(c => c.Name));
            Assert.Equal("G", ((Register)p.Children[0]).AlternateGroup);
            Assert.Equal("A", ((Register)p.Children[1]).AlternateRegister);
            Assert.Equal("X", ((Cluster)p.Children[2]).AlternateCluster);
        }
    }
}
