using System;
using System.Device.Gpio;
using PacGen.Simulation.Models;
using Xunit;

namespace PacGen.Iot.RaspberryPi.Tests;

/// <summary>Every PinMode the BCM2711 has, on a pin of each GPFSEL/pull/level bank edge (0, 17, 42, 57).</summary>
public sealed class PinModeTests
{
    public static TheoryData<int, PinMode> PinsAndModes()
    {
        var data = new TheoryData<int, PinMode>();
        foreach (int pin in new[] { 0, 17, 42, 57 })
        {
            foreach (PinMode mode in new[] { PinMode.Input, PinMode.Output, PinMode.InputPullUp, PinMode.InputPullDown })
            {
                data.Add(pin, mode);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PinsAndModes))]
    public void A_mode_sets_the_function_and_the_resistor_and_reads_back(int pin, PinMode mode)
    {
        using var pi = new SimulatedPi4();

        pi.Controller.OpenPin(pin, mode);

        Assert.Equal(mode, pi.Controller.GetPinMode(pin));
        Assert.Equal(mode == PinMode.Output ? 1 : 0, pi.Pins.Function(pin));
        Assert.Equal(mode switch
        {
            PinMode.InputPullUp => Bcm2711Pull.Up,
            PinMode.InputPullDown => Bcm2711Pull.Down,
            _ => Bcm2711Pull.None,
        }, pi.Pins.Pull(pin));
        Assert.True(pi.Controller.IsPinModeSupported(pin, mode));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(17)]
    [InlineData(42)]
    [InlineData(57)]
    public void An_output_drives_the_pin_and_reads_back_through_GPLEV(int pin)
    {
        using var pi = new SimulatedPi4();
        pi.Controller.OpenPin(pin, PinMode.Output);

        pi.Controller.Write(pin, PinValue.High);
        bool high = pi.Pins.Level(pin);
        PinValue readHigh = pi.Controller.Read(pin);
        pi.Controller.Toggle(pin);

        Assert.True(high);
        Assert.Equal(PinValue.High, readHigh);
        Assert.False(pi.Pins.Level(pin));
        Assert.Equal(PinValue.Low, pi.Controller.Read(pin));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(17)]
    [InlineData(42)]
    [InlineData(57)]
    public void A_floating_input_reads_its_pull_and_a_driven_one_the_circuit(int pin)
    {
        using var pi = new SimulatedPi4();

        pi.Controller.OpenPin(pin, PinMode.InputPullUp);
        PinValue pulledUp = pi.Controller.Read(pin);
        pi.Pins.DriveInput(pin, false);
        PinValue pressed = pi.Controller.Read(pin);
        pi.Pins.ReleaseInput(pin);
        pi.Controller.SetPinMode(pin, PinMode.InputPullDown);
        PinValue pulledDown = pi.Controller.Read(pin);

        Assert.Equal(PinValue.High, pulledUp);
        Assert.Equal(PinValue.Low, pressed);
        Assert.Equal(PinValue.Low, pulledDown);
    }

    [Fact]
    public void Opening_a_pin_learns_its_mode_from_the_chip_without_changing_it()
    {
        using var pi = new SimulatedPi4();
        pi.Controller.OpenPin(17, PinMode.InputPullUp);
        pi.Controller.OpenPin(42, PinMode.Output);
        pi.Controller.ClosePin(17);
        pi.Controller.ClosePin(42);
        pi.Chip.Trace.Clear();

        pi.Controller.OpenPin(17);
        pi.Controller.OpenPin(42);

        Assert.Equal(PinMode.InputPullUp, pi.Controller.GetPinMode(17));
        Assert.Equal(PinMode.Output, pi.Controller.GetPinMode(42));
        Assert.Empty(pi.Chip.Trace.WritesTo("GPIO.GPFSEL1"));
        Assert.Empty(pi.Chip.Trace.WritesTo("GPIO.GPFSEL4"));
    }

