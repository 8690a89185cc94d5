using Xunit;

namespace PacGen.Simulation.Tests;

/// <summary>Each modifiedWriteValues kind on an 8-bit field starting at 0b1100_1010, written with 0b1010_0110.</summary>
public sealed class WriteSemanticsTests
{
    private const ulong Stored = 0b1100_1010;
    private const ulong Written = 0b1010_0110;

    [Theory]
    [InlineData("modify", Written)]
    [InlineData("oneToClear", Stored & ~Written & 0xFF)]       // 0b0100_1000
    [InlineData("oneToSet", Stored | Written)]                 // 0b1110_1110
    [InlineData("oneToToggle", Stored ^ Written)]              // 0b0110_1100
    [InlineData("zeroToClear", Stored & Written)]              // 0b1000_0010
    [InlineData("zeroToSet", (Stored | ~Written) & 0xFF)]      // 0b1101_1011
    [InlineData("zeroToToggle", (Stored ^ ~Written) & 0xFF)]   // 0b1001_0011
    [InlineData("clear", 0UL)]
    [InlineData("set", 0xFFUL)]
    public void Field_modifiedWriteValues_decide_the_stored_value(string kind, ulong expected)
    {
        SimulatedDevice device = InlineSvd.Device(InlineSvd.RegisterWithField(
            "R", 0, Stored, "<modifiedWriteValues>" + kind + "</modifiedWriteValues>"));

        device.Write(0x4000_0000, 32, Written);

        Assert.Equal(expected, device.Peek("P.R"));
    }

    [Fact]
    public void Bits_outside_every_field_follow_the_register_modifiedWriteValues()
    {
        // Field F [7:0] is plain read-write; the register says oneToClear for the rest (bits 8..31).
        SimulatedDevice device = InlineSvd.Device(InlineSvd.RegisterWithField(
            "R", 0, 0x0000_FF00, "<modifiedWriteValues>modify</modifiedWriteValues>",
            registerExtra: "<modifiedWriteValues>oneToClear</modifiedWriteValues>"));

        device.Write(0x4000_0000, 32, 0x0000_0F55);

        Assert.Equal(0x0000_F055UL, device.Peek("P.R"));
    }

    [Fact]
    public void Read_only_fields_keep_their_bits_when_the_register_is_written()
    {
        SimulatedDevice device = InlineSvd.Device(
            "<register><name>R</name><addressOffset>0</addressOffset><resetValue>0x0000A500</resetValue><fields>" +
            "<field><name>RW</name><bitOffset>0</bitOffset><bitWidth>8</bitWidth></field>" +
            "<field><name>RO</name><bitOffset>8</bitOffset><bitWidth>8</bitWidth><access>read-only</access></field>" +
            "</fields></register>");

        device.Write(0x4000_0000, 32, 0x0000_FF11);

        Assert.Equal(0x0000_A511UL, device.Peek("P.R"));
    }

    [Fact]
    public void A_write_to_a_read_only_register_changes_nothing_and_is_flagged_in_the_trace()
    {
        SimulatedDevice device = InlineSvd.Device(
            "<register><name>ID</name><addressOffset>0</addressOffset><access>read-only</access><resetValue>0x1234</resetValue></register>");

        device.Write(0x4000_0000, 32, 0xFFFF_FFFF);

        Assert.Equal(0x1234UL, device.Peek("P.ID"));
        Assert.Equal("W P.ID 0xFFFFFFFF  (ignored: not writable)\n", device.Trace.Render());
    }

    [Fact]
    public void Write_only_registers_read_as_zero_but_keep_what_was_written()
    {
        SimulatedDevice device = InlineSvd.Device(
            "<register><name>KEY</name><addressOffset>0</addressOffset><access>write-only</access></register>");

        device.Write(0x4000_0000, 32, 0xCAFE);

        Assert.Equal(0UL, device.Read(0x4000_0000, 32));
        Assert.Equal(0xCAFEUL, device.Peek("P.KEY"));
    }

    [Fact]
    public void Write_once_registers_accept_only_the_first_write_after_reset()
    {
        SimulatedDevice device = InlineSvd.Device(
            "<register><name>LOCK</name><addressOffset>0</addressOffset><access>read-writeOnce</access></register>");

        device.Write(0x4000_0000, 32, 0x11);
        device.Write(0x4000_0000, 32, 0x22);
        Assert.Equal(0x11UL, device.Read(0x4000_0000, 32));

        device.Reset();
        device.Write(0x4000_0000, 32, 0x33);
        Assert.Equal(0x33UL, device.Read(0x4000_0000, 32));
    }
}
