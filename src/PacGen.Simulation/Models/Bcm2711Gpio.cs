using System;

namespace PacGen.Simulation.Models;

/// <summary>
/// BCM2711 GPIO pins: levels, pulls and event detection, in virtual time.
/// </summary>
/// <remarks>
/// <para>A pin's level is, in order: the output latch if its GPFSELn function is OUTPUT (GPSETn/GPCLRn writes set and
/// clear the latch of the pins written 1, whatever their function); else the level an external circuit drives with
/// <see cref="DriveInput"/>; else, floating, what its GPIO_PUP_PDN_CNTRL_REGn resistor pulls it to (up: high, down
/// or none: low — an unpulled floating pin is modelled as low, where real silicon reads noise). GPLEV0/1 (read-only
/// on the bus) always show the levels.</para>
/// <para>Event detection sets GPEDSn bits (write 1 to clear, from the SVD): on a rising level change of a pin enabled
/// in GPRENn or GPARENn, a falling one enabled in GPFENn or GPAFENn, and while the level is high (GPHENn) or low
/// (GPLENn) — a level event re-asserts itself after being cleared for as long as the level lasts, as on the chip. The
/// synchronous detectors' two-sample filter is not modelled: in virtual time a change is an edge at once.</para>
/// </remarks>
public sealed class Bcm2711Gpio
{
    /// <summary>GPIO0..GPIO57.</summary>
    public const int PinCount = 58;

    private const int FunctionOutput = 1;
    private const ulong AllPins = (1UL << PinCount) - 1;

    private readonly SimulatedDevice _device;
    private readonly Bcm2711GpioBanks _banks;
    private ulong _outputs;
    private ulong _outputLatch;
    private ulong _driven;
    private ulong _drivenLevels;
    private ulong _levels;

    internal Bcm2711Gpio(SimulatedDevice device)
    {
        _device = device;
        _banks = new Bcm2711GpioBanks(device);
        foreach (SimulatedRegister register in _banks.FunctionSelect)
        {
            device.OnWrite(register.Name, _ => UpdateFunctions());
        }

        foreach (SimulatedRegister register in _banks.Pull)
        {
            device.OnWrite(register.Name, _ => Update());
        }

        // Clearing a level event while the level lasts, or enabling a level detector, asserts the status again.
        foreach (SimulatedRegister[] pair in new[] { _banks.EventStatus, _banks.HighEnable, _banks.LowEnable })
        {
            device.OnWrite(pair[0].Name, _ => DetectLevels());
            device.OnWrite(pair[1].Name, _ => DetectLevels());
        }

        device.OnWrite("GPIO.GPSET0", access => Latch(access.Written, bankShift: 0, level: true));
        device.OnWrite("GPIO.GPSET1", access => Latch(access.Written, bankShift: 32, level: true));
        device.OnWrite("GPIO.GPCLR0", access => Latch(access.Written, bankShift: 0, level: false));
        device.OnWrite("GPIO.GPCLR1", access => Latch(access.Written, bankShift: 32, level: false));
        device.Atomically(UpdateFunctions);
    }

    /// <summary>Raised (under the device lock) when a pin's level changes.</summary>
    public event Action<PinChange>? PinChanged;

    /// <summary>The pin's current level.</summary>
    public bool Level(int pin)
    {
        CheckPin(pin);
        return _device.Atomically(() => (_levels >> pin & 1) != 0);
    }

    /// <summary>The pin's GPFSEL function code (0 input, 1 output, 2..7 alternate functions).</summary>
    public int Function(int pin)
    {
        CheckPin(pin);
        return _banks.FunctionOf(pin);
    }

    /// <summary>The pin's resistor, from GPIO_PUP_PDN_CNTRL_REGn.</summary>
    public Bcm2711Pull Pull(int pin)
    {
        CheckPin(pin);
        return _banks.PullOf(pin);
    }

    /// <summary>Whether the pin's GPEDSn bit is set (an event was detected and not yet cleared).</summary>
    public bool EventDetected(int pin)
    {
        CheckPin(pin);
        return _device.Atomically(() => (_banks.PinMask(_banks.EventStatus) >> pin & 1) != 0);
    }

    /// <summary>Whether an external circuit drives the pin (<see cref="DriveInput"/> until <see cref="ReleaseInput"/>).</summary>
    public bool IsDriven(int pin)
    {
        CheckPin(pin);
        return _device.Atomically(() => (_driven >> pin & 1) != 0);
    }

