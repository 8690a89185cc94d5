using Xunit;

namespace PacGen.Simulation.Tests;

public sealed class ReadActionTests
{
    [Theory]
    [InlineData("clear", 0x00UL)]
    [InlineData("set", 0xFFUL)]
    [InlineData("modify", 0x5AUL)]           // left to a hook: without one, storage is unchanged
    [InlineData("modifyExternal", 0x5AUL)]
    public void A_read_returns_the_stored_value_then_applies_the_field_readAction(string action, ulong storedAfter)
    {
        SimulatedDevice device = InlineSvd.Device(InlineSvd.RegisterWithField(
            "STATUS", 0, 0x5A, "<readAction>" + action + "</readAction>"));

        ulong first = device.Read(0x4000_0000, 32);

        Assert.Equal(0x5AUL, first);
        Assert.Equal(storedAfter, device.Peek("P.STATUS"));
        Assert.Equal(storedAfter, device.Read(0x4000_0000, 32));
    }

    [Fact]
    public void ReadAction_clear_touches_only_its_field()
    {
        SimulatedDevice device = InlineSvd.Device(
            "<register><name>SR</name><addressOffset>0</addressOffset><resetValue>0x0301</resetValue><fields>" +
            "<field><name>EVT</name><bitOffset>0</bitOffset><bitWidth>1</bitWidth><readAction>clear</readAction></field>" +
            "<field><name>CNT</name><bitOffset>8</bitOffset><bitWidth>4</bitWidth></field>" +
            "</fields></register>");

        device.Read(0x4000_0000, 32);

        Assert.Equal(0x0300UL, device.Peek("P.SR"));
    }

    [Fact]
    public void ReadAction_modify_is_implemented_by_a_read_hook()
    {
        // A FIFO-style data register: each read pops (here: decrements) the stored value.
        SimulatedDevice device = InlineSvd.Device(InlineSvd.RegisterWithField(
            "DATA", 0, 3, "<readAction>modify</readAction>"));
        device.OnRead("P.DATA", access => access.Device.Poke(access.Register, access.Value - 1));

        ulong[] values = { device.Read(0x4000_0000, 32), device.Read(0x4000_0000, 32), device.Read(0x4000_0000, 32) };

        Assert.Equal(new ulong[] { 3, 2, 1 }, values);
    }
}
