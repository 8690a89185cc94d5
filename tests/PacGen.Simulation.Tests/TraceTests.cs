using System.Linq;
using Xunit;

namespace PacGen.Simulation.Tests;

public sealed class TraceTests
{
    // MODE[1:0] with enumerated values, EN a plain bit, CLRF write-1-to-clear, ST read-only.
    private const string Registers =
        "<register><name>CR</name><addressOffset>0</addressOffset><resetValue>0x4</resetValue><fields>" +
        "<field><name>MODE</name><bitOffset>0</bitOffset><bitWidth>2</bitWidth><enumeratedValues>" +
        "<enumeratedValue><name>OFF</name><value>0</value></enumeratedValue>" +
        "<enumeratedValue><name>FAST</name><value>2</value></enumeratedValue></enumeratedValues></field>" +
        "<field><name>EN</name><bitOffset>2</bitOffset><bitWidth>1</bitWidth></field>" +
        "<field><name>CLRF</name><bitOffset>3</bitOffset><bitWidth>1</bitWidth><modifiedWriteValues>oneToClear</modifiedWriteValues></field>" +
        "<field><name>ST</name><bitOffset>4</bitOffset><bitWidth>4</bitWidth><access>read-only</access></field>" +
        "</fields></register>" +
        "<register><name>CNT</name><addressOffset>4</addressOffset></register>";

    [Fact]
    public void Writes_list_the_fields_they_act_on_and_reads_list_non_zero_fields()
    {
        SimulatedDevice device = InlineSvd.Device(Registers);

        device.Write(0x4000_0000, 32, 0x6);   // MODE 0 -> FAST (changed), EN stays 1 (not listed)
        device.Write(0x4000_0000, 32, 0xA);   // MODE stays, EN 1 -> 0, CLRF written 1 (acts)
        device.Write(0x4000_0000, 32, 0xF3);  // MODE -> 3 (no enum name: hex), ST is read-only (never listed)
        device.Read(0x4000_0000, 32);
        device.Write(0x4000_0004, 32, 1_000_000);
        device.Read(0x4000_0004, 32);

        Assert.Equal(
            "W P.CR 0x00000006  MODE=FAST\n" +
            "W P.CR 0x0000000A  EN=0 CLRF=1\n" +
            "W P.CR 0x000000F3  MODE=0x3\n" +
            "R P.CR 0x00000003  MODE=0x3\n" +
            "W P.CNT 0x000F4240\n" +
            "R P.CNT 0x000F4240\n",
            device.Trace.Render());
    }

    [Fact]
    public void Entries_carry_sequence_kind_address_register_value_and_virtual_time()
    {
        SimulatedDevice device = InlineSvd.Device(Registers, new SimulationOptions { TimePerAccess = System.TimeSpan.FromMicroseconds(2) });

        device.Write(0x4000_0004, 32, 7);
        device.Read(0x4000_0000, 32);

        TraceEntry[] entries = device.Trace.Entries.ToArray();
        Assert.Equal(new long[] { 1, 2 }, entries.Select(e => e.Sequence));
        Assert.Equal(new[] { AccessKind.Write, AccessKind.Read }, entries.Select(e => e.Kind));
        Assert.Equal(new ulong[] { 0x4000_0004, 0x4000_0000 }, entries.Select(e => e.Address));
        Assert.Equal(new[] { "P.CNT", "P.CR" }, entries.Select(e => e.RegisterName));
        Assert.Equal(new ulong[] { 7, 4 }, entries.Select(e => e.Value));
        Assert.Equal(new[] { System.TimeSpan.FromMicroseconds(2), System.TimeSpan.FromMicroseconds(4) }, entries.Select(e => e.Time));
    }

    [Fact]
    public void Queries_find_writes_and_the_last_field_value()
    {
        SimulatedDevice device = InlineSvd.Device(Registers);
        Assert.Null(device.Trace.LastFieldValue("P.CR", "MODE"));
        device.Write(0x4000_0000, 32, 0x2);
        device.Write(0x4000_0004, 32, 9);
        device.Write(0x4000_0000, 32, 0x1);

        Assert.Equal(new ulong[] { 0x2, 0x1 }, device.Trace.WritesTo("P.CR").Select(e => e.Value));
        Assert.Equal(1UL, device.Trace.LastFieldValue("P.CR", "MODE"));
        Assert.Equal(2UL, device.Trace.WritesTo("P.CR")[0].ValueOf("MODE"));
        Assert.Equal(9UL, device.Trace.LastValue("P.CNT"));
        Assert.Empty(device.Trace.ReadsOf("P.CNT"));
        Assert.Throws<SimulationException>(() => device.Trace.LastFieldValue("P.CR", "MOD"));
    }

    [Fact]
    public void Ignored_registers_are_not_recorded_but_still_consume_sequence_numbers()
    {
        SimulatedDevice device = InlineSvd.Device(Registers);
        device.Trace.Ignore("P.CNT");

        device.Write(0x4000_0000, 32, 0x2);
        device.Read(0x4000_0004, 32);
        device.Read(0x4000_0004, 32);
        device.Write(0x4000_0000, 32, 0x0);

        Assert.Equal(new long[] { 1, 4 }, device.Trace.Entries.Select(e => e.Sequence));
    }

    [Fact]
    public void Rendering_can_exclude_registers_and_recording_can_be_switched_off()
    {
        SimulatedDevice device = InlineSvd.Device(Registers);
        device.Write(0x4000_0000, 32, 0x2);
        device.Read(0x4000_0004, 32);
        device.Trace.IsEnabled = false;
        device.Write(0x4000_0000, 32, 0x0);
        device.Trace.IsEnabled = true;

        Assert.Equal("W P.CR 0x00000002  MODE=FAST EN=0\n", device.Trace.RenderExcluding("P.CNT"));
        Assert.Equal(2, device.Trace.Count);

        device.Trace.Clear();
        Assert.Equal(string.Empty, device.Trace.Render());
    }
}
