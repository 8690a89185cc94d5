using Stm32L0x1;

namespace Blinky.Stm32L0
{
    /// <summary>
    /// The LED on PB3 of an STM32L031 board, written as the svd2rust blinky is:
    /// <c>rcc.iopenr.modify(|_, w| w.iopben().set_bit())</c>, <c>gpiob.moder.modify(|_, w| w.mode3().bits(0b01))</c>, …
    /// </summary>
    public static class LedDriver
    {
        /// <summary>MODER value for a general-purpose output (0b00 input, 0b01 output, 0b10 alternate, 0b11 analog).</summary>
        public const uint GeneralPurposeOutput = 0b01;

        /// <summary>Clocks GPIO port B, makes PB3 a push-pull output.</summary>
        public static void Initialize()
        {
            Rcc.Instance.Iopenr.Modify((r, w) => w.Iopben(true));                  // IOPBEN = 1: port B clock on
            Gpiob.Instance.Moder.Modify((r, w) => w.Mode3(GeneralPurposeOutput));  // the card's example
            Gpiob.Instance.Otyper.Modify((r, w) => w.Ot3(false));                  // OT3 = 0: push-pull
        }

        /// <summary>Flips PB3's output data bit (one read-modify-write of ODR).</summary>
        public static void Toggle() => Gpiob.Instance.Odr.Modify((r, w) => w.Od3(!r.Od3));

        /// <summary>Whether PB3 is driven high.</summary>
        public static bool IsOn => Gpiob.Instance.Odr.Read().Od3;
    }
}
