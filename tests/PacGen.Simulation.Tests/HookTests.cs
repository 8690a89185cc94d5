using System;
using System.Collections.Generic;
using Xunit;

namespace PacGen.Simulation.Tests;

public sealed class HookTests
{
    // A toy UART: writing DR clears SR.TXE (busy) and latches the byte; the model "sends" it when time advances.
    private const string Uart =
        "<register><name>SR</name><addressOffset>0</addressOffset><access>read-only</access><resetValue>0x80</resetValue><fields>" +
        "<field><name>TXE</name><bitOffset>7</bitOffset><bitWidth>1</bitWidth></field></fields></register>" +
        "<register><name>DR</name><addressOffset>4</addressOffset><fields>" +
        "<field><name>DATA</name><bitOffset>0</bitOffset><bitWidth>8</bitWidth></field></fields></register>";

    [Fact]
    public void A_write_hook_sees_the_write_and_drives_other_registers_through_the_store()
    {
        SimulatedDevice device = InlineSvd.Device(Uart);
        var sent = new List<char>();
        device.OnWrite("P.DR", access =>
        {
            sent.Add((char)access.Written);
            access.Device.Poke("P.SR", 0);                       // busy until the clock moves
        });
        device.Clock.Advanced += (_, _) => device.Poke("P.SR", 0x80);

        foreach (char c in "hi")
        {
            while ((device.Read(0x4000_0000, 32) & 0x80) == 0)
            {
                device.Clock.Advance(TimeSpan.FromMicroseconds(87));
            }

            device.Write(0x4000_0004, 32, c);
        }

        Assert.Equal("hi", new string(sent.ToArray()));
        Assert.Equal(
            "R P.SR 0x00000080  TXE=1\n" +
            "W P.DR 0x00000068  DATA=0x68\n" +
            "R P.SR 0x00000000\n" +
            "R P.SR 0x00000080  TXE=1\n" +
            "W P.DR 0x00000069  DATA=0x69\n",
            device.Trace.Render());
    }

    [Fact]
    public void A_read_hook_runs_before_readAction_clear_and_may_replace_the_value()
    {
        SimulatedDevice device = InlineSvd.Device(InlineSvd.RegisterWithField("EV", 0, 0x5, "<readAction>clear</readAction>"));
        ulong seen = 0;
        device.OnRead("P.EV", access =>
        {
            seen = access.Device.Peek(access.Register);
            access.Value |= 0x100;
        });

        ulong returned = device.Read(0x4000_0000, 32);

        Assert.Equal(0x5UL, seen);
        Assert.Equal(0x105UL, returned);
        Assert.Equal(0UL, device.Peek("P.EV"));
    }

    [Fact]
    public void Hooks_of_one_register_run_in_the_order_added()
    {
        SimulatedDevice device = InlineSvd.Device(Uart);
        var order = new List<int>();
        device.OnWrite("P.DR", _ => order.Add(1));
        device.OnWrite("P.DR", _ => order.Add(2));

        device.Write(0x4000_0004, 32, 0);

        Assert.Equal(new[] { 1, 2 }, order);
    }

    [Fact]
    public void The_clock_can_advance_per_access()
    {
        SimulatedDevice device = InlineSvd.Device(Uart, new SimulationOptions { TimePerAccess = TimeSpan.FromTicks(125) });
        var intervals = new List<(TimeSpan, TimeSpan)>();
        device.Clock.Advanced += (_, e) => intervals.Add((e.From, e.To));

        device.Read(0x4000_0000, 32);
        device.Write(0x4000_0004, 32, 1);

        Assert.Equal(TimeSpan.FromTicks(250), device.Clock.Now);
        Assert.Equal(new[] { (TimeSpan.Zero, TimeSpan.FromTicks(125)), (TimeSpan.FromTicks(125), TimeSpan.FromTicks(250)) }, intervals);
        Assert.Throws<ArgumentOutOfRangeException>(() => device.Clock.Advance(TimeSpan.FromTicks(-1)));
    }
}
