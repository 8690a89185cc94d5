using System;
using PacGen.Tests.Everything;
using Xunit;

namespace PacGen.Generator.Tests.Behaviour
{
    /// <summary>Every construct of Everything.svd, run against owned memory: the exact words written and read.</summary>
    public sealed class EverythingTests : IDisposable
    {
        private readonly OwnedMemory _memory = new OwnedMemory();
        private readonly Timer _timer;

        public EverythingTests() => _timer = new Timer(_memory.Base);

        public void Dispose() => _memory.Dispose();

        [Fact]
        public void Write_starts_from_the_reset_value()
        {
            _timer.Ctrl.Write(w => w.En(true));

            Assert.Equal(0x21u, _memory.Read32(0x00)); // reset 0x20 | EN
        }

        [Fact]
        public void WriteWithZero_starts_from_zero_and_Reset_writes_the_reset_value()
        {
            _timer.Ctrl.WriteWithZero(w => w.En(true));
            Assert.Equal(0x1u, _memory.Read32(0x00));

            _timer.Ctrl.Reset();
            Assert.Equal(0x20u, _memory.Read32(0x00));
        }

        [Fact]
        public void Write_with_state_passes_the_state_without_a_closure()
        {
            _timer.Ctrl.Write(7u, static (w, prescale) => w.Prescale(prescale));

            Assert.Equal(0x20u & ~0xF0u | (7u << 4), _memory.Read32(0x00));
        }

        [Fact]
        public void Enum_setters_and_variant_setters_write_the_variant_value()
        {
            _timer.Ctrl.Write(w => w.Mode(Timer.Mode.Free));
            Assert.Equal(0x20u | (2u << 1), _memory.Read32(0x00));

            _timer.Ctrl.Write(w => w.ModePeriodic());
            Assert.Equal(0x20u | (1u << 1), _memory.Read32(0x00));
            Assert.True(_timer.Ctrl.Read().IsModePeriodic);
            Assert.Equal(Timer.Mode.Periodic, _timer.Ctrl.Read().Mode);
        }

        [Fact]
        public void Variant_read_gives_the_named_variant_and_null_for_an_unnamed_value()
        {
            _memory.Write32(0x00, 2u << 1);
            Assert.Equal(Timer.Mode.Free, _timer.Ctrl.Read().ModeVariant);

            _memory.Write32(0x00, 3u << 1); // MODE names 0, 1 and 2 only
            Assert.Null(_timer.Ctrl.Read().ModeVariant);
            Assert.Equal((Timer.Mode)3, _timer.Ctrl.Read().Mode); // the plain getter casts without checking
        }

        [Fact]
        public void Variant_read_honours_dont_care_bits_and_ignores_the_default_variant()
        {
            _memory.Write32(0x04, 0u << 4);
            Assert.Equal(Timer.Level.Low, _timer.Status.Read().LevelVariant);

            _memory.Write32(0x04, 2u << 4); // HIGH is #1x: 2 and 3
            Assert.Equal(Timer.Level.High, _timer.Status.Read().LevelVariant);
            _memory.Write32(0x04, 3u << 4);
            Assert.Equal(Timer.Level.High, _timer.Status.Read().LevelVariant);

            _memory.Write32(0x04, 1u << 4); // only OTHER (isDefault) covers 1, and it is no enum member
            Assert.Null(_timer.Status.Read().LevelVariant);
        }