    [Fact]
    public void An_output_opened_with_an_initial_value_latches_it_before_it_becomes_an_output()
    {
        using var pi = new SimulatedPi4();
        PinTimeline pin = pi.Pins.Record(42);

        pi.Controller.OpenPin(42, PinMode.Output, PinValue.High);

        Assert.Equal("0.000000 s  ON\n", pin.Render());   // one change: never low on the way
        Assert.Equal("W GPIO.GPSET1 0x00000400", Array.Find(pi.GpioTrace(), line => line.StartsWith("W ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Modes_the_chip_does_not_have_are_not_supported_and_pins_past_57_do_not_exist()
    {
        using var pi = new SimulatedPi4();

        Assert.False(pi.Controller.IsPinModeSupported(4, (PinMode)42));
        Assert.Equal(58, pi.Controller.PinCount);
        Assert.Throws<ArgumentException>(() => pi.Controller.OpenPin(58));
        Assert.Throws<ArgumentException>(() => pi.Controller.OpenPin(-1));
    }

    [Fact]
    public void Alternate_functions_are_typed_and_leave_the_other_pins_of_the_register_alone()
    {
        using var pi = new SimulatedPi4();
        pi.Controller.OpenPin(17, PinMode.Output);

        pi.Driver.SetPinFunction(14, Bcm2711PinFunction.Alt0);   // UART0 TXD
        pi.Driver.SetPinFunction(15, Bcm2711PinFunction.Alt5);   // mini-UART RXD1

        Assert.Equal(0b100, pi.Pins.Function(14));
        Assert.Equal(0b010, pi.Pins.Function(15));
        Assert.Equal(1, pi.Pins.Function(17));
        Assert.Equal(Bcm2711PinFunction.Alt0, pi.Driver.GetPinFunction(14));
        Assert.Equal(Bcm2711PinFunction.Output, pi.Driver.GetPinFunction(17));
        Assert.Throws<ArgumentOutOfRangeException>(() => pi.Driver.SetPinFunction(14, (Bcm2711PinFunction)8));
    }

    [Fact]
    public void Many_pins_are_written_with_one_GPSET_and_one_GPCLR_per_bank()
    {
        using var pi = new SimulatedPi4();
        foreach (int pin in new[] { 3, 4, 40, 41 })
        {
            pi.Controller.OpenPin(pin, PinMode.Output);
        }

        pi.Chip.Trace.Clear();
        pi.Controller.Write(stackalloc[] { new PinValuePair(3, PinValue.High), new PinValuePair(4, PinValue.Low), new PinValuePair(40, PinValue.High), new PinValuePair(41, PinValue.High) });

        Assert.Equal(new[] { "W GPIO.GPSET0 0x00000008", "W GPIO.GPCLR0 0x00000010", "W GPIO.GPSET1 0x00000300" }, pi.GpioTrace());
        Assert.True(pi.Pins.Level(41));
    }

    [Fact]
    public void Reading_many_pins_reads_each_level_register_once()
    {
        using var pi = new SimulatedPi4();
        pi.Pins.DriveInput(2, true);
        pi.Pins.DriveInput(50, true);
        foreach (int pin in new[] { 2, 3, 50 })
        {
            pi.Controller.OpenPin(pin, PinMode.Input);
        }

        pi.Chip.Trace.Clear();
        Span<PinValuePair> pins = stackalloc[] { new PinValuePair(2, default), new PinValuePair(3, default), new PinValuePair(50, default) };
        pi.Controller.Read(pins);

        Assert.Equal(new[] { PinValue.High, PinValue.Low, PinValue.High }, new[] { pins[0].PinValue, pins[1].PinValue, pins[2].PinValue });
        Assert.Equal(new[] { "R GPIO.GPLEV0 0x00000004", "R GPIO.GPLEV1 0x00040000" }, pi.GpioTrace());
    }
}
