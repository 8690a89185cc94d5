using System;
using PacGen.Runtime;
using PacGen.Simulation.Models;
using Xunit;

namespace PacGen.Simulation.Tests;

public sealed class Bcm2711GpioTests
{
    [Fact]
    public void Set_and_clear_drive_the_level_of_an_output_pin()
    {
        (SimulatedDevice device, Bcm2711Models models) = Bcm2711Chip.WithModels();
        using MmioBus.Scope scope = device.Activate();

        Mmio.Write32(Bcm2711Chip.GpFsel4, 1u << 6);          // FSEL42 = OUTPUT
        Mmio.Write32(Bcm2711Chip.GpSet1, 1u << 10);          // SET42
        uint high = Mmio.Read32(Bcm2711Chip.GpLev1);
        Mmio.Write32(Bcm2711Chip.GpClr1, 1u << 10);          // CLR42
        uint low = Mmio.Read32(Bcm2711Chip.GpLev1);

        Assert.Equal(1u << 10, high);
        Assert.Equal(0u, low);
        Assert.False(models.Gpio.Level(42));
    }

    [Fact]
    public void An_input_pin_shows_the_driven_level_and_its_latch_appears_when_it_becomes_an_output()
    {
        (SimulatedDevice device, Bcm2711Models models) = Bcm2711Chip.WithModels();
        using MmioBus.Scope scope = device.Activate();

        Mmio.Write32(Bcm2711Chip.GpSet1, 1u << 10);          // latched, but pin 42 is still an input
        models.Gpio.DriveInput(17, true);
        Assert.Equal(0u, Mmio.Read32(Bcm2711Chip.GpLev1));
        Assert.Equal(1u << 17, Mmio.Read32(Bcm2711Chip.GpLev0));

        Mmio.Write32(Bcm2711Chip.GpFsel4, 1u << 6);
        Assert.Equal(1u << 10, Mmio.Read32(Bcm2711Chip.GpLev1));
        Assert.Equal(1, models.Gpio.Function(42));
    }

    [Fact]
    public void GPLEV_is_read_only_on_the_bus_and_GPSET_reads_as_zero()
    {
        (SimulatedDevice device, _) = Bcm2711Chip.WithModels();
        using MmioBus.Scope scope = device.Activate();

        Mmio.Write32(Bcm2711Chip.GpLev1, 0xFFFF_FFFF);
        Mmio.Write32(Bcm2711Chip.GpSet1, 1u << 3);

        Assert.Equal(0u, Mmio.Read32(Bcm2711Chip.GpLev1));
        Assert.Equal(0u, Mmio.Read32(Bcm2711Chip.GpSet1));
    }

    [Fact]
    public void A_timeline_records_level_changes_in_virtual_time()
    {
        (SimulatedDevice device, Bcm2711Models models) = Bcm2711Chip.WithModels();
        PinTimeline led = models.Gpio.Record(42);
        using MmioBus.Scope scope = device.Activate();

        Mmio.Write32(Bcm2711Chip.GpFsel4, 1u << 6);
        Mmio.Write32(Bcm2711Chip.GpSet1, 1u << 10);
        device.Clock.Advance(TimeSpan.FromMilliseconds(250));
        Mmio.Write32(Bcm2711Chip.GpSet1, 1u << 10);          // already high: no change recorded
        Mmio.Write32(Bcm2711Chip.GpClr1, 1u << 10);

        Assert.Equal("0.000000 s  ON\n0.250000 s  OFF\n", led.Render());
        Assert.Throws<ArgumentOutOfRangeException>(() => models.Gpio.Record(58));
    }
}