    /// <summary>An external circuit drives the pin to <paramref name="level"/> (seen while the pin is not an output).</summary>
    public void DriveInput(int pin, bool level)
    {
        CheckPin(pin);
        _device.Atomically(() =>
        {
            _driven |= 1UL << pin;
            _drivenLevels = level ? _drivenLevels | 1UL << pin : _drivenLevels & ~(1UL << pin);
            Update();
        });
    }

    /// <summary>The external circuit lets go of the pin: it floats, and its pull decides its level.</summary>
    public void ReleaseInput(int pin)
    {
        CheckPin(pin);
        _device.Atomically(() =>
        {
            _driven &= ~(1UL << pin);
            _drivenLevels &= ~(1UL << pin);
            Update();
        });
    }

    /// <summary>Starts recording the level changes of <paramref name="pin"/>.</summary>
    public PinTimeline Record(int pin)
    {
        CheckPin(pin);
        var timeline = new PinTimeline(pin);
        _device.Atomically(() => PinChanged += change =>
        {
            if (change.Pin == pin)
            {
                timeline.Add(change);
            }
        });
        return timeline;
    }

    private static void CheckPin(int pin)
    {
        if (pin < 0 || pin >= PinCount)
        {
            throw new ArgumentOutOfRangeException(nameof(pin), pin, "BCM2711 has GPIO0..GPIO57.");
        }
    }

    private void Latch(ulong written, int bankShift, bool level)
    {
        ulong pins = written << bankShift & AllPins;
        _outputLatch = level ? _outputLatch | pins : _outputLatch & ~pins;
        Update();
    }

    /// <summary>Re-reads which pins are outputs (after a GPFSELn write), then the levels; runs under the device lock.</summary>
    private void UpdateFunctions()
    {
        ulong outputs = 0;
        for (int pin = 0; pin < PinCount; pin++)
        {
            if (_banks.FunctionOf(pin) == FunctionOutput)
            {
                outputs |= 1UL << pin;
            }
        }

        _outputs = outputs;
        Update();
    }

    /// <summary>Pins a floating input pulls high (GPIO_PUP_PDN_CNTRL = UP).</summary>
    private ulong PulledUp()
    {
        ulong pins = 0;
        for (int pin = 0; pin < PinCount; pin++)
        {
            if (_banks.PullOf(pin) == Bcm2711Pull.Up)
            {
                pins |= 1UL << pin;
            }
        }

        return pins;
    }

    /// <summary>Recomputes every pin level, detects edges and levels, and reports changes; runs under the device lock.</summary>
    private void Update()
    {
        ulong outputs = _outputs;
        ulong floating = ~outputs & ~_driven;
        ulong levels = ((_outputLatch & outputs) | (_drivenLevels & _driven & ~outputs) | (PulledUp() & floating)) & AllPins;
        ulong changed = levels ^ _levels;
        _levels = levels;
        _banks.StorePinMask(_banks.Level, levels);

        ulong rising = changed & levels;
        ulong falling = changed & ~levels;
        ulong edges = (rising & (_banks.PinMask(_banks.RisingEnable) | _banks.PinMask(_banks.AsyncRisingEnable)))
            | (falling & (_banks.PinMask(_banks.FallingEnable) | _banks.PinMask(_banks.AsyncFallingEnable)));
        if (edges != 0)
        {
            _banks.StorePinMask(_banks.EventStatus, _banks.PinMask(_banks.EventStatus) | edges);
        }

        DetectLevels();
        for (int pin = 0; changed != 0 && pin < PinCount; pin++)
        {
            if ((changed >> pin & 1) != 0)
            {
                PinChanged?.Invoke(new PinChange(_device.Clock.Now, pin, (levels >> pin & 1) != 0));
            }
        }
    }

    /// <summary>Sets the status of every pin whose high (GPHENn) or low (GPLENn) detector sees its level; under the device lock.</summary>
    private void DetectLevels()
    {
        ulong matching = (_levels & _banks.PinMask(_banks.HighEnable)) | (~_levels & AllPins & _banks.PinMask(_banks.LowEnable));
        if (matching != 0)
        {
            ulong status = _banks.PinMask(_banks.EventStatus);
            if ((status | matching) != status)
            {
                _banks.StorePinMask(_banks.EventStatus, status | matching);
            }
        }
    }
}
