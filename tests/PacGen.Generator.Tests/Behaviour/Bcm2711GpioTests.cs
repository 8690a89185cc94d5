using System;
using Bcm2711;
using Xunit;

namespace PacGen.Generator.Tests.Behaviour
{
    /// <summary>The generated BCM2711 API against memory the test owns: the exact words written.</summary>
    public sealed class Bcm2711GpioTests
    {
        [Fact]
        public void Write_starts_from_reset_and_sets_only_the_field()
        {
            using var memory = new OwnedMemory();
            var gpio = new Gpio(memory.Base);
            memory.Write32(0x10, 0xFFFF_FFFF);

            gpio.Gpfsel4.Write(w => w.Fsel42(Gpio.Fsel42.Output));

            Assert.Equal(1u << 6, memory.Read32(0x10));
        }

        [Fact]
        public void Modify_keeps_the_other_fields()
        {
            using var memory = new OwnedMemory();
            var gpio = new Gpio(memory.Base);
            memory.Write32(0x10, 0b100_000_001); // FSEL40 = OUTPUT, FSEL42 = ALT0 (4)

            gpio.Gpfsel4.Modify((r, w) => w.Fsel41Output());

            Assert.Equal(0b100_001_001u, memory.Read32(0x10));
            Assert.True(gpio.Gpfsel4.Read().IsFsel41Output);
            Assert.Equal(Gpio.Fsel42.Gpclk1, gpio.Gpfsel4.Read().Fsel42);
        }

        [Fact]
        public void Variant_read_of_a_field_whose_every_value_is_named_is_never_null()
        {
            using var memory = new OwnedMemory();
            var gpio = new Gpio(memory.Base);
            for (uint value = 0; value < 8; value++)
            {
                memory.Write32(0x10, value << 6);
                Assert.Equal((Gpio.Fsel42)value, gpio.Gpfsel4.Read().Fsel42Variant);
            }
        }

        [Fact]
        public void Set_and_clear_registers_write_only_the_requested_bit()
        {
            using var memory = new OwnedMemory();
            var gpio = new Gpio(memory.Base);

            gpio.Gpset1.Write(w => w.Set42(true));
            Assert.Equal(1u << 10, memory.Read32(0x20));

            gpio.Gpclr1.Write(w => w.Clr42(true));
            Assert.Equal(1u << 10, memory.Read32(0x2C));
        }

        [Fact]
        public void Fields_named_for_their_action_take_their_intent_as_a_parameterless_overload()
        {
            using var memory = new OwnedMemory();
            var gpio = new Gpio(memory.Base);

            gpio.Gpset1.Write(w => w.Set42().Set43());
            Assert.Equal(0b11u << 10, memory.Read32(0x20));

            gpio.Gpclr1.Write(w => w.Clr42());
            Assert.Equal(1u << 10, memory.Read32(0x2C));
            Assert.DoesNotContain(typeof(Gpio.Gpset1Register.W).GetMethods(), m => m.Name.StartsWith("SetSet", System.StringComparison.Ordinal));
            Assert.DoesNotContain(typeof(Gpio.Gpclr1Register.W).GetMethods(), m => m.Name.StartsWith("ClearClr", System.StringComparison.Ordinal));
        }

        [Fact]
        public void Level_register_reads_bits_as_bools()
        {
            using var memory = new OwnedMemory();
            var gpio = new Gpio(memory.Base);
            memory.Write32(0x38, 1u << 10);

            Gpio.Gplev1Register.R level = gpio.Gplev1.Read();

            Assert.True(level.Lev42);
            Assert.False(level.Lev43);
        }

        [Fact]
        public void Value_form_and_closure_form_write_the_same_word()
        {
            using var memory = new OwnedMemory();
            var gpio = new Gpio(memory.Base);

            gpio.Gpfsel4.Write(Gpio.Gpfsel4Register.W.Reset.Fsel42(Gpio.Fsel42.Output).Fsel40(Gpio.Fsel40.Output));
            uint valueForm = memory.Read32(0x10);
            memory.Write32(0x10, 0);
            gpio.Gpfsel4.Write(w => w.Fsel42(Gpio.Fsel42.Output).Fsel40(Gpio.Fsel40.Output));

            Assert.Equal(valueForm, memory.Read32(0x10));
            Assert.Equal((1u << 6) | 1u, valueForm);
        }

        [Fact]
        public void R_ToString_decodes_fields_with_svd_names()
        {
            var value = new Gpio.Gpfsel4Register.R((1u << 6) | 4u);

            string text = value.ToString();

            Assert.StartsWith("GPFSEL4 { FSEL40=PWM1_0, FSEL41=INPUT, FSEL42=OUTPUT, ", text, StringComparison.Ordinal);
            Assert.EndsWith(" }", text, StringComparison.Ordinal);
        }

        [Fact]
        public void System_timer_counter_is_read_only_and_reads_the_word()
        {
            using var memory = new OwnedMemory();
            var timer = new Systmr(memory.Base);
            memory.Write32(0x04, 0x1234_5678);

            Assert.Equal(0x1234_5678u, timer.Clo.Read().Bits);
            Assert.Equal(0xFE00_3000UL, Systmr.DefaultBaseAddress);
        }

        [Fact]
        public void Write_one_to_clear_flags_are_not_cleared_by_writing_another_field()
        {
            using var memory = new OwnedMemory();
            var timer = new Systmr(memory.Base);
            memory.Write32(0x00, 0b1111); // every match flag pending

            timer.Cs.Modify((r, w) => w.ClearM1());

            Assert.Equal(0b0010u, memory.Read32(0x00));
        }

        [Fact]
        public void Device_exposes_instances_at_their_svd_addresses()
        {
            Assert.Equal((nuint)0xFE20_0000, Device.Gpio.BaseAddress);
            Assert.Equal((nuint)0xFE00_3000, Device.Systmr.BaseAddress);
            Assert.Equal("bcm2711_lpa", Device.Name);
        }
    }
}
