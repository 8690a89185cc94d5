namespace PacGen.Simulation.Tests;

/// <summary>Small SVD documents written inline, so each test shows the registers it exercises.</summary>
internal static class InlineSvd
{
    /// <summary>A device with one peripheral <c>P</c> at 0x40000000 holding <paramref name="registersXml"/>.</summary>
    public static SimulatedDevice Device(string registersXml, SimulationOptions? options = null) =>
        SimulatedDevice.FromSvdText(Document(Peripheral("P", 0x4000_0000, registersXml)), options);

    public static string Document(params string[] peripheralsXml) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" +
        "<device schemaVersion=\"1.3\">\n" +
        "  <name>TEST</name>\n" +
        "  <addressUnitBits>8</addressUnitBits>\n" +
        "  <width>32</width>\n" +
        "  <size>32</size>\n" +
        "  <access>read-write</access>\n" +
        "  <resetValue>0</resetValue>\n" +
        "  <resetMask>0xFFFFFFFF</resetMask>\n" +
        "  <peripherals>\n" + string.Concat(peripheralsXml) + "  </peripherals>\n" +
        "</device>\n";

    public static string Peripheral(string name, ulong baseAddress, string registersXml) =>
        "<peripheral><name>" + name + "</name><baseAddress>0x" + baseAddress.ToString("X8", System.Globalization.CultureInfo.InvariantCulture) +
        "</baseAddress><addressBlock><offset>0</offset><size>0x100</size><usage>registers</usage></addressBlock>" +
        "<registers>" + registersXml + "</registers></peripheral>\n";

    /// <summary>A 32-bit register with one field <c>F</c> at bits [7:0] carrying <paramref name="fieldExtra"/> (e.g. a modifiedWriteValues element).</summary>
    public static string RegisterWithField(string name, uint offset, ulong resetValue, string fieldExtra, string registerExtra = "") =>
        "<register><name>" + name + "</name><addressOffset>0x" + offset.ToString("X", System.Globalization.CultureInfo.InvariantCulture) +
        "</addressOffset><resetValue>0x" + resetValue.ToString("X", System.Globalization.CultureInfo.InvariantCulture) + "</resetValue>" +
        registerExtra +
        "<fields><field><name>F</name><bitOffset>0</bitOffset><bitWidth>8</bitWidth>" + fieldExtra + "</field></fields></register>";
}
