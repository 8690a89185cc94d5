using System;
using System.Collections.Generic;
using System.Device.Gpio;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace PacGen.Iot.RaspberryPi.Tests;

/// <summary>Value-change callbacks and WaitForEvent through GPREN/GPFEN/GPEDS on the simulated chip.</summary>
public sealed class EventTests
{
    private const int Button = 17;
    private const uint ButtonBit = 1u << Button;

    [Fact]
    public void A_rising_callback_sees_rising_edges_only_with_the_right_type_and_pin()
    {
        using var pi = new SimulatedPi4();
        pi.Controller.OpenPin(Button, PinMode.InputPullDown);
        var seen = new List<(object Sender, PinEventTypes Type, int Pin)>();
        pi.Controller.RegisterCallbackForPinValueChangedEvent(Button, PinEventTypes.Rising, (sender, e) => seen.Add((sender, e.ChangeType, e.PinNumber)));

        pi.Pins.DriveInput(Button, true);
        int first = pi.Driver.PollEvents();
        pi.Pins.DriveInput(Button, false);
        int second = pi.Driver.PollEvents();

        Assert.Equal(1, first);
        Assert.Equal(0, second);
        (object sender, PinEventTypes type, int pin) = Assert.Single(seen);
        Assert.Same(pi.Driver, sender);
        Assert.Equal(PinEventTypes.Rising, type);
        Assert.Equal(Button, pin);
        Assert.Equal(ButtonBit, pi.Chip.Peek("GPIO.GPREN0"));
        Assert.Equal(0u, pi.Chip.Peek("GPIO.GPFEN0"));
    }

    [Fact]
    public void Watching_both_edges_reports_each_with_its_type()
    {
        using var pi = new SimulatedPi4();
        pi.Controller.OpenPin(Button, PinMode.InputPullUp);
        var types = new List<PinEventTypes>();
        pi.Controller.RegisterCallbackForPinValueChangedEvent(Button, PinEventTypes.Rising | PinEventTypes.Falling, (_, e) => types.Add(e.ChangeType));

        pi.Pins.DriveInput(Button, false);       // pressed: falling
        pi.Driver.PollEvents();
        pi.Pins.ReleaseInput(Button);            // released: the pull-up brings it back
        pi.Driver.PollEvents();

        Assert.Equal(new[] { PinEventTypes.Falling, PinEventTypes.Rising }, types);
        Assert.Equal(0u, pi.Chip.Peek("GPIO.GPEDS0"));       // each event cleared by writing 1
    }

    [Fact]
    public void Callbacks_of_one_pin_get_the_types_they_asked_for_and_a_removed_one_nothing()
    {
        using var pi = new SimulatedPi4();
        pi.Controller.OpenPin(Button, PinMode.Input);
        int rising = 0;
        int falling = 0;
        PinChangeEventHandler onRising = (_, _) => rising++;
        PinChangeEventHandler onFalling = (_, _) => falling++;
        pi.Controller.RegisterCallbackForPinValueChangedEvent(Button, PinEventTypes.Rising, onRising);
        pi.Controller.RegisterCallbackForPinValueChangedEvent(Button, PinEventTypes.Falling, onFalling);

        pi.Pins.DriveInput(Button, true);
        pi.Driver.PollEvents();
        pi.Controller.UnregisterCallbackForPinValueChangedEvent(Button, onRising);
        uint risingEnableAfterRemoval = (uint)pi.Chip.Peek("GPIO.GPREN0");
        pi.Pins.DriveInput(Button, false);
        pi.Driver.PollEvents();
        pi.Pins.DriveInput(Button, true);
        pi.Driver.PollEvents();
        pi.Controller.UnregisterCallbackForPinValueChangedEvent(Button, onFalling);

        Assert.Equal(1, rising);
        Assert.Equal(1, falling);
        Assert.Equal(0u, risingEnableAfterRemoval);
        Assert.Equal(0u, pi.Chip.Peek("GPIO.GPFEN0"));
    }

