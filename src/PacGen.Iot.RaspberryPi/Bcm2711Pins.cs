using System;
using System.Device.Gpio;
using PacGen.Iot.RaspberryPi.Bcm2711;
using PacGen.Runtime;

namespace PacGen.Iot.RaspberryPi
{
    /// <summary>
    /// Per-pin operations on the BCM2711 GPIO block, in the register order of dotnet/iot's RaspberryPi3LinuxDriver.
    /// </summary>
    /// <remarks>
    /// Thread safety: GPSETn, GPCLRn and GPEDSn act only on the pins written 1, so a write to them is atomic by
    /// itself and takes no lock. GPFSELn, GPIO_PUP_PDN_CNTRL_REGn, GPRENn and GPFENn hold several pins each and are
    /// changed read-modify-write under <see cref="Gate"/>: one lock for every driver on the real chip in this process
    /// (they share the hardware), one per driver on a simulated device. Other processes and the kernel are not
    /// serialized with — as with dotnet/iot, a pin must have one owner.
    /// </remarks>
    internal sealed class Bcm2711Pins
    {
        public const int Count = 58;

        private static readonly object s_hardwareGate = new object();
        private readonly GpioRegisters _registers;
        private readonly IMmioBus? _simulation;

        public Bcm2711Pins(Gpio gpio, IMmioBus? simulation)
        {
            _registers = new GpioRegisters(gpio);
            _simulation = simulation;
            Gate = simulation is null ? s_hardwareGate : new object();
        }

        /// <summary>The lock of read-modify-writes on registers shared by several pins.</summary>
        public object Gate { get; }

        public Gpio Gpio => _registers.Gpio;

        /// <summary>
        /// Routes this thread's register accesses to the simulated device until disposed (nothing on the chip): the
        /// driver is called from the user's threads and its own event thread, which need not have the device active.
        /// </summary>
        public BusScope Enter() =>
            _simulation is null || ReferenceEquals(MmioBus.Current, _simulation) ? default : new BusScope(MmioBus.Use(_simulation));

        public static void Check(int pin)
        {
            if ((uint)pin >= Count)
            {
                throw new ArgumentException("BCM2711 has GPIO0..GPIO57; pin " + pin + " does not exist.", "pinNumber");
            }
        }

        // Bcm2711PinFunction's values are the chip's 3-bit codes, as are the patched SVD's FunctionSelect values.
        public Bcm2711PinFunction GetFunction(int pin) => (Bcm2711PinFunction)_registers.ReadFunction(pin);

        public void SetFunction(int pin, Bcm2711PinFunction function)
        {
            lock (Gate)
            {
                _registers.WriteFunction(pin, (Gpio.FunctionSelect)function);
            }
        }

        /// <summary>The resistor as GPIO_PUP_PDN_CNTRL_REGn reads back (the value 3 is reserved).</summary>
        public Gpio.BpPull GetPull(int pin) => _registers.ReadPull(pin);

        public void SetPull(int pin, Gpio.BpPull pull)
        {
            lock (Gate)
            {
                _registers.WritePull(pin, pull);
            }
        }

        /// <summary>The mode GPFSELn and the pull register say the pin is in (an alternate function reads as Input, as in dotnet/iot).</summary>
        public PinMode ModeFromHardware(int pin)
        {
            if (GetFunction(pin) == Bcm2711PinFunction.Output)
            {
                return PinMode.Output;
            }

            return GetPull(pin) switch
            {
                Gpio.BpPull.Up => PinMode.InputPullUp,
                Gpio.BpPull.Down => PinMode.InputPullDown,
                _ => PinMode.Input,
            };
        }

        public void Write(int pin, bool high) => _registers.WriteLevel(pin, high);

        /// <summary>Sets and clears many pins with at most one GPSET and one GPCLR write per bank.</summary>
        public void Write(ulong setPins, ulong clearPins)
        {
            for (int bank = 0; bank < 2; bank++)
            {
                _registers.WriteLevels(bank, (uint)(setPins >> (bank * 32)), (uint)(clearPins >> (bank * 32)));
            }
        }

        public bool Read(int pin) => _registers.ReadLevel(pin);

        public uint ReadLevels(int bank) => _registers.ReadLevels(bank);

        /// <summary>Enables or disables a pin's rising- and falling-edge detectors (GPRENn, GPFENn), only where they change.</summary>
        public void SetEdgeDetect(int pin, bool rising, bool falling)
        {
            lock (Gate)
            {
                _registers.WriteEdgeDetect(pin, rising, falling);
            }
        }

        public uint ReadEvents(int bank) => _registers.ReadEventStatus(bank);

        public void ClearEvents(int bank, uint pins) => _registers.ClearEventStatus(bank, pins);

        public void ClearEvent(int pin) => _registers.ClearEvent(pin);

        /// <summary>Undoes <see cref="Enter"/> if it installed the simulated device.</summary>
        public readonly struct BusScope : IDisposable
        {
            private readonly MmioBus.Scope _scope;
            private readonly bool _installed;

            public BusScope(MmioBus.Scope scope)
            {
                _scope = scope;
                _installed = true;
            }

            public void Dispose()
            {
                if (_installed)
                {
                    _scope.Dispose();
                }
            }
        }
    }
}
