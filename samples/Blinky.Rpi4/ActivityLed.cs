using Bcm2711;

namespace Blinky.Rpi4
{
    /// <summary>
    /// The Raspberry Pi 4's green activity LED on GPIO42 (active high), driven through the generated BCM2711 API.
    /// The same code runs on the chip (a GPIO peripheral at the mapped /dev/gpiomem base) and against the simulation.
    /// </summary>
    public sealed class ActivityLed : ILed
    {
        /// <summary>The BCM2711 GPIO the LED is wired to.</summary>
        public const int Pin = 42;

        private readonly Gpio _gpio;

        private ActivityLed(Gpio gpio) => _gpio = gpio;

        /// <summary>
        /// Makes GPIO42 an output and checks that the chip took it: the only step that can fail, so it returns an error
        /// value instead of throwing, and the caller decides (seed 004: explicit initialization failure).
        /// </summary>
        public static InitResult<ActivityLed> Initialize(Gpio gpio)
        {
            // Modify, not Write: GPFSEL4 also holds the functions of GPIO40..49, which must keep theirs.
            gpio.Gpfsel4.Modify((r, w) => w.Fsel42(Gpio.Fsel42.Output));

            Gpio.Gpfsel4Register.R readBack = gpio.Gpfsel4.Read();
            if (!readBack.IsFsel42Output)
            {
                return InitResult<ActivityLed>.Failed(
                    "GPFSEL4 did not keep GPIO42 as an output (read back " + readBack + "): the register block is not a BCM2711 GPIO.");
            }

            return InitResult<ActivityLed>.Ok(new ActivityLed(gpio));
        }

        /// <summary>Drives the LED on: GPSET1 bit 10 (write-1-to-set, other pins untouched).</summary>
        public void On() => _gpio.Gpset1.Write(w => w.Set42(true));

        /// <summary>Drives the LED off: GPCLR1 bit 10 (write-1-to-clear).</summary>
        public void Off() => _gpio.Gpclr1.Write(w => w.Clr42(true));

        /// <summary>The level the pin reads back (GPLEV1 bit 10).</summary>
        public bool IsOn => _gpio.Gplev1.Read().Lev42;
    }
}