    [Fact]
    public void An_event_latched_before_anyone_watched_is_not_reported()
    {
        using var pi = new SimulatedPi4();
        pi.Controller.OpenPin(Button, PinMode.Input);
        pi.Chip.Poke("GPIO.GPEDS0", ButtonBit);                  // left over from an earlier program
        int calls = 0;

        pi.Controller.RegisterCallbackForPinValueChangedEvent(Button, PinEventTypes.Rising, (_, _) => calls++);
        pi.Driver.PollEvents();

        Assert.Equal(0, calls);
    }

    [Fact]
    public async Task WaitForEvent_returns_the_edge_the_polling_thread_saw()
    {
        using var pi = new SimulatedPi4(eventPollInterval: TimeSpan.FromMilliseconds(1));
        pi.Controller.OpenPin(Button, PinMode.InputPullUp);

        Task<WaitForEventResult> wait = Task.Run(() => pi.Controller.WaitForEvent(Button, PinEventTypes.Falling, TimeSpan.FromSeconds(30)));
        SpinWait.SpinUntil(() => (pi.Chip.Peek("GPIO.GPFEN0") & ButtonBit) != 0, TimeSpan.FromSeconds(30));
        pi.Pins.DriveInput(Button, false);
        WaitForEventResult result = await wait;

        Assert.False(result.TimedOut);
        Assert.Equal(PinEventTypes.Falling, result.EventTypes);
        Assert.Equal(0u, pi.Chip.Peek("GPIO.GPFEN0"));       // the detector is off again once nobody waits
    }

    [Fact]
    public async Task WaitForEventAsync_times_out_without_an_edge_and_turns_its_detector_off()
    {
        using var pi = new SimulatedPi4(eventPollInterval: TimeSpan.FromMilliseconds(1));
        pi.Controller.OpenPin(Button, PinMode.Input);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        WaitForEventResult result = await pi.Controller.WaitForEventAsync(Button, PinEventTypes.Rising, timeout.Token);

        Assert.True(result.TimedOut);
        Assert.Equal(PinEventTypes.None, result.EventTypes);
        Assert.Equal(0u, pi.Chip.Peek("GPIO.GPREN0"));
    }

    [Fact]
    public void A_callback_on_the_polling_thread_fires_without_anyone_polling_by_hand()
    {
        using var pi = new SimulatedPi4(eventPollInterval: TimeSpan.FromMilliseconds(1));
        pi.Controller.OpenPin(42, PinMode.Output);
        using var fired = new ManualResetEventSlim();
        pi.Controller.RegisterCallbackForPinValueChangedEvent(42, PinEventTypes.Rising, (_, e) => fired.Set());

        pi.Controller.Write(42, PinValue.High);               // an output's own edge is detected too

        Assert.True(fired.Wait(TimeSpan.FromSeconds(30)), "no callback within 30 s");
    }

    [Fact]
    public async Task Closing_a_pin_removes_its_callbacks_and_releases_its_waiters()
    {
        using var pi = new SimulatedPi4();
        pi.Controller.OpenPin(Button, PinMode.Input);
        int calls = 0;
        pi.Controller.RegisterCallbackForPinValueChangedEvent(Button, PinEventTypes.Rising, (_, _) => calls++);
        ValueTask<WaitForEventResult> wait = pi.Controller.WaitForEventAsync(Button, PinEventTypes.Rising, CancellationToken.None);

        pi.Controller.ClosePin(Button);
        pi.Pins.DriveInput(Button, true);
        pi.Driver.PollEvents();

        Assert.Equal(0, calls);
        Assert.True((await wait).TimedOut);
        Assert.Equal(0u, pi.Chip.Peek("GPIO.GPREN0"));
    }

    [Fact]
    public void Event_types_that_are_not_edges_are_refused()
    {
        using var pi = new SimulatedPi4();
        pi.Controller.OpenPin(Button, PinMode.Input);

        Assert.Throws<ArgumentException>(() => pi.Controller.RegisterCallbackForPinValueChangedEvent(Button, PinEventTypes.None, (_, _) => { }));
        Assert.Throws<ArgumentException>(() => pi.Controller.WaitForEvent(Button, (PinEventTypes)4, TimeSpan.FromSeconds(1)));
    }
}
