using System;
using System.IO;
using System.Linq;
using PacGen.Svd;
using PacGen.TestSupport;
using Rp2040;
using Xunit;
using AtomicAliases = PacGen.Svd.Model.AtomicAliases;
using SvdDevice = PacGen.Svd.Model.Device;

namespace PacGen.Simulation.Tests;

/// <summary>
/// RP2040 atomic alias windows, end to end: the generated <c>Set</c>/<c>Clear</c>/<c>Toggle</c> (the AtomicAliases
/// declaration PacGen.targets ships for rp2040.svd) against the simulated chip with the same declaration.
/// </summary>
public sealed class Rp2040AtomicAliasTests
{
    /// <summary>The declaration PacGen.targets applies to rp2040.svd.</summary>
    private const string Declaration = "xor:0x1000;set:0x2000;clear:0x3000;except:SIO,PPB";

    private static readonly Lazy<SvdDevice> s_model = new Lazy<SvdDevice>(() =>
        SvdReader.ReadFile(Path.Combine(RepoPaths.SvdFolder, "rp2040.svd")).Device ?? throw new InvalidOperationException("rp2040.svd did not read"));

    private static SimulatedDevice Chip(bool aliases = true) =>
        SimulatedDevice.FromModel(s_model.Value, new SimulationOptions { AtomicAliases = aliases ? AtomicAliases.Parse(Declaration) : null });

    [Fact]
    public void Clear_and_set_change_only_the_named_bits_and_the_trace_names_the_window()
    {
        SimulatedDevice chip = Chip();
        using (chip.Activate())
        {
            // RESET resets to 0x01FFFFFF: every block in reset. Take IO_BANK0 (bit 5) and PADS_BANK0 (bit 8) out.
            Resets.Instance.Reset.Clear(w => w.IoBank0(true));
            Assert.Equal(0x01FF_FFDFu, chip.Peek("RESETS.RESET"));
            Resets.Instance.Reset.Clear(Resets.ResetRegister.W.Zero.PadsBank0(true));
            Assert.Equal(0x01FF_FEDFu, chip.Peek("RESETS.RESET"));

            Resets.Instance.Reset.Set(w => w.IoBank0(true));
            Assert.Equal(0x01FF_FEFFu, chip.Peek("RESETS.RESET"));
            Resets.Instance.Reset.Toggle(w => w.IoBank0(true).Adc(true));
            Assert.Equal(0x01FF_FEDEu, chip.Peek("RESETS.RESET"));

            // A read through a window is a plain read of the register.
            Assert.Equal(0x01FF_FEDEu, (uint)chip.Read((nuint)(Resets.DefaultBaseAddress + 0x2000), 32));
        }

        string[] writes = chip.Trace.Entries.Where(e => e.Kind == AccessKind.Write).Select(e => e.ToString()).ToArray();
        Assert.Equal(
            new[]
            {
                "W RESETS.RESET (clear) 0x00000020  io_bank0=1",
                "W RESETS.RESET (clear) 0x00000100  pads_bank0=1",
                "W RESETS.RESET (set) 0x00000020  io_bank0=1",
                "W RESETS.RESET (xor) 0x00000021  adc=1 io_bank0=1",
            },
            writes);
    }

    [Fact]
    public void The_trap_of_issue_15_is_gone_a_write_from_reset_to_the_clear_window_is_not_what_clear_does()
    {
        SimulatedDevice chip = Chip();
        using (chip.Activate())
        {
            // What `new Resets(base + 0x3000).Reset.Write(w => w.IoBank0(true))` would do: W.Reset has every bit set.
            chip.Write((nuint)(Resets.DefaultBaseAddress + 0x3000), 32, Resets.ResetRegister.W.Reset.IoBank0(true).Bits);
            Assert.Equal(0u, chip.Peek("RESETS.RESET"));
            chip.Poke("RESETS.RESET", 0x01FF_FFFF);

            Resets.Instance.Reset.Clear(w => w.IoBank0(true));
            Assert.Equal(0x01FF_FFDFu, chip.Peek("RESETS.RESET"));
        }
    }

    [Fact]
    public void Windows_exist_only_where_declared()
    {
        SimulatedDevice plain = Chip(aliases: false);
        Assert.Throws<SimulationException>(() => plain.Write((nuint)(Resets.DefaultBaseAddress + 0x3000), 32, 0x20));

        // SIO has no windows (it has its own GPIO_OUT_SET/CLR/XOR registers), and no Set/Clear/Toggle in the API.
        SimulatedDevice chip = Chip();
        SimulatedRegister gpioOut = chip.Register("SIO.GPIO_OUT");
        Assert.Throws<SimulationException>(() => chip.Write((nuint)(gpioOut.Address + 0x2000), 32, 1));
        Assert.Null(typeof(Sio.GpioOutRegister).GetMethod("Set", new[] { typeof(Sio.GpioOutRegister.W) }));
        Assert.NotNull(typeof(Resets.ResetRegister).GetMethod("Set", new[] { typeof(Resets.ResetRegister.W) }));
    }
}
