using System.Linq;
using PacGen.Svd.Model;
using PacGen.Svd.Tests.Support;
using Xunit;

namespace PacGen.Svd.Tests
{
    public sealed class DeviceMapTests
    {
        [Fact]
        public void FlattensArraysClustersAndDerivedPeripheralsInAddressOrder()
        {
            string text = SvdText.Device(
                SvdText.Peripheral(
                    "<register><name>LAST</name><addressOffset>0x200</addressOffset></register>" +
                    "<register><dim>2</dim><dimIncrement>4</dimIncrement><name>DEVICEID[%s]</name><displayName>DEVICEID[%s]</displayName><addressOffset>0</addressOffset></register>" +
                    "<register><dim>2</dim><dimIncrement>4</dimIncrement><dimIndex>A,B</dimIndex><name>DATA%s</name><addressOffset>8</addressOffset></register>" +
                    "<cluster><dim>3</dim><dimIncrement>0x20</dimIncrement><name>CH[%s]</name><addressOffset>0x100</addressOffset>" +
                    "<register><name>CTRL</name><addressOffset>4</addressOffset><fields>" +
                    "<field><dim>2</dim><dimIncrement>4</dimIncrement><name>EN%s</name><bitOffset>0</bitOffset><bitWidth>1</bitWidth></field>" +
                    "<field><name>MID</name><bitOffset>2</bitOffset><bitWidth>1</bitWidth></field></fields></register></cluster>") +
                "<peripheral derivedFrom=\"P\"><name>Q</name><baseAddress>0x50000000</baseAddress></peripheral>\n");
            Device device = SvdText.ReadClean(text);
            var flat = DeviceMap.Flatten(device);
            var p = flat.Where(r => r.Peripheral.Name == "P").ToList();
            Assert.Equal(new[] { "DEVICEID[0]", "DEVICEID[1]", "DATAA", "DATAB", "CH[0].CTRL", "CH[1].CTRL", "CH[2].CTRL", "LAST" }, p.Select(r => r.Path));
            Assert.Equal(new[] { 0x40000000UL, 0x40000004UL, 0x40000008UL, 0x4000000CUL, 0x40000104UL, 0x40000124UL, 0x40000144UL, 0x40000200UL }, p.Select(r => r.Address));

            RegisterInstance ch2 = p.Single(r => r.Path == "CH[2].CTRL");
            Assert.Equal("CTRL", ch2.Register.Name);
            Assert.Null(ch2.Register.Dim);
            Assert.Equal(0x144UL, ch2.Register.AddressOffset);
            Assert.Equal(new[] { ("EN0", 0), ("MID", 2), ("EN1", 4) }, ch2.ExpandedFields.Select(f => (f.Name, f.BitOffset)));
            Assert.All(ch2.ExpandedFields, f => Assert.Null(f.Dim));

            RegisterInstance id1 = p.Single(r => r.Path == "DEVICEID[1]");
            Assert.Equal(("DEVICEID1", "DEVICEID1"), (id1.Register.Name, id1.Register.DisplayName));

            var q = flat.Where(r => r.Peripheral.Name == "Q").ToList();
            Assert.Equal(8, q.Count);
            Assert.Equal(0x50000000UL, q[0].Address);
            Assert.Equal(new[] { "P", "Q" }, flat.Select(r => r.Peripheral.Name).Distinct());
        }
    }
}
