using System;
using System.Device.Gpio;
using System.Runtime.InteropServices;
using System.Threading;

namespace PacGen.Iot.Benchmarks
{
    /// <summary>
    /// The baseline: a GpioDriver written the way dotnet/iot's RaspberryPi3LinuxDriver is — a pointer to an
    /// explicit-layout struct over the mapped block, pin validation, a managed pin-mode table, and
    /// <c>GPSET[pin / 32]</c> / <c>GPCLR[pin / 32]</c> = <c>1 &lt;&lt; (pin % 32)</c> for Write. Its pin limit is 58 (dotnet/iot's
    /// is 28, which leaves out GPIO42, the LED the benchmark writes). Only what the benchmark calls is implemented.
    /// </summary>
    internal sealed unsafe class PointerDriver : GpioDriver
    {
        private readonly Registers* _registers;
        private readonly PinMode?[] _modes = new PinMode?[58];

        public PointerDriver(nuint gpioBase) => _registers = (Registers*)gpioBase;

        protected override int PinCount => 58;

        protected override void OpenPin(int pinNumber)
        {
            Validate(pinNumber);
            uint fsel = _registers->GPFSEL[pinNumber / 10] >> (pinNumber % 10 * 3) & 0b111;
            _modes[pinNumber] = fsel == 1 ? PinMode.Output : PinMode.Input;
        }

        protected override void ClosePin(int pinNumber) => _modes[pinNumber] = null;

        protected override void SetPinMode(int pinNumber, PinMode mode)
        {
            Validate(pinNumber);
            int shift = pinNumber % 10 * 3;
            uint* register = &_registers->GPFSEL[pinNumber / 10];
            uint value = *register;
            value &= ~(0b111u << shift);
            value |= (mode == PinMode.Output ? 1u : 0u) << shift;
            *register = value;
            _modes[pinNumber] = mode;
        }

        protected override PinMode GetPinMode(int pinNumber)
        {
            Validate(pinNumber);
            return _modes[pinNumber] ?? throw new InvalidOperationException("not open");
        }

        protected override bool IsPinModeSupported(int pinNumber, PinMode mode) => mode is PinMode.Input or PinMode.Output;

        protected override PinValue Read(int pinNumber)
        {
            Validate(pinNumber);
            return (_registers->GPLEV[pinNumber / 32] >> (pinNumber % 32) & 1) != 0 ? PinValue.High : PinValue.Low;
        }

        protected override void Write(int pinNumber, PinValue value)
        {
            Validate(pinNumber);
            uint* register = value == PinValue.High ? &_registers->GPSET[pinNumber / 32] : &_registers->GPCLR[pinNumber / 32];
            *register = 1u << (pinNumber % 32);
        }

        protected override WaitForEventResult WaitForEvent(int pinNumber, PinEventTypes eventTypes, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        protected override void AddCallbackForPinValueChangedEvent(int pinNumber, PinEventTypes eventTypes, PinChangeEventHandler callback) =>
            throw new NotSupportedException();

        protected override void RemoveCallbackForPinValueChangedEvent(int pinNumber, PinChangeEventHandler callback) =>
            throw new NotSupportedException();

        private void Validate(int pinNumber)
        {
            if (pinNumber < 0 || pinNumber >= PinCount)
            {
                throw new ArgumentException("The specified pin number is invalid.", nameof(pinNumber));
            }
        }

        /// <summary>The BCM2711 GPIO block as dotnet/iot's RegisterView lays it out.</summary>
        [StructLayout(LayoutKind.Explicit)]
        private struct Registers
        {
            [FieldOffset(0x00)]
            public fixed uint GPFSEL[6];

            [FieldOffset(0x1C)]
            public fixed uint GPSET[2];

            [FieldOffset(0x28)]
            public fixed uint GPCLR[2];

            [FieldOffset(0x34)]
            public fixed uint GPLEV[2];
        }
    }
}
