using Xunit;

namespace PacGen.Simulation.Tests;

public sealed class Bcm2711ResetTests
{
    [Theory]
    [InlineData("SPI0.CS", 0x0004_1000UL)]
    [InlineData("SPI0.LTOH", 0x0000_0001UL)]
    [InlineData("SPI0.DC", 0x3020_1050UL)]
    [InlineData("SPI3.CS", 0x0004_1000UL)]          // derived from SPI0
    [InlineData("BSC0.S", 0x0000_0050UL)]
    [InlineData("BSC0.DIV", 0x0000_05DCUL)]
    [InlineData("BSC1.DIV", 0x0000_05DCUL)]         // derived from BSC0
    [InlineData("UART1.IIR", 0x0000_B001UL)]
    [InlineData("SPI1.CNTL0", 0x000E_0000UL)]
    [InlineData("GIC_DIST.GICD_IIDR", 0x0200_143BUL)]
    [InlineData("GPIO.GPFSEL4", 0UL)]
    [InlineData("SYSTMR.CLO", 0UL)]
    public void Registers_start_at_their_SVD_reset_value(string register, ulong expected)
    {
        SimulatedDevice device = Bcm2711Chip.Device();

        SimulatedRegister found = device.Register(register);

        Assert.Equal(expected, device.Read((nuint)found.Address, found.Size));
    }

    [Fact]
    public void Every_register_is_reachable_at_its_address_and_width()
    {
        SimulatedDevice device = Bcm2711Chip.Device();

        foreach (SimulatedRegister register in device.Registers)
        {
            SimulatedRegister hit = device.RegisterAt(register.Address, register.Size);

            // Alternates of equal width share an address: the primary one answers for both.
            Assert.Equal(register.Address, hit.Address);
            Assert.Equal(register.Size, hit.Size);
        }
    }

    [Fact]
    public void Reset_restores_reset_values_after_writes()
    {
        SimulatedDevice device = Bcm2711Chip.Device();
        device.Write(0xFE20_4000, 32, 0);   // SPI0.CS

        device.Reset();

        Assert.Equal(0x0004_1000UL, device.Peek("SPI0.CS"));
    }
}