        [Fact]
        public void Checked_raw_setter_enforces_width_and_write_constraint()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => Timer.CtrlRegister.W.Zero.Prescale(0));
            Assert.Throws<ArgumentOutOfRangeException>(() => Timer.CtrlRegister.W.Zero.Prescale(11));
            Assert.Throws<ArgumentOutOfRangeException>(() => Timer.CtrlRegister.W.Zero.ModeBits(4));
            Assert.Equal(10u << 4, Timer.CtrlRegister.W.Zero.Prescale(10).Bits);
            Assert.Equal(0xFu << 4, Timer.CtrlRegister.W.Zero.PrescaleUnchecked(0xFF).Bits); // masked to the field
        }

        [Fact]
        public void Write_one_to_clear_flags_are_masked_out_of_writes_and_modifies()
        {
            Assert.Equal(0x4u, Timer.StatusRegister.W.Reset.Bits); // OVF/CMP (1-to-clear) cleared, ARMED (0-to-clear) set
            _memory.Write32(0x04, 0x0Fu);

            _timer.Status.Modify((r, w) => w.ClearCmp());

            Assert.Equal(0x2u | 0x4u, _memory.Read32(0x04)); // only CMP written as 1; ARMED kept at 1 (no disarm)
        }

        [Fact]
        public void Intent_methods_write_the_bit_value_that_has_the_effect()
        {
            Assert.Equal(0x1u, Timer.StatusRegister.W.Zero.ClearOvf().Bits);
            Assert.Equal(0x8u, Timer.StatusRegister.W.Zero.ToggleLed().Bits);
            Assert.Equal(0x0u, Timer.StatusRegister.W.Reset.ClearArmed().Bits); // zero-to-clear writes 0
        }

        [Fact]
        public void Split_read_and_write_enums_and_dont_care_variants()
        {
            Assert.Equal(0x20u, Timer.StatusRegister.W.Zero.Level(Timer.LevelW.ForceHigh).Bits);
            Assert.True(new Timer.StatusRegister.R(0x30).IsLevelHigh); // HIGH is #1x: 2 and 3
            Assert.True(new Timer.StatusRegister.R(0x20).IsLevelHigh);
            Assert.False(new Timer.StatusRegister.R(0x10).IsLevelHigh);
            Assert.Equal(Timer.Level.Low, new Timer.StatusRegister.R(0).Level);
        }

        [Fact]
        public void Field_arrays_are_indexable_and_named()
        {
            Timer.StatusRegister.W value = Timer.StatusRegister.W.Zero.Flag(2, true).Flag1(true);

            Assert.Equal((1u << 10) | (1u << 9), value.Bits);
            Assert.True(new Timer.StatusRegister.R(value.Bits).Flag(2));
            Assert.True(new Timer.StatusRegister.R(value.Bits).Flag1);
            Assert.Throws<ArgumentOutOfRangeException>(() => Timer.StatusRegister.W.Zero.Flag(4, true));
        }

        [Fact]
        public void Register_arrays_are_indexable_and_reachable_by_element_name()
        {
            _timer.Ch[2].Write(w => w.Value(0x1234).Ie(true));
            _timer.Ch1.Write(w => w.Value(0x55));

            Assert.Equal(0x8000_1234u, _memory.Read32(0x18));
            Assert.Equal(0x55u, _memory.Read32(0x14));
            Assert.Equal(3, _timer.Ch.Length);
            Assert.Throws<ArgumentOutOfRangeException>(() => _timer.Ch[3]);
            Assert.Equal(_timer.Ch[1].Address, _timer.Ch1.Address);
        }

        [Fact]
        public void FieldArrayValuesEnumerateEveryElementOfTheValueRead()
        {
            var r = new Timer.StatusRegister.R((1u << 8) | (1u << 10));
            var seen = new System.Collections.Generic.List<bool>();
            foreach (bool flag in r.FlagValues)
            {
                seen.Add(flag);
            }

            Assert.Equal(new[] { true, false, true, false }, seen);
            Assert.Equal(4, r.FlagValues.Length);
            Assert.True(r.FlagValues[2]);
            Assert.Throws<ArgumentOutOfRangeException>(() => r.FlagValues[4]);
        }

        [Fact]
        public void RegisterAndClusterArraysEnumerateTheirElementsInIndexOrder()
        {
            int i = 0;
            foreach (Timer.ChRegister channel in _timer.Ch)
            {
                Assert.Equal(_timer.Ch[i].Address, channel.Address);
                channel.Write(w => w.Value((uint)(0x10 + i)));
                i++;
            }

            Assert.Equal(3, i);
            Assert.Equal(0x12u, _memory.Read32(0x18));

            int buffers = 0;
            foreach (Timer.BufCluster buffer in _timer.Buf)
            {
                Assert.Equal(_timer.Buf[buffers].BaseAddress, buffer.BaseAddress);
                buffers++;
            }

            Assert.Equal(_timer.Buf.Length, buffers);
        }

        [Fact]
        public void Register_lists_with_letter_indices_get_element_names()
        {
            _timer.Datab.Write(new Timer.DataRegister.W(0xCAFE));

            Assert.Equal(0xCAFEu, _memory.Read32(0x24));
            Assert.Equal(_timer.Data[1].Address, _timer.Datab.Address);
        }

        [Fact]
        public void Clusters_arrays_reach_their_registers()
        {
            _timer.Buf[1].Len.Write(w => w.Len(100).ModeTx());

            Assert.Equal(100u | (1u << 12), _memory.Read32(0x54));
            Assert.Equal(Timer.BufCluster.LenRegister.ResetValue, 0u);
            Assert.Equal(_timer.Buf1.Addr.Address, _memory.Base + 0x50);
        }

        [Fact]
        public void Alternate_registers_are_both_reachable_at_one_address()
        {
            _timer.CfgB.Write(w => w.B(0xAB));

            Assert.Equal(0xABu, _timer.CfgA.Read().Bits >> 8);
            Assert.Equal(_timer.CfgA.Address, _timer.CfgB.Address);
        }

        [Fact]
        public void Small_and_wide_registers_access_exactly_their_size()
        {
            _memory.Write32(0x30, 0xFFFF_FFFF);
            _timer.Byte.Write(w => w.Lo(0x3));
            Assert.Equal(0xFFFF_FF53u, _memory.Read32(0x30)); // one byte written: reset 0x5A with LO = 3

            _timer.Wide.Write(w => w.High(0x1234_5678).Low(0x9ABC_DEF0));
            Assert.Equal(0x1234_5678_9ABC_DEF0UL, _memory.Read64(0x38));
            Assert.Equal(0x1234_5678UL, _timer.Wide.Read().High);
        }

        [Fact]
        public void Access_decides_which_methods_exist()
        {
            Assert.Null(typeof(Timer.CountRegister).GetMethod("Write", new[] { typeof(Timer.CountRegister.R) }));
            Assert.Null(typeof(Timer.CountRegister).GetMethod("Modify"));
            Assert.Null(typeof(Timer.LoadRegister).GetMethod("Read"));
            Assert.Null(typeof(Timer.LoadRegister).GetMethod("Modify"));
            Assert.Null(typeof(Timer.CtrlRegister.W).GetMethod("Version")); // read-only field: no setter
            Assert.NotNull(typeof(Timer.CtrlRegister.R).GetProperty("Version"));
        }

        [Fact]
        public void Sanitized_names_are_usable()
        {
            Timer.CtrlRegister.W value = Timer.CtrlRegister.W.Zero.Reset_2(true)._3v3En(true);

            Assert.Equal(0x300u, value.Bits);
            Assert.True(new Timer.CtrlRegister.R(value.Bits)._3v3En);
        }

        [Fact]
        public void ToString_decodes_fields_with_svd_names()
        {
            Assert.Equal(
                "CTRL { EN=1, MODE=FREE, PRESCALE=0x2, RESET=0, 3V3_EN=0, VERSION=0x0 }",
                new Timer.CtrlRegister.R(0x25).ToString());
            Assert.Equal("COUNT { 0x2A }", new Timer.CountRegister.R(42).ToString());
        }

        [Fact]
        public void Derived_instances_share_the_type_at_their_own_address()
        {
            Assert.Equal((nuint)0x4000_1000, Timer2.Instance.BaseAddress);
            Assert.Equal(0x4000_1000UL, Timer2.DefaultBaseAddress);
            Assert.Equal((nuint)0x4000_0000, Device.Timer.BaseAddress);
            Assert.Equal(Timer2.Instance.BaseAddress, Device.Timer2.BaseAddress);
            Assert.Equal(4, (int)Interrupt.Timer2);
        }
    }
}
