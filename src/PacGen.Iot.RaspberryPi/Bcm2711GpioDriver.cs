using System;
using System.Device;
using System.Device.Gpio;
using System.Threading;
using System.Threading.Tasks;
using PacGen.Iot.RaspberryPi.Bcm2711;
using PacGen.Runtime;
using PacGen.Runtime.Linux;

namespace PacGen.Iot.RaspberryPi
{
    /// <summary>
    /// A System.Device.Gpio driver for the Raspberry Pi 4's BCM2711, written on the PacGen-generated BCM2711 API:
    /// <c>new GpioController(new Bcm2711GpioDriver())</c>. All 58 GPIOs, Input/Output/InputPullUp/InputPullDown,
    /// typed alternate functions (<see cref="SetPinFunction"/>), and value-change events from the chip's edge
    /// detectors, polled (<see cref="EventPollInterval"/>). The same driver runs on a simulated chip in tests
    /// (<see cref="ForSimulation"/>).
    /// </summary>
    /// <remarks>
    /// Register traffic is dotnet/iot's RaspberryPi3LinuxDriver's for the same calls (docs: README "Raspberry Pi with
    /// System.Device.Gpio"), except that it never reads the write-only GPSETn/GPCLRn and that events use
    /// GPRENn/GPFENn/GPEDSn instead of the kernel's character device. Thread safety: see <see cref="Bcm2711Pins"/>.
    /// </remarks>
    public sealed partial class Bcm2711GpioDriver : GpioDriver
    {
        /// <summary>GPIO0..GPIO57.</summary>
        public const int GpioCount = Bcm2711Pins.Count;

        /// <summary>The GPIO register block the driver touches: GPFSEL0 (0x00) to GPIO_PUP_PDN_CNTRL_REG3 (0xF0), the SVD's address block.</summary>
        public const long RegisterBlockLength = 0xF4;

        private readonly Bcm2711Pins _pins;
        private readonly PinEventWatcher _events;
        private readonly PinMode?[] _modes = new PinMode?[GpioCount];
        private readonly MappedRegion? _ownedRegion;
        private int _disposed;

        private Bcm2711GpioDriver(Gpio gpio, IMmioBus? simulation, MappedRegion? ownedRegion, TimeSpan? eventPollInterval)
        {
            _pins = new Bcm2711Pins(gpio, simulation);
            _ownedRegion = ownedRegion;
            _events = new PinEventWatcher(_pins, this, eventPollInterval ?? DefaultEventPollInterval);
        }

        /// <summary>How often events are polled when nothing says otherwise: 1 ms.</summary>
        public static TimeSpan DefaultEventPollInterval { get; } = TimeSpan.FromMilliseconds(1);

        /// <summary>
        /// How often GPEDS0/1 are read while a callback or <c>WaitForEvent</c> watches a pin; <see cref="Timeout.InfiniteTimeSpan"/>
        /// means no polling thread, the owner calls <see cref="PollEvents"/>.
        /// </summary>
        public TimeSpan EventPollInterval => _events.PollInterval;

        /// <summary>The GPIO peripheral the driver drives (at the mapped base, or the SVD address when simulated).</summary>
        public Gpio Gpio => _pins.Gpio;

        /// <inheritdoc/>
        protected override int PinCount => GpioCount;

        /// <summary>
        /// A driver on a simulated chip: the GPIO at the SVD address, with every access (from any thread, the event
        /// thread included) going to <paramref name="device"/> (a PacGen.Simulation <c>SimulatedDevice</c> built from
        /// svd/bcm2711.svd, with the BCM2711 models attached for pin levels, pulls and events).
        /// </summary>
        /// <exception cref="InvalidOperationException">The simulation feature switch is off in this process.</exception>
        public static Bcm2711GpioDriver ForSimulation(IMmioBus device, TimeSpan? eventPollInterval = null)
        {
            ArgumentNullException.ThrowIfNull(device);
            using (MmioBus.Use(device))
            {
                // Throws when the switch is off, before a driver exists that would write to the real address.
            }

            return new Bcm2711GpioDriver(Gpio.Instance, device, ownedRegion: null, eventPollInterval);
        }

        /// <summary>
        /// A driver on a GPIO block mapped by the caller (<see cref="MappedRegion.GpioMem"/>, a UIO map, or a file in
        /// tests and benchmarks). With <paramref name="ownsRegion"/> the driver unmaps it when disposed.
        /// </summary>
        public static Bcm2711GpioDriver FromRegion(MappedRegion region, bool ownsRegion = false, TimeSpan? eventPollInterval = null)
        {
            ArgumentNullException.ThrowIfNull(region);
            if (region.Length < RegisterBlockLength)
            {
                throw new ArgumentException(
                    region + " is smaller than the BCM2711 GPIO register block (" + RegisterBlockLength + " bytes).", nameof(region));
            }

            return new Bcm2711GpioDriver(new Gpio(region.Base), simulation: null, ownsRegion ? region : null, eventPollInterval);
        }

