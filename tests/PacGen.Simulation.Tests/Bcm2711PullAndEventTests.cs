using System;
using PacGen.Runtime;
using PacGen.Simulation.Models;
using Xunit;

namespace PacGen.Simulation.Tests;

/// <summary>The BCM2711 GPIO model's resistors (floating inputs) and event detection (GPEDS set by GP*EN, write 1 to clear).</summary>
public sealed class Bcm2711PullAndEventTests
{
    private const int Pin17 = 17;          // bank 0, bit 17; pull register 1, bits 2..3
    private const uint Bit17 = 1u << 17;

    [Fact]
    public void A_floating_input_reads_what_its_resistor_pulls_it_to()
    {
        (SimulatedDevice device, Bcm2711Models models) = Bcm2711Chip.WithModels();
        using MmioBus.Scope scope = device.Activate();

        uint none = Mmio.Read32(Bcm2711Chip.GpLev0);
        Mmio.Write32(Bcm2711Chip.GpPull1, 1u << 2);               // GPIO17 pull-up
        uint up = Mmio.Read32(Bcm2711Chip.GpLev0);
        Bcm2711Pull pullUp = models.Gpio.Pull(Pin17);
        Mmio.Write32(Bcm2711Chip.GpPull1, 2u << 2);               // GPIO17 pull-down
        uint down = Mmio.Read32(Bcm2711Chip.GpLev0);

        Assert.Equal(0u, none & Bit17);
        Assert.Equal(Bit17, up & Bit17);
        Assert.Equal(Bcm2711Pull.Up, pullUp);
        Assert.Equal(0u, down & Bit17);
        Assert.Equal(Bcm2711Pull.Down, models.Gpio.Pull(Pin17));
    }

    [Fact]
    public void A_driven_input_overrides_the_pull_until_released_and_an_output_overrides_both()
    {
        (SimulatedDevice device, Bcm2711Models models) = Bcm2711Chip.WithModels();
        using MmioBus.Scope scope = device.Activate();
        Mmio.Write32(Bcm2711Chip.GpPull3, 1u << ((57 - 48) * 2));   // GPIO57 pull-up

        models.Gpio.DriveInput(57, false);
        bool driven = models.Gpio.Level(57);
        models.Gpio.ReleaseInput(57);
        bool released = models.Gpio.Level(57);
        Mmio.Write32(0xFE20_0014, 1u << 21);                        // GPFSEL5: FSEL57 = OUTPUT, latch low
        bool output = models.Gpio.Level(57);

        Assert.False(driven);
        Assert.True(released);
        Assert.False(output);
        Assert.False(models.Gpio.IsDriven(57));
    }

    [Fact]
    public void Rising_and_falling_edges_set_the_status_only_where_enabled_and_writing_1_clears_it()
    {
        (SimulatedDevice device, Bcm2711Models models) = Bcm2711Chip.WithModels();
        using MmioBus.Scope scope = device.Activate();
        Mmio.Write32(Bcm2711Chip.GpRen0, Bit17);

        models.Gpio.DriveInput(Pin17, true);
        uint afterRise = Mmio.Read32(Bcm2711Chip.GpEds0);
        Mmio.Write32(Bcm2711Chip.GpEds0, Bit17);
        uint cleared = Mmio.Read32(Bcm2711Chip.GpEds0);
        models.Gpio.DriveInput(Pin17, false);                       // falling, not enabled
        uint afterFall = Mmio.Read32(Bcm2711Chip.GpEds0);
        Mmio.Write32(Bcm2711Chip.GpFen0, Bit17);
        models.Gpio.DriveInput(Pin17, true);
        models.Gpio.DriveInput(Pin17, false);

        Assert.Equal(Bit17, afterRise);
        Assert.Equal(0u, cleared);
        Assert.Equal(0u, afterFall);
        Assert.True(models.Gpio.EventDetected(Pin17));
        Assert.Equal("W GPIO.GPEDS0 0x00020000  EDS17=1", device.Trace.WritesTo("GPIO.GPEDS0")[0].ToString());
    }

