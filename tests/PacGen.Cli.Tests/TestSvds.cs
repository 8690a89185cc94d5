namespace PacGen.Cli.Tests
{
    /// <summary>Tiny SVD documents built in code, for the cases a checked-in file would only obscure.</summary>
    internal static class TestSvds
    {
        /// <summary>One peripheral P0 with one register and a register array (dim 2, dimIncrement 4) after it.</summary>
        public static string SingleRegister(string registerName = "R0", string extraRegisterXml = "") =>
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" +
            "<device schemaVersion=\"1.3\">\n" +
            "  <name>TINY</name>\n" +
            "  <addressUnitBits>8</addressUnitBits>\n" +
            "  <width>32</width>\n" +
            "  <size>32</size>\n" +
            "  <resetValue>0</resetValue>\n" +
            "  <resetMask>0xFFFFFFFF</resetMask>\n" +
            "  <peripherals>\n" +
            "    <peripheral>\n" +
            "      <name>P0</name>\n" +
            "      <baseAddress>0x50000000</baseAddress>\n" +
            "      <registers>\n" +
            "        <register>\n" +
            "          <name>" + System.Security.SecurityElement.Escape(registerName) + "</name>\n" +
            "          <addressOffset>0</addressOffset>\n" +
            "          <fields><field><name>F</name><bitOffset>0</bitOffset><bitWidth>8</bitWidth></field></fields>\n" +
            "        </register>\n" +
            "        <register>\n" +
            "          <dim>2</dim>\n" +
            "          <dimIncrement>4</dimIncrement>\n" +
            "          <name>ARR[%s]</name>\n" +
            "          <addressOffset>0x10</addressOffset>\n" +
            "        </register>\n" +
            extraRegisterXml +
            "      </registers>\n" +
            "    </peripheral>\n" +
            "  </peripherals>\n" +
            "</device>\n";
    }
}
