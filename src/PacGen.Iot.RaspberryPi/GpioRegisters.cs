using PacGen.Iot.RaspberryPi.Bcm2711;

namespace PacGen.Iot.RaspberryPi
{
    /// <summary>
    /// The one place that turns a runtime bank number into a register of the generated BCM2711 API. The shipped SVD
    /// has one register per bank and one field per pin (FSEL0..FSEL57, SET0..SET57, ...), so a pin number selects its
    /// register here with a switch over the bank (6 GPFSEL banks of 10 pins, 2 banks of 32 for SET/CLR/LEV/EDS/REN/FEN,
    /// 4 GPIO_PUP_PDN_CNTRL banks of 16) and its bits are placed by the callers. When svd/bcm2711.yaml's field arrays
    /// are used (issue 14), these switches become <c>gpio.Gpfsel[bank]</c> and the rest of the driver does not change.
    /// </summary>
    internal readonly struct GpioRegisters
    {
        private readonly Gpio _gpio;

        public GpioRegisters(Gpio gpio) => _gpio = gpio;

        public Gpio Gpio => _gpio;

        /// <summary>GPFSELn (n = pin / 10): 3 function bits per pin.</summary>
        public uint ReadFunctionSelect(int bank) => bank switch
        {
            0 => _gpio.Gpfsel0.Read().Bits,
            1 => _gpio.Gpfsel1.Read().Bits,
            2 => _gpio.Gpfsel2.Read().Bits,
            3 => _gpio.Gpfsel3.Read().Bits,
            4 => _gpio.Gpfsel4.Read().Bits,
            _ => _gpio.Gpfsel5.Read().Bits,
        };

        public void WriteFunctionSelect(int bank, uint bits)
        {
            switch (bank)
            {
                case 0: _gpio.Gpfsel0.Write(new Gpio.Gpfsel0Register.W(bits)); break;
                case 1: _gpio.Gpfsel1.Write(new Gpio.Gpfsel1Register.W(bits)); break;
                case 2: _gpio.Gpfsel2.Write(new Gpio.Gpfsel2Register.W(bits)); break;
                case 3: _gpio.Gpfsel3.Write(new Gpio.Gpfsel3Register.W(bits)); break;
                case 4: _gpio.Gpfsel4.Write(new Gpio.Gpfsel4Register.W(bits)); break;
                default: _gpio.Gpfsel5.Write(new Gpio.Gpfsel5Register.W(bits)); break;
            }
        }

        /// <summary>GPSETn (n = pin / 32, write-only): pins written 1 latch high, the others are untouched.</summary>
        public void WriteSet(int bank, uint pins)
        {
            if (bank == 0)
            {
                _gpio.Gpset0.Write(new Gpio.Gpset0Register.W(pins));
            }
            else
            {
                _gpio.Gpset1.Write(new Gpio.Gpset1Register.W(pins));
            }
        }

        /// <summary>GPCLRn (write-only): pins written 1 latch low.</summary>
        public void WriteClear(int bank, uint pins)
        {
            if (bank == 0)
            {
                _gpio.Gpclr0.Write(new Gpio.Gpclr0Register.W(pins));
            }
            else
            {
                _gpio.Gpclr1.Write(new Gpio.Gpclr1Register.W(pins));
            }
        }

        /// <summary>GPLEVn (read-only): the pins' levels.</summary>
        public uint ReadLevel(int bank) => bank == 0 ? _gpio.Gplev0.Read().Bits : _gpio.Gplev1.Read().Bits;

        /// <summary>GPEDSn: detected events.</summary>
        public uint ReadEventStatus(int bank) => bank == 0 ? _gpio.Gpeds0.Read().Bits : _gpio.Gpeds1.Read().Bits;

        /// <summary>GPEDSn is write-1-to-clear: clears the events of the pins written 1 only, so it needs no lock.</summary>
        public void ClearEventStatus(int bank, uint pins)
        {
            if (bank == 0)
            {
                _gpio.Gpeds0.Write(new Gpio.Gpeds0Register.W(pins));
            }
            else
            {
                _gpio.Gpeds1.Write(new Gpio.Gpeds1Register.W(pins));
            }
        }

        /// <summary>GPRENn: synchronous rising-edge detect enables.</summary>
        public uint ReadRisingEnable(int bank) => bank == 0 ? _gpio.Gpren0.Read().Bits : _gpio.Gpren1.Read().Bits;

        public void WriteRisingEnable(int bank, uint pins)
        {
            if (bank == 0)
            {
                _gpio.Gpren0.Write(new Gpio.Gpren0Register.W(pins));
            }
            else
            {
                _gpio.Gpren1.Write(new Gpio.Gpren1Register.W(pins));
            }
        }

        /// <summary>GPFENn: synchronous falling-edge detect enables.</summary>
        public uint ReadFallingEnable(int bank) => bank == 0 ? _gpio.Gpfen0.Read().Bits : _gpio.Gpfen1.Read().Bits;

        public void WriteFallingEnable(int bank, uint pins)
        {
            if (bank == 0)
            {
                _gpio.Gpfen0.Write(new Gpio.Gpfen0Register.W(pins));
            }
            else
            {
                _gpio.Gpfen1.Write(new Gpio.Gpfen1Register.W(pins));
            }
        }

        /// <summary>GPIO_PUP_PDN_CNTRL_REGn (n = pin / 16): 2 resistor bits per pin.</summary>
        public uint ReadPull(int bank) => bank switch
        {
            0 => _gpio.GpioPupPdnCntrlReg0.Read().Bits,
            1 => _gpio.GpioPupPdnCntrlReg1.Read().Bits,
            2 => _gpio.GpioPupPdnCntrlReg2.Read().Bits,
            _ => _gpio.GpioPupPdnCntrlReg3.Read().Bits,
        };

        public void WritePull(int bank, uint bits)
        {
            switch (bank)
            {
                case 0: _gpio.GpioPupPdnCntrlReg0.Write(new Gpio.GpioPupPdnCntrlReg0Register.W(bits)); break;
                case 1: _gpio.GpioPupPdnCntrlReg1.Write(new Gpio.GpioPupPdnCntrlReg1Register.W(bits)); break;
                case 2: _gpio.GpioPupPdnCntrlReg2.Write(new Gpio.GpioPupPdnCntrlReg2Register.W(bits)); break;
                default: _gpio.GpioPupPdnCntrlReg3.Write(new Gpio.GpioPupPdnCntrlReg3Register.W(bits)); break;
            }
        }
    }
}
