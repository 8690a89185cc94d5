namespace PacGen.Iot.RaspberryPi
{
    /// <summary>
    /// A BCM2711 pin's function as GPFSELn selects it; the values are the chip's 3-bit codes (note the alternate
    /// functions' irregular order: ALT0 is 0b100, ALT4 0b011, ALT5 0b010). What each alternate function is depends on
    /// the pin (BCM2711 datasheet §5.3; e.g. GPIO14 ALT0 is UART0 TXD, GPIO18 ALT5 is PWM0 channel 0), and the
    /// generated per-pin enums (<c>Bcm2711.Gpio.Fsel14.Txd0</c>) name them.
    /// </summary>
    public enum Bcm2711PinFunction
    {
        Input = 0b000,
        Output = 0b001,
        Alt0 = 0b100,
        Alt1 = 0b101,
        Alt2 = 0b110,
        Alt3 = 0b111,
        Alt4 = 0b011,
        Alt5 = 0b010,
    }
}
