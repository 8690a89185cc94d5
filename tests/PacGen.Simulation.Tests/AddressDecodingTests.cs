using Xunit;

namespace PacGen.Simulation.Tests;

public sealed class AddressDecodingTests
{
    private static SimulatedDevice TwoPeripherals() => SimulatedDevice.FromSvdText(InlineSvd.Document(
        InlineSvd.Peripheral("TIM", 0x4000_0000,
            "<register><name>CR</name><addressOffset>0</addressOffset></register>" +
            "<register><name>CNT</name><addressOffset>0x8</addressOffset><size>16</size></register>"),
        InlineSvd.Peripheral("UART", 0x4000_1000,
            "<register><name>DR</name><addressOffset>0</addressOffset></register>" +
            "<register><name>BRR</name><addressOffset>0</addressOffset><size>8</size><alternateRegister>DR</alternateRegister></register>")));

    [Fact]
    public void An_unmapped_address_names_the_nearest_peripheral_and_the_distance()
    {
        SimulatedDevice device = TwoPeripherals();

        var error = Assert.Throws<SimulationException>(() => device.Read(0x4000_0100, 32));

        Assert.Equal(
            "32-bit access at 0x40000100 hits no register: the nearest peripheral is TIM, 0xF7 (247) bytes after its last register byte at 0x40000009.",
            error.Message);
    }

    [Fact]
    public void An_address_in_a_hole_of_a_peripheral_says_so()
    {
        SimulatedDevice device = TwoPeripherals();

        var error = Assert.Throws<SimulationException>(() => device.Write(0x4000_0004, 32, 1));

        Assert.Contains("inside TIM (0x40000000..0x40000009) at offset 0x4, where no register is declared", error.Message);
    }

    [Fact]
    public void A_wider_access_than_the_register_is_rejected_with_both_widths()
    {
        SimulatedDevice device = TwoPeripherals();

        var error = Assert.Throws<SimulationException>(() => device.Read(0x4000_0008, 32));

        Assert.Equal(
            "32-bit access at 0x40000008 does not match the width of TIM.CNT (16-bit): an access must use the register's width exactly.",
            error.Message);
    }

    [Fact]
    public void A_misaligned_access_names_the_register_it_falls_into()
    {
        SimulatedDevice device = TwoPeripherals();

        var error = Assert.Throws<SimulationException>(() => device.Read(0x4000_0002, 16));

        Assert.Equal(
            "16-bit access at 0x40000002 is misaligned: it falls inside TIM.CR (32-bit at 0x40000000, byte offset 2).",
            error.Message);
    }

    [Fact]
    public void A_failed_access_leaves_no_trace_and_no_state_change()
    {
        SimulatedDevice device = TwoPeripherals();

        Assert.Throws<SimulationException>(() => device.Write(0x4000_0001, 8, 0xFF));

        Assert.Equal(0, device.Trace.Count);
        Assert.Equal(0UL, device.Peek("TIM.CR"));
    }

    [Fact]
    public void Alternate_registers_share_storage_and_each_width_finds_its_register()
    {
        SimulatedDevice device = TwoPeripherals();

        device.Write(0x4000_1000, 32, 0x1234_5678);
        ulong low = device.Read(0x4000_1000, 8);
        device.Write(0x4000_1000, 8, 0xAB);

        Assert.Equal(0x78UL, low);
        Assert.Equal(0x1234_56ABUL, device.Peek("UART.DR"));
        Assert.Equal(
            "W UART.DR 0x12345678\n" +
            "R UART.BRR 0x78\n" +
            "W UART.BRR 0xAB\n",
            device.Trace.Render());
    }

    [Fact]
    public void The_primary_register_sets_the_reset_value_of_shared_storage()
    {
        // The alternate is declared (and sorts by name) first; the primary's reset value must still win.
        SimulatedDevice device = InlineSvd.Device(
            "<register><name>A_ALT</name><addressOffset>0</addressOffset><alternateRegister>B_MAIN</alternateRegister><resetValue>0x11</resetValue></register>" +
            "<register><name>B_MAIN</name><addressOffset>0</addressOffset><resetValue>0x22</resetValue></register>");

        Assert.Equal(0x22UL, device.Peek("P.A_ALT"));
        Assert.Equal("P.B_MAIN", device.RegisterAt(0x4000_0000, 32).Name);
    }

    [Fact]
    public void Unknown_register_names_are_rejected()
    {
        SimulatedDevice device = TwoPeripherals();

        var error = Assert.Throws<SimulationException>(() => device.Peek("TIM.CNTR"));

        Assert.Equal("Device TEST has no register named 'TIM.CNTR'.", error.Message);
    }
}