    [Fact]
    public void Writing_0_to_the_status_keeps_it_and_other_pins_keep_theirs()
    {
        (SimulatedDevice device, Bcm2711Models models) = Bcm2711Chip.WithModels();
        using MmioBus.Scope scope = device.Activate();
        Mmio.Write32(Bcm2711Chip.GpRen0, Bit17 | 1u);

        models.Gpio.DriveInput(0, true);
        models.Gpio.DriveInput(Pin17, true);
        Mmio.Write32(Bcm2711Chip.GpEds0, 0);
        uint kept = Mmio.Read32(Bcm2711Chip.GpEds0);
        Mmio.Write32(Bcm2711Chip.GpEds0, 1u);

        Assert.Equal(Bit17 | 1u, kept);
        Assert.Equal(Bit17, Mmio.Read32(Bcm2711Chip.GpEds0));
    }

    [Fact]
    public void Asynchronous_edge_detectors_of_the_second_bank_set_GPEDS1()
    {
        (SimulatedDevice device, Bcm2711Models models) = Bcm2711Chip.WithModels();
        using MmioBus.Scope scope = device.Activate();
        Mmio.Write32(Bcm2711Chip.GpAren1, 1u << (42 - 32));
        Mmio.Write32(Bcm2711Chip.GpAfen1, 1u << (57 - 32));

        models.Gpio.DriveInput(42, true);
        models.Gpio.DriveInput(57, true);                           // rising: only falling is enabled on 57
        uint rise = Mmio.Read32(Bcm2711Chip.GpEds1);
        models.Gpio.DriveInput(57, false);

        Assert.Equal(1u << 10, rise);
        Assert.Equal(1u << 10 | 1u << 25, Mmio.Read32(Bcm2711Chip.GpEds1));
    }

    [Fact]
    public void A_level_event_reasserts_after_clearing_while_the_level_lasts()
    {
        (SimulatedDevice device, Bcm2711Models models) = Bcm2711Chip.WithModels();
        using MmioBus.Scope scope = device.Activate();
        models.Gpio.DriveInput(Pin17, true);

        Mmio.Write32(Bcm2711Chip.GpHen0, Bit17);                   // already high: detected at once
        uint onEnable = Mmio.Read32(Bcm2711Chip.GpEds0);
        Mmio.Write32(Bcm2711Chip.GpEds0, Bit17);
        uint stillHigh = Mmio.Read32(Bcm2711Chip.GpEds0);
        models.Gpio.DriveInput(Pin17, false);
        Mmio.Write32(Bcm2711Chip.GpEds0, Bit17);
        uint low = Mmio.Read32(Bcm2711Chip.GpEds0);
        Mmio.Write32(Bcm2711Chip.GpLen0, Bit17);

        Assert.Equal(Bit17, onEnable);
        Assert.Equal(Bit17, stillHigh);
        Assert.Equal(0u, low);
        Assert.Equal(Bit17, Mmio.Read32(Bcm2711Chip.GpEds0));
    }

    [Fact]
    public void An_output_toggling_its_own_pin_raises_edge_events_with_virtual_times()
    {
        (SimulatedDevice device, Bcm2711Models models) = Bcm2711Chip.WithModels();
        PinTimeline pin = models.Gpio.Record(Pin17);
        using MmioBus.Scope scope = device.Activate();
        Mmio.Write32(Bcm2711Chip.GpFsel1, 1u << 21);               // FSEL17 = OUTPUT
        Mmio.Write32(Bcm2711Chip.GpRen0, Bit17);

        Mmio.Write32(Bcm2711Chip.GpSet0, Bit17);
        device.Clock.Advance(TimeSpan.FromMilliseconds(3));
        Mmio.Write32(0xFE20_0028, Bit17);                           // GPCLR0

        Assert.True(models.Gpio.EventDetected(Pin17));
        Assert.Equal("0.000000 s  ON\n0.003000 s  OFF\n", pin.Render());
        Assert.Throws<ArgumentOutOfRangeException>(() => models.Gpio.Pull(58));
    }
}
