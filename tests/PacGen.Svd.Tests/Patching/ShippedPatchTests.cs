using System.IO;
using System.Linq;
using PacGen.Svd.Diagnostics;
using PacGen.Svd.Model;
using PacGen.Svd.Patching;
using PacGen.TestSupport;
using Xunit;

namespace PacGen.Svd.Tests.Patching
{
    /// <summary>The patches PacGen ships in svd/ (no ../shared needed).</summary>
    public sealed class ShippedPatchTests
    {
        private static Peripheral Gpio()
        {
            SvdReadResult result = SvdReader.ReadPatched(SvdPatch.LoadFile(Path.Combine(RepoPaths.Root, "svd", "bcm2711.yaml")));
            Assert.DoesNotContain(result.Diagnostics, d => d.Severity == SvdSeverity.Error || d.Id.StartsWith("PACGEN3", System.StringComparison.Ordinal));
            return result.Device!.Peripherals.Single(p => p.Name == "GPIO");
        }

        [Fact]
        public void Bcm2711FunctionSelectIsAnArrayOfArraysWithOneEnum()
        {
            Register gpfsel = Gpio().Children.OfType<Register>().Single(r => r.Name == "GPFSEL");
            Assert.Equal((6, 4UL), (gpfsel.Dim!.Count, gpfsel.Dim.Increment));
            Field fsel = Assert.Single(gpfsel.Fields);
            Assert.Equal(("FSEL", 10, 3UL, 3), (fsel.Name, fsel.Dim!.Count, fsel.Dim.Increment, fsel.BitWidth));
            EnumeratedValues set = Assert.Single(fsel.EnumeratedValues);
            Assert.Equal("FunctionSelect", set.Name);
            Assert.Equal(new[] { "Input", "Output", "Alt5", "Alt4", "Alt0", "Alt1", "Alt2", "Alt3" }, set.Values.Select(v => v.Name));
        }

        [Theory]
        [InlineData("GPSET", "SET")]
        [InlineData("GPCLR", "CLR")]
        [InlineData("GPLEV", "LEV")]
        [InlineData("GPEDS", "EDS")]
        [InlineData("GPREN", "REN")]
        [InlineData("GPAFEN", "AFEN")]
        public void Bcm2711PinRegistersAreTwoBy32(string register, string field)
        {
            Register r = Gpio().Children.OfType<Register>().Single(x => x.Name == register);
            Assert.Equal((2, 4UL), (r.Dim!.Count, r.Dim.Increment));
            Field f = Assert.Single(r.Fields);
            Assert.Equal((field, 32, 1UL, 1), (f.Name, f.Dim!.Count, f.Dim.Increment, f.BitWidth));
        }

        [Fact]
        public void Rp2040DmaChannelsAreOneClusterArray()
        {
            Device device = Rp2040();
            Cluster ch = device.Peripherals.Single(p => p.Name == "DMA").Children.OfType<Cluster>().Single(c => c.Name == "CH");
            Assert.Equal((12, 0x40UL, 0UL), (ch.Dim!.Count, ch.Dim.Increment, ch.AddressOffset));
            Assert.Equal(16, ch.Children.Count);
            Assert.Equal(("READ_ADDR", 0UL), (ch.Children[0].Name, ch.Children[0].AddressOffset));
            Assert.Equal(("AL3_READ_ADDR_TRIG", 0x3CUL), (ch.Children[15].Name, ch.Children[15].AddressOffset));
            Assert.DoesNotContain(device.Peripherals.Single(p => p.Name == "DMA").Children, n => n.Name.StartsWith("CH1_", System.StringComparison.Ordinal));
        }

        [Fact]
        public void Rp2040FuncselIsOneEnumPerFunctionTable()
        {
            Device device = Rp2040();
            var sets = DeviceMap.Flatten(device)
                .SelectMany(r => r.ExpandedFields.Where(f => f.Name == "FUNCSEL").SelectMany(f => f.EnumeratedValues))
                .Select(e => e.Name).Distinct().OrderBy(n => n, System.StringComparer.Ordinal).ToArray();
            Assert.Equal(new[] { "Funcsel", "QspiFuncsel" }, sets);
            Cluster gpio = device.Peripherals.Single(p => p.Name == "IO_BANK0").Children.OfType<Cluster>().Single(c => c.Name == "GPIO");
            Assert.Equal((30, 8UL), (gpio.Dim!.Count, gpio.Dim.Increment));
        }

        private static Device Rp2040()
        {
            SvdReadResult result = SvdReader.ReadPatched(SvdPatch.LoadFile(Path.Combine(RepoPaths.Root, "svd", "rp2040.yaml")));
            Assert.DoesNotContain(result.Diagnostics, d => d.Severity == SvdSeverity.Error || d.Id.StartsWith("PACGEN3", System.StringComparison.Ordinal));
            return result.Device!;
        }

        [Fact]
        public void Bcm2711PullsAreFourBy16()
        {
            Register r = Gpio().Children.OfType<Register>().Single(x => x.Name == "GPIO_PUP_PDN_CNTRL_REG");
            Assert.Equal(4, r.Dim!.Count);
            Field f = Assert.Single(r.Fields);
            Assert.Equal((16, 2UL, 2), (f.Dim!.Count, f.Dim.Increment, f.BitWidth));
        }
    }
}
