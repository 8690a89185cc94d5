using System;
using System.Device.Gpio;
using System.IO;
using PacGen.Runtime.Linux;
using Xunit;

namespace PacGen.Iot.RaspberryPi.Tests;

/// <summary>
/// The driver on real memory: a tmpfs file mapped as the GPIO block stands in for /dev/gpiomem (no simulation bus
/// is installed on this path), and on this machine, which is no Raspberry Pi, the default constructor refuses.
/// </summary>
public sealed class HardwarePathTests : IDisposable
{
    private readonly string _file = Path.Combine(Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(), "pacgen-gpio-" + Guid.NewGuid().ToString("N"));

    public HardwarePathTests()
    {
        using var stream = new FileStream(_file, FileMode.CreateNew);
        stream.SetLength(Environment.SystemPageSize);
    }

    public void Dispose() => File.Delete(_file);

    [Fact]
    public void On_a_mapped_block_the_driver_writes_the_registers_in_memory()
    {
        using (var controller = new GpioController(Bcm2711GpioDriver.FromRegion(MappedRegion.File(_file, 0, Bcm2711GpioDriver.RegisterBlockLength), ownsRegion: true)))
        {
            controller.OpenPin(42, PinMode.Output);
            controller.Write(42, PinValue.High);
            controller.OpenPin(17, PinMode.InputPullUp);
        }

        Assert.Equal(0x40u, Word(0x10));          // GPFSEL4: FSEL42 = output
        Assert.Equal(0x400u, Word(0x20));         // GPSET1: SET42
        Assert.Equal(0x4u, Word(0xE8));           // GPIO_PUP_PDN_CNTRL_REG1: GPIO17 pull-up
    }

    [Fact]
    public void A_region_smaller_than_the_GPIO_block_is_refused()
    {
        using MappedRegion region = MappedRegion.File(_file, 0, 0x40);

        ArgumentException error = Assert.Throws<ArgumentException>(() => Bcm2711GpioDriver.FromRegion(region));

        Assert.StartsWith(_file + " @ 0x0, 64 bytes is smaller than the BCM2711 GPIO register block (244 bytes).", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Off_a_Raspberry_Pi_the_default_driver_is_not_supported_and_TryCreate_says_false()
    {
        if (File.Exists(MappedRegion.GpioMemPath) && DeviceTree.IsCompatible(Bcm2711GpioDriver.Compatible))
        {
            return; // a Raspberry Pi 4: the driver would work here
        }

        PlatformNotSupportedException error = Assert.Throws<PlatformNotSupportedException>(() => new Bcm2711GpioDriver());
        bool created = GpioDriver.TryCreate(() => new Bcm2711GpioDriver(), out Bcm2711GpioDriver? driver);

        Assert.DoesNotContain('\n', error.Message);
        Assert.False(created);
        Assert.Null(driver);
    }

    [Fact]
    public void The_register_block_length_is_the_SVDs_GPIO_address_block()
    {
        PacGen.Svd.Model.Device device = PacGen.Svd.SvdReader.ReadFile(PacGen.TestSupport.RepoPaths.Svd("bcm2711.svd")).Device!;
        PacGen.Svd.Model.Peripheral gpio = System.Linq.Enumerable.First(device.Peripherals, p => p.Name == "GPIO");

        Assert.Equal(Bcm2711GpioDriver.RegisterBlockLength, (long)gpio.AddressBlocks[0].Size);
    }

    private uint Word(long offset)
    {
        using var stream = new FileStream(_file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var bytes = new byte[4];
        stream.Position = offset;
        stream.ReadExactly(bytes);
        return BitConverter.ToUInt32(bytes);
    }
}
