using System;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using PacGen.Runtime;
using Xunit;

namespace PacGen.Simulation.Tests;

public sealed class MmioRoutingTests
{
    private const string Register = "<register><name>R</name><addressOffset>0</addressOffset></register>";

    [Fact]
    public void The_build_props_turn_the_simulation_switch_on()
    {
        Assert.True(Mmio.IsSimulationSupported);
    }

    [Fact]
    public void Mmio_accesses_reach_the_activated_device_with_their_width()
    {
        SimulatedDevice device = InlineSvd.Device(
            Register + "<register><name>H</name><addressOffset>4</addressOffset><size>16</size></register>" +
            "<register><name>B</name><addressOffset>6</addressOffset><size>8</size></register>" +
            "<register><name>D</name><addressOffset>8</addressOffset><size>64</size></register>");
        using (device.Activate())
        {
            Mmio.Write32(0x4000_0000, 0xDEAD_BEEF);
            Mmio.Write16(0x4000_0004, 0xBEEF);
            Mmio.Write8(0x4000_0006, 0xEF);
            Mmio.Write64(0x4000_0008, 0x0123_4567_89AB_CDEF);
            Assert.Equal(0xDEAD_BEEFu, Mmio.Read32(0x4000_0000));
            Assert.Equal((ushort)0xBEEF, Mmio.Read16(0x4000_0004));
            Assert.Equal((byte)0xEF, Mmio.Read8(0x4000_0006));
            Assert.Equal(0x0123_4567_89AB_CDEFUL, Mmio.Read64(0x4000_0008));
        }

        Assert.Null(MmioBus.Current);
        Assert.Equal(8, device.Trace.Count);
    }

    [Fact]
    public async Task Devices_activated_in_parallel_flows_stay_isolated()
    {
        SimulatedDevice first = InlineSvd.Device(Register);
        SimulatedDevice second = InlineSvd.Device(Register);

        async Task Drive(SimulatedDevice device, uint marker)
        {
            using MmioBus.Scope scope = device.Activate();
            for (int i = 0; i < 200; i++)
            {
                Mmio.Write32(0x4000_0000, marker);
                await Task.Yield();   // resume on another thread: the flow-local bus follows
                Assert.Equal(marker, Mmio.Read32(0x4000_0000));
            }
        }

        await Task.WhenAll(Task.Run(() => Drive(first, 1)), Task.Run(() => Drive(second, 2)));

        Assert.All(first.Trace.Entries, e => Assert.Equal(1UL, e.Value));
        Assert.All(second.Trace.Entries, e => Assert.Equal(2UL, e.Value));
        Assert.Equal(400, first.Trace.Count);
        Assert.Equal(400, second.Trace.Count);
    }

    [Fact]
    public void A_peripheral_constructed_at_owned_memory_reads_and_writes_it_directly()
    {
        // The lighter back end: no device is activated, so the generated API works on plain memory the test owns.
        IntPtr block = Marshal.AllocHGlobal(0x100);
        try
        {
            Marshal.Copy(new byte[0x100], 0, block, 0x100);
            var gpio = new Bcm2711.Gpio((nuint)(nint)block);

            gpio.Gpfsel4.Write(w => w.Fsel42(Bcm2711.Gpio.Fsel42.Output));

            Assert.Null(MmioBus.Current);
            Assert.Equal(0x40, Marshal.ReadInt32(block, 0x10));
            Assert.Equal(Bcm2711.Gpio.Fsel42.Output, gpio.Gpfsel4.Read().Fsel42);
        }
        finally
        {
            Marshal.FreeHGlobal(block);
        }
    }

    [Fact]
    public void Nested_activation_restores_the_outer_device()
    {
        SimulatedDevice outer = InlineSvd.Device(Register);
        SimulatedDevice inner = InlineSvd.Device(Register);

        using (outer.Activate())
        {
            using (inner.Activate())
            {
                Mmio.Write32(0x4000_0000, 7);
            }

            Mmio.Write32(0x4000_0000, 9);
        }

        Assert.Equal(7UL, inner.Peek("P.R"));
        Assert.Equal(9UL, outer.Peek("P.R"));
    }

    [Fact]
    public void A_bus_error_surfaces_through_Mmio_as_a_SimulationException()
    {
        SimulatedDevice device = InlineSvd.Device(Register);
        using MmioBus.Scope scope = device.Activate();

        var error = Assert.Throws<SimulationException>(() => Mmio.Read16(0x4000_0000));

        Assert.Contains("P.R (32-bit)", error.Message, StringComparison.Ordinal);
    }
}
