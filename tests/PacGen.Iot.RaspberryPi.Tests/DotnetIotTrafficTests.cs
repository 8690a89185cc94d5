using System.Device.Gpio;
using Xunit;

namespace PacGen.Iot.RaspberryPi.Tests;

/// <summary>
/// The driver's register traffic against what dotnet/iot's RaspberryPi3LinuxDriver (System.Device.Gpio 4.2.0, the
/// Raspberry Pi 4 path) does for the same GpioController calls, read off its source:
/// <list type="bullet">
/// <item>OpenPin: GetPinModeFromHardware reads GPFSEL[pin / 10]; for an input on a Pi 4 it also reads GPPUPPDN[pin &gt;&gt; 4].</item>
/// <item>SetPinMode: reads GPFSEL[pin / 10], writes it with the pin's 3 bits replaced (1 for Output, 0 otherwise);
/// for an input mode SetInputPullModePi4 then reads GPPUPPDN[pin &gt;&gt; 4] and writes it with the pin's 2 bits replaced
/// (0 none, 1 up, 2 down).</item>
/// <item>Write: GPSET[pin / 32] or GPCLR[pin / 32] = 1 &lt;&lt; (pin % 32). Its source first reads that register too
/// (<c>uint register = *registerPointer;</c>, then overwritten): GPSET/GPCLR are write-only, the read returns nothing
/// the chip defines, and this driver does not make it.</item>
/// <item>Read: GPLEV[pin / 32].</item>
/// </list>
/// </summary>
public sealed class DotnetIotTrafficTests
{
    [Fact]
    public void The_README_blink_of_GPIO42_makes_dotnet_iots_accesses()
    {
        using var pi = new SimulatedPi4();

        pi.Controller.OpenPin(42, PinMode.Output);
        pi.Controller.Write(42, PinValue.High);
        pi.Controller.Write(42, PinValue.Low);

        Assert.Equal(new[]
        {
            "R GPIO.GPFSEL4 0x00000000",                  // OpenPin: GetPinModeFromHardware -> GetAlternatePinMode
            "R GPIO.GPIO_PUP_PDN_CNTRL_REG2 0x00000000",  //          an input on a Pi 4: GPPUPPDN[42 >> 4]
            "R GPIO.GPFSEL4 0x00000000",                  // SetPinMode(Output): GPFSEL[4] read
            "W GPIO.GPFSEL4 0x00000040",                  //                     FSEL42 = 001
            "W GPIO.GPSET1 0x00000400",                   // Write(High): GPSET[1] = 1 << 10
            "W GPIO.GPCLR1 0x00000400",                   // Write(Low):  GPCLR[1] = 1 << 10
        }, pi.GpioTrace());
    }

    [Fact]
    public void A_pull_up_input_makes_dotnet_iots_accesses_and_reads_high_floating()
    {
        using var pi = new SimulatedPi4();

        pi.Controller.OpenPin(17, PinMode.InputPullUp);
        PinValue value = pi.Controller.Read(17);

        Assert.Equal(PinValue.High, value);
        Assert.Equal(new[]
        {
            "R GPIO.GPFSEL1 0x00000000",                  // OpenPin: GPFSEL[17 / 10]
            "R GPIO.GPIO_PUP_PDN_CNTRL_REG1 0x00000000",  //          GPPUPPDN[17 >> 4]
            "R GPIO.GPFSEL1 0x00000000",                  // SetPinMode(InputPullUp): GPFSEL[1] read
            "W GPIO.GPFSEL1 0x00000000",                  //                          FSEL17 = 000 (input)
            "R GPIO.GPIO_PUP_PDN_CNTRL_REG1 0x00000000",  // SetInputPullModePi4: GPPUPPDN[1] read
            "W GPIO.GPIO_PUP_PDN_CNTRL_REG1 0x00000004",  //                      bits 2..3 = 01 (pull-up)
            "R GPIO.GPLEV0 0x00020000",                   // Read: GPLEV[0], bit 17 high
        }, pi.GpioTrace());
    }
}
