using PacGen.Iot.RaspberryPi.Bcm2711;

namespace PacGen.Iot.RaspberryPi
{
    /// <summary>
    /// The driver's register accesses, on the BCM2711 API generated from svd/bcm2711.svd patched by svd/bcm2711.yaml:
    /// the per-pin fields are arrays there, so a runtime pin number indexes the register bank and the field in it
    /// (<c>Gpfsel[pin / 10]</c> field <c>Fsel(pin % 10)</c>, <c>Gpset[pin / 32]</c> field <c>Set(pin % 32)</c>,
    /// <c>GpioPupPdnCntrlReg[pin / 16]</c>). The closures take the index and value as state and read nothing else, so
    /// the interceptor folds each one into its direct read-modify-write or store.
    /// </summary>
    internal readonly struct GpioRegisters
    {
        private readonly Gpio _gpio;

        public GpioRegisters(Gpio gpio) => _gpio = gpio;

        public Gpio Gpio => _gpio;

        /// <summary>GPFSELn (n = pin / 10), 3 function bits per pin.</summary>
        public Gpio.FunctionSelect ReadFunction(int pin) => _gpio.Gpfsel[pin / 10].Read().Fsel(pin % 10);

        public void WriteFunction(int pin, Gpio.FunctionSelect function) =>
            _gpio.Gpfsel[pin / 10].Modify((pin % 10, function), static (r, w, s) => w.Fsel(s.Item1, s.Item2));

        /// <summary>GPIO_PUP_PDN_CNTRL_REGn (n = pin / 16), 2 resistor bits per pin.</summary>
        public Gpio.BpPull ReadPull(int pin) => _gpio.GpioPupPdnCntrlReg[pin / 16].Read().GpioPupPdnCntrl(pin % 16);

        public void WritePull(int pin, Gpio.BpPull pull) =>
            _gpio.GpioPupPdnCntrlReg[pin / 16].Modify((pin % 16, pull), static (r, w, s) => w.GpioPupPdnCntrl(s.Item1, s.Item2));

        /// <summary>GPSETn/GPCLRn (write-only): the pin written 1 latches high or low, the others are untouched.</summary>
        public void WriteLevel(int pin, bool high)
        {
            if (high)
            {
                _gpio.Gpset[pin >> 5].Write(pin & 31, static (w, bit) => w.Set(bit, true));
            }
            else
            {
                _gpio.Gpclr[pin >> 5].Write(pin & 31, static (w, bit) => w.Clr(bit, true));
            }
        }

        /// <summary>Many pins of one bank of 32 at once: one GPSETn write for <paramref name="set"/>, one GPCLRn for <paramref name="clear"/>.</summary>
        public void WriteLevels(int bank, uint set, uint clear)
        {
            if (set != 0)
            {
                _gpio.Gpset[bank].Write(new Gpio.GpsetRegister.W(set));
            }

            if (clear != 0)
            {
                _gpio.Gpclr[bank].Write(new Gpio.GpclrRegister.W(clear));
            }
        }

        /// <summary>GPLEVn (read-only).</summary>
        public bool ReadLevel(int pin) => _gpio.Gplev[pin >> 5].Read().Lev(pin & 31);

        public uint ReadLevels(int bank) => _gpio.Gplev[bank].Read().Bits;

        /// <summary>GPEDSn: detected events.</summary>
        public uint ReadEventStatus(int bank) => _gpio.Gpeds[bank].Read().Bits;

        /// <summary>GPEDSn is write-1-to-clear: clears the events of the pins written 1 only, so it needs no lock.</summary>
        public void ClearEventStatus(int bank, uint pins) => _gpio.Gpeds[bank].Write(new Gpio.GpedsRegister.W(pins));

        /// <summary>One pin's event (GPEDSn bit pin % 32 written 1).</summary>
        public void ClearEvent(int pin) => _gpio.Gpeds[pin >> 5].Write(pin & 31, static (w, bit) => w.Eds(bit, true));

        /// <summary>
        /// Sets a pin's GPRENn and GPFENn bits, each written only where it changes (a read, and a write if needed: the
        /// traffic dotnet/iot's driver has for its detectors).
        /// </summary>
        public void WriteEdgeDetect(int pin, bool rising, bool falling)
        {
            int bank = pin >> 5;
            int bit = pin & 31;
            Gpio.GprenRegister risingEnable = _gpio.Gpren[bank];
            Gpio.GprenRegister.R risingNow = risingEnable.Read();
            if (risingNow.Ren(bit) != rising)
            {
                risingEnable.Write(new Gpio.GprenRegister.W(risingNow.Bits).Ren(bit, rising));
            }

            Gpio.GpfenRegister fallingEnable = _gpio.Gpfen[bank];
            Gpio.GpfenRegister.R fallingNow = fallingEnable.Read();
            if (fallingNow.Fen(bit) != falling)
            {
                fallingEnable.Write(new Gpio.GpfenRegister.W(fallingNow.Bits).Fen(bit, falling));
            }
        }
    }
}