        /// <summary>Sets a pin's GPFSEL function: Input, Output, or one of its alternate functions (UART, SPI, PWM, ...).</summary>
        public void SetPinFunction(int pinNumber, Bcm2711PinFunction function)
        {
            Bcm2711Pins.Check(pinNumber);
            if (!Enum.IsDefined(function))
            {
                throw new ArgumentOutOfRangeException(nameof(function), function, "Not a BCM2711 pin function.");
            }

            using (_pins.Enter())
            {
                _pins.SetFunction(pinNumber, function);
                if (_modes[pinNumber] is not null)
                {
                    _modes[pinNumber] = _pins.ModeFromHardware(pinNumber);
                }
            }
        }

        /// <summary>A pin's GPFSEL function, read from the chip (open or not).</summary>
        public Bcm2711PinFunction GetPinFunction(int pinNumber)
        {
            Bcm2711Pins.Check(pinNumber);
            using (_pins.Enter())
            {
                return _pins.GetFunction(pinNumber);
            }
        }

        /// <summary>
        /// Reads and clears the watched pins' events and runs their callbacks and waiters on this thread; returns how
        /// many pins had an event. The polling thread does this every <see cref="EventPollInterval"/>; call it yourself
        /// when that is <see cref="Timeout.InfiniteTimeSpan"/>.
        /// </summary>
        public int PollEvents()
        {
            ThrowIfDisposed();
            return _events.Poll();
        }

        /// <inheritdoc/>
        protected override void OpenPin(int pinNumber)
        {
            Bcm2711Pins.Check(pinNumber);
            ThrowIfDisposed();
            using (_pins.Enter())
            {
                // As dotnet/iot: opening changes nothing, it learns the mode from GPFSELn (and the pull register for an input).
                _modes[pinNumber] = _pins.ModeFromHardware(pinNumber);
            }
        }

        /// <inheritdoc/>
        protected override void ClosePin(int pinNumber)
        {
            Bcm2711Pins.Check(pinNumber);
            _events.Forget(pinNumber);
            _modes[pinNumber] = null;
        }

        /// <inheritdoc/>
        protected override bool IsPinModeSupported(int pinNumber, PinMode mode)
        {
            Bcm2711Pins.Check(pinNumber);
            return mode is PinMode.Input or PinMode.Output or PinMode.InputPullUp or PinMode.InputPullDown;
        }

        /// <inheritdoc/>
        protected override void SetPinMode(int pinNumber, PinMode mode)
        {
            Bcm2711Pins.Check(pinNumber);
            if (!IsPinModeSupported(pinNumber, mode))
            {
                throw new InvalidOperationException("The BCM2711 does not support mode " + mode + " on pin " + pinNumber + ".");
            }

            using (_pins.Enter())
            {
                _pins.SetFunction(pinNumber, mode == PinMode.Output ? Bcm2711PinFunction.Output : Bcm2711PinFunction.Input);
                if (mode != PinMode.Output)
                {
                    _pins.SetPull(pinNumber, mode switch
                    {
                        PinMode.InputPullUp => Gpio.BpPull.Up,
                        PinMode.InputPullDown => Gpio.BpPull.Down,
                        _ => Gpio.BpPull.None,
                    });
                }
            }

            _modes[pinNumber] = mode;
        }

        /// <inheritdoc/>
        protected override void SetPinMode(int pinNumber, PinMode mode, PinValue initialValue)
        {
            // The output latch can be written whatever the function: set it first, so an output starts at its value without a glitch.
            Write(pinNumber, initialValue);
            SetPinMode(pinNumber, mode);
        }

        /// <inheritdoc/>
        protected override PinMode GetPinMode(int pinNumber)
        {
            Bcm2711Pins.Check(pinNumber);
            return _modes[pinNumber] ?? throw new InvalidOperationException("Pin " + pinNumber + " is not open; open it before asking its mode.");
        }

        /// <inheritdoc/>
        protected override PinValue Read(int pinNumber)
        {
            Bcm2711Pins.Check(pinNumber);
            using (_pins.Enter())
            {
                return _pins.Read(pinNumber) ? PinValue.High : PinValue.Low;
            }
        }

