using Stm32L0x1;
using Xunit;

namespace PacGen.Generator.Tests.Behaviour
{
    /// <summary>The STM32L0x1 blinky sequence on owned memory: clock enable, pin mode, output type, output data.</summary>
    public sealed class Stm32L0x1Tests
    {
        [Fact]
        public void Blinky_sequence_writes_the_expected_words()
        {
            using var rccMemory = new OwnedMemory();
            using var gpioMemory = new OwnedMemory();
            var rcc = new Rcc(rccMemory.Base);
            var gpiob = new Gpiob(gpioMemory.Base);
            gpioMemory.Write32(0x00, 0xFFFF_FFFF); // MODER reset state: every pin analog

            rcc.Iopenr.Modify((r, w) => w.Iopben(true));
            gpiob.Moder.Modify((r, w) => w.Mode3(0b01));
            gpiob.Otyper.Modify((r, w) => w.Ot3(false));
            gpiob.Odr.Modify((r, w) => w.Od3(!r.Od3));

            Assert.Equal(1u << 1, rccMemory.Read32(0x2C));
            Assert.Equal(0xFFFF_FF7Fu, gpioMemory.Read32(0x00)); // MODE3 = 01
            Assert.Equal(0u, gpioMemory.Read32(0x04));
            Assert.Equal(1u << 3, gpioMemory.Read32(0x14));
        }

        [Fact]
        public void State_passing_modify_changes_only_its_field_and_write_with_zero_starts_from_zero()
        {
            using var gpioMemory = new OwnedMemory();
            var gpiob = new Gpiob(gpioMemory.Base);
            gpioMemory.Write32(0x00, 0xFFFF_FFFF);
            uint mode = 0b01;

            // The issue-15 trap: the old advice turned this read-modify-write into a write from reset (MODE0-15 wiped).
            gpiob.Moder.Modify(mode, static (r, w, m) => w.Mode3(m));
            Assert.Equal(0xFFFF_FF7Fu, gpioMemory.Read32(0x00));

            gpiob.Moder.Modify((pin3: mode, pin4: 0b10u), static (r, w, s) => w.Mode3(s.pin3).Mode4(s.pin4));
            Assert.Equal(0xFFFF_FE7Fu, gpioMemory.Read32(0x00));

            gpiob.Odr.WriteWithZero(true, static (w, on) => w.Od3(on));
            Assert.Equal(1u << 3, gpioMemory.Read32(0x14));
        }

        [Fact]
        public void Derived_gpio_ports_share_the_gpiob_type()
        {
            Assert.Equal((nuint)0x5000_0400, Gpiob.Instance.BaseAddress);
            Assert.Equal((nuint)0x5000_0800, Device.Gpioc.BaseAddress);
            Assert.IsType<Gpiob>(Gpioc.Instance);
        }
    }
}
