using System;
using System.Device.Gpio;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using PacGen.Runtime;
using PacGen.Simulation.Models;
using Xunit;

namespace PacGen.Iot.RaspberryPi.Tests;

public sealed class ConcurrencyAndDisposalTests
{
    [Fact]
    public void Threads_changing_pins_that_share_registers_lose_no_update()
    {
        // Pins 0..7 share GPFSEL0 and GPIO_PUP_PDN_CNTRL_REG0. Each thread changes only its own pin and reads it back
        // at once: only another thread's read-modify-write, interleaved with this one's, could undo it (a lost update).
        // Reads return after a pause, as a slow bus would, so an unlocked read-modify-write is caught in the act.
        using var pi = new SimulatedPi4(bus: chip => new SlowReadBus(chip));
        pi.Chip.Trace.IsEnabled = false;
        int[] pins = Enumerable.Range(0, 8).ToArray();
        foreach (int pin in pins)
        {
            pi.Controller.OpenPin(pin);
        }

        PinMode[] modes = { PinMode.InputPullDown, PinMode.Output, PinMode.InputPullUp, PinMode.Input };
        int lost = 0;
        using var start = new Barrier(pins.Length);
        Parallel.ForEach(pins, new ParallelOptions { MaxDegreeOfParallelism = pins.Length }, pin =>
        {
            start.SignalAndWait();
            Bcm2711Pull pull = Bcm2711Pull.None;
            for (int i = 0; i < 400; i++)
            {
                PinMode mode = modes[(i + pin) % modes.Length];
                pi.Controller.SetPinMode(pin, mode);
                pull = mode switch { PinMode.InputPullUp => Bcm2711Pull.Up, PinMode.InputPullDown => Bcm2711Pull.Down, PinMode.Input => Bcm2711Pull.None, _ => pull };
                if (pi.Pins.Function(pin) != (mode == PinMode.Output ? 1 : 0) || pi.Pins.Pull(pin) != pull)
                {
                    Interlocked.Increment(ref lost);
                }
            }
        });

        Assert.Equal(0, lost);
    }

    [Fact]
    public void Threads_writing_different_output_pins_all_land()
    {
        using var pi = new SimulatedPi4();
        pi.Chip.Trace.IsEnabled = false;
        int[] pins = { 0, 9, 17, 31, 32, 42, 50, 57 };
        foreach (int pin in pins)
        {
            pi.Controller.OpenPin(pin, PinMode.Output);
        }

        Parallel.ForEach(pins, new ParallelOptions { MaxDegreeOfParallelism = pins.Length }, pin =>
        {
            for (int i = 0; i < 500; i++)
            {
                pi.Controller.Write(pin, i % 2 == 0 ? PinValue.High : PinValue.Low);
            }
        });

        Assert.All(pins, pin => Assert.False(pi.Pins.Level(pin)));
        Assert.All(pins, pin => Assert.Equal(PinMode.Output, pi.Controller.GetPinMode(pin)));
    }

    [Fact]
    public void Disposing_turns_off_only_the_detectors_the_driver_enabled_and_keeps_every_pin_as_it_was()
    {
        var pi = new SimulatedPi4();
        pi.Chip.Poke("GPIO.GPREN0", 1u << 4);                   // another user's detector
        pi.Controller.OpenPin(42, PinMode.Output);
        pi.Controller.Write(42, PinValue.High);
        pi.Controller.OpenPin(17, PinMode.InputPullUp);
        pi.Controller.RegisterCallbackForPinValueChangedEvent(17, PinEventTypes.Falling | PinEventTypes.Rising, (_, _) => { });
        Bcm2711GpioDriver driver = pi.Driver;

        pi.Dispose();

        Assert.Equal(1u << 4, pi.Chip.Peek("GPIO.GPREN0"));
        Assert.Equal(0u, pi.Chip.Peek("GPIO.GPFEN0"));
        Assert.Equal(1, pi.Pins.Function(42));
        Assert.True(pi.Pins.Level(42));
        Assert.Equal(Bcm2711Pull.Up, pi.Pins.Pull(17));
        Assert.Throws<ObjectDisposedException>(() => driver.PollEvents());
        driver.Dispose();                                      // twice is fine
    }

    [Fact]
    public void Disposing_stops_the_polling_thread()
    {
        var pi = new SimulatedPi4(eventPollInterval: TimeSpan.FromMilliseconds(1));
        pi.Controller.OpenPin(17, PinMode.Input);
        pi.Controller.RegisterCallbackForPinValueChangedEvent(17, PinEventTypes.Rising, (_, _) => { });
        Assert.True(SpinWait.SpinUntil(() => pi.Chip.Trace.ReadsOf("GPIO.GPEDS0").Count > 2, TimeSpan.FromSeconds(30)), "the polling thread never read GPEDS0");

        pi.Dispose();
        int readsAfterDispose = pi.Chip.Trace.ReadsOf("GPIO.GPEDS0").Count;
        Thread.Sleep(50);

        Assert.Equal(readsAfterDispose, pi.Chip.Trace.ReadsOf("GPIO.GPEDS0").Count);
    }

    /// <summary>A bus whose reads take a while to come back: the gap between the read and the write of a read-modify-write widens.</summary>
    private sealed class SlowReadBus : IMmioBus
    {
        private readonly IMmioBus _chip;

        public SlowReadBus(IMmioBus chip) => _chip = chip;

        public ulong Read(nuint address, int sizeBits)
        {
            ulong value = _chip.Read(address, sizeBits);
            Thread.Sleep(0);
            Thread.SpinWait(200);
            return value;
        }

        public void Write(nuint address, int sizeBits, ulong value) => _chip.Write(address, sizeBits, value);
    }
}