        /// <inheritdoc/>
        protected override void Read(Span<PinValuePair> pinValuePairs)
        {
            using (_pins.Enter())
            {
                uint bank0 = 0;
                uint bank1 = 0;
                bool read0 = false;
                bool read1 = false;
                for (int i = 0; i < pinValuePairs.Length; i++)
                {
                    int pin = pinValuePairs[i].PinNumber;
                    Bcm2711Pins.Check(pin);
                    uint levels;
                    if (pin < 32)
                    {
                        bank0 = read0 ? bank0 : _pins.ReadLevels(0);
                        read0 = true;
                        levels = bank0;
                    }
                    else
                    {
                        bank1 = read1 ? bank1 : _pins.ReadLevels(1);
                        read1 = true;
                        levels = bank1;
                    }

                    pinValuePairs[i] = new PinValuePair(pin, (levels >> (pin & 31) & 1) != 0 ? PinValue.High : PinValue.Low);
                }
            }
        }

        /// <inheritdoc/>
        protected override void Write(int pinNumber, PinValue value)
        {
            Bcm2711Pins.Check(pinNumber);
            using (_pins.Enter())
            {
                _pins.Write(pinNumber, value == PinValue.High);
            }
        }

        /// <summary>Writes many pins with at most one GPSET and one GPCLR write per bank of 32.</summary>
        protected override void Write(ReadOnlySpan<PinValuePair> pinValuePairs)
        {
            ulong set = 0;
            ulong clear = 0;
            foreach (PinValuePair pair in pinValuePairs)
            {
                Bcm2711Pins.Check(pair.PinNumber);
                ulong bit = 1UL << pair.PinNumber;
                (set, clear) = pair.PinValue == PinValue.High ? (set | bit, clear & ~bit) : (set & ~bit, clear | bit);
            }

            using (_pins.Enter())
            {
                _pins.Write(set, clear);
            }
        }

        /// <summary>Drives the pin to the opposite of the level it reads (GPLEVn, then GPSETn or GPCLRn).</summary>
        protected override void Toggle(int pinNumber)
        {
            Bcm2711Pins.Check(pinNumber);
            using (_pins.Enter())
            {
                _pins.Write(pinNumber, !_pins.Read(pinNumber));
            }
        }

        /// <inheritdoc/>
        protected override WaitForEventResult WaitForEvent(int pinNumber, PinEventTypes eventTypes, CancellationToken cancellationToken) =>
            WaitForEventAsync(pinNumber, eventTypes, cancellationToken).AsTask().GetAwaiter().GetResult();

        /// <inheritdoc/>
        protected override ValueTask<WaitForEventResult> WaitForEventAsync(int pinNumber, PinEventTypes eventTypes, CancellationToken cancellationToken)
        {
            Bcm2711Pins.Check(pinNumber);
            ThrowIfDisposed();
            return _events.WaitAsync(pinNumber, eventTypes, cancellationToken);
        }

        /// <inheritdoc/>
        protected override void AddCallbackForPinValueChangedEvent(int pinNumber, PinEventTypes eventTypes, PinChangeEventHandler callback)
        {
            Bcm2711Pins.Check(pinNumber);
            ThrowIfDisposed();
            _events.AddCallback(pinNumber, eventTypes, callback);
        }

        /// <inheritdoc/>
        protected override void RemoveCallbackForPinValueChangedEvent(int pinNumber, PinChangeEventHandler callback)
        {
            Bcm2711Pins.Check(pinNumber);
            _events.RemoveCallback(pinNumber, callback);
        }

        /// <inheritdoc/>
        public override ComponentInformation QueryComponentInformation()
        {
            string where = _ownedRegion is { } region ? region.Path : _pins.Gpio.BaseAddress == (nuint)Gpio.DefaultBaseAddress ? "the SVD address" : "a mapped block";
            var information = new ComponentInformation(this, "BCM2711 GPIO driver (PacGen) with " + GpioCount + " pins on " + where);
            information.Properties["EventPollInterval"] = EventPollInterval.ToString();
            return information;
        }

        /// <summary>
        /// Stops event polling and turns off the edge detectors the driver enabled; pin functions, pulls and output
        /// levels stay as they are (closing a pin does not reset it either, as in dotnet/iot). Unmaps an owned region.
        /// </summary>
        protected override void Dispose(bool disposing)
        {
            if (Interlocked.Exchange(ref _disposed, 1) != 0)
            {
                return;
            }

            if (disposing)
            {
                _events.Dispose();
                Array.Clear(_modes);
                _ownedRegion?.Dispose();
            }

            base.Dispose(disposing);
        }

        private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
    }
}
