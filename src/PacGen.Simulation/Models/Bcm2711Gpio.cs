using System;
using System.Globalization;

namespace PacGen.Simulation.Models;

/// <summary>
/// BCM2711 GPIO pin levels: a GPSETn/GPCLRn write sets/clears the output latch of the pins written 1; a pin whose
/// GPFSELn function is OUTPUT (1) drives its latched level, any other pin shows the level a test drives with
/// <see cref="DriveInput"/> (low by default). GPLEV0/1 (read-only on the bus) always reflect the pin levels.
/// </summary>
public sealed class Bcm2711Gpio
{
    /// <summary>GPIO0..GPIO57.</summary>
    public const int PinCount = 58;

    private const int FunctionOutput = 1;
    private const ulong AllPins = (1UL << PinCount) - 1;

    private readonly SimulatedDevice _device;
    private readonly SimulatedRegister[] _functionSelect = new SimulatedRegister[6];
    private readonly SimulatedRegister _level0;
    private readonly SimulatedRegister _level1;
    private ulong _outputs;
    private ulong _outputLatch;
    private ulong _inputs;
    private ulong _levels;

    internal Bcm2711Gpio(SimulatedDevice device)
    {
        _device = device;
        _level0 = device.Register("GPIO.GPLEV0");
        _level1 = device.Register("GPIO.GPLEV1");
        for (int bank = 0; bank < _functionSelect.Length; bank++)
        {
            string name = "GPIO.GPFSEL" + bank.ToString(CultureInfo.InvariantCulture);
            _functionSelect[bank] = device.Register(name);
            device.OnWrite(name, _ => UpdateFunctions());
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
        return FunctionOf(_device.Peek(_functionSelect[pin / 10]), pin);
    }

    /// <summary>Sets the level an external circuit drives on the pin (seen when the pin is not an output).</summary>
    public void DriveInput(int pin, bool level)
    {
        CheckPin(pin);
        _device.Atomically(() =>
        {
            _inputs = level ? _inputs | 1UL << pin : _inputs & ~(1UL << pin);
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

    private static int FunctionOf(ulong functionSelect, int pin) => (int)(functionSelect >> (pin % 10 * 3) & 7);

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
        for (int bank = 0; bank < _functionSelect.Length; bank++)
        {
            ulong functionSelect = _device.Peek(_functionSelect[bank]);
            for (int pin = bank * 10; pin < Math.Min(bank * 10 + 10, PinCount); pin++)
            {
                if (FunctionOf(functionSelect, pin) == FunctionOutput)
                {
                    outputs |= 1UL << pin;
                }
            }
        }

        _outputs = outputs;
        Update();
    }

    /// <summary>Recomputes every pin level from the output set, latch and inputs; runs under the device lock.</summary>
    private void Update()
    {
        ulong outputs = _outputs;
        ulong levels = (_outputLatch & outputs) | (_inputs & ~outputs);
        ulong changed = levels ^ _levels;
        _levels = levels;
        _device.Poke(_level0, levels & 0xFFFF_FFFF);
        _device.Poke(_level1, levels >> 32);
        for (int pin = 0; changed != 0 && pin < PinCount; pin++)
        {
            if ((changed >> pin & 1) != 0)
            {
                PinChanged?.Invoke(new PinChange(_device.Clock.Now, pin, (levels >> pin & 1) != 0));
            }
        }
    }
}
