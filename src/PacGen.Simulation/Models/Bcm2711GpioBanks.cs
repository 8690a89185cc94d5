using System.Globalization;

namespace PacGen.Simulation.Models;

/// <summary>
/// The BCM2711 GPIO registers the pin model reads and writes, resolved once by name: 58 pins spread over banks of
/// 10 (GPFSELn, 3 bits a pin), 32 (GPLEV/GPEDS/GP*ENn, 1 bit) and 16 (GPIO_PUP_PDN_CNTRL_REGn, 2 bits).
/// </summary>
internal sealed class Bcm2711GpioBanks
{
    public Bcm2711GpioBanks(SimulatedDevice device)
    {
        Device = device;
        FunctionSelect = Registers(device, "GPIO.GPFSEL", 6);
        Level = Registers(device, "GPIO.GPLEV", 2);
        EventStatus = Registers(device, "GPIO.GPEDS", 2);
        RisingEnable = Registers(device, "GPIO.GPREN", 2);
        FallingEnable = Registers(device, "GPIO.GPFEN", 2);
        HighEnable = Registers(device, "GPIO.GPHEN", 2);
        LowEnable = Registers(device, "GPIO.GPLEN", 2);
        AsyncRisingEnable = Registers(device, "GPIO.GPAREN", 2);
        AsyncFallingEnable = Registers(device, "GPIO.GPAFEN", 2);
        Pull = Registers(device, "GPIO.GPIO_PUP_PDN_CNTRL_REG", 4);
    }

    public SimulatedDevice Device { get; }

    public SimulatedRegister[] FunctionSelect { get; }

    public SimulatedRegister[] Level { get; }

    public SimulatedRegister[] EventStatus { get; }

    public SimulatedRegister[] RisingEnable { get; }

    public SimulatedRegister[] FallingEnable { get; }

    public SimulatedRegister[] HighEnable { get; }

    public SimulatedRegister[] LowEnable { get; }

    public SimulatedRegister[] AsyncRisingEnable { get; }

    public SimulatedRegister[] AsyncFallingEnable { get; }

    public SimulatedRegister[] Pull { get; }

    /// <summary>A pair of 32-pin registers as one 64-bit pin mask (bit n is GPIOn).</summary>
    public ulong PinMask(SimulatedRegister[] pair) => (Device.Peek(pair[0]) & 0xFFFF_FFFF) | Device.Peek(pair[1]) << 32;

    /// <summary>Stores a 64-bit pin mask into a pair of 32-pin registers.</summary>
    public void StorePinMask(SimulatedRegister[] pair, ulong pins)
    {
        Device.Poke(pair[0], pins & 0xFFFF_FFFF);
        Device.Poke(pair[1], pins >> 32);
    }

    public int FunctionOf(int pin) => (int)(Device.Peek(FunctionSelect[pin / 10]) >> (pin % 10 * 3) & 7);

    public Bcm2711Pull PullOf(int pin) => (Device.Peek(Pull[pin / 16]) >> (pin % 16 * 2) & 3) switch
    {
        1 => Bcm2711Pull.Up,
        2 => Bcm2711Pull.Down,
        _ => Bcm2711Pull.None,
    };

    private static SimulatedRegister[] Registers(SimulatedDevice device, string prefix, int count)
    {
        var registers = new SimulatedRegister[count];
        for (int index = 0; index < count; index++)
        {
            registers[index] = device.Register(prefix + index.ToString(CultureInfo.InvariantCulture));
        }

        return registers;
    }
}
