namespace PacGen.Robustness.Tests.Support
{
    /// <summary>Builds small SVD documents around snippets (one element per line, so positions are easy to assert).</summary>
    internal static class SvdDoc
    {
        /// <summary>A device named HOSTILE (32-bit, byte-addressed) holding the given peripherals.</summary>
        public static string Device(string peripherals, string prolog = "") =>
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" +
            prolog +
            "<device schemaVersion=\"1.3\">\n" +
            "  <name>HOSTILE</name>\n" +
            "  <addressUnitBits>8</addressUnitBits>\n" +
            "  <width>32</width>\n" +
            "  <size>32</size>\n" +
            "  <access>read-write</access>\n" +
            "  <peripherals>\n" +
            peripherals +
            "  </peripherals>\n" +
            "</device>\n";

        /// <summary>A peripheral at 0x40000000 (by default) holding the given registers and clusters.</summary>
        public static string Peripheral(string registers, string name = "P", string extra = "", string baseAddress = "0x40000000") =>
            "    <peripheral" + extra + ">\n      <name>" + name + "</name>\n      <baseAddress>" + baseAddress + "</baseAddress>\n" +
            "      <registers>\n" + registers + "      </registers>\n    </peripheral>\n";

        /// <summary>A 32-bit register at the given offset with the given fields (none when empty).</summary>
        public static string Register(string fields = "", string name = "R", string offset = "0", string extra = "") =>
            "        <register" + extra + "><name>" + name + "</name><addressOffset>" + offset + "</addressOffset>\n" +
            (fields.Length == 0 ? "" : "          <fields>\n" + fields + "          </fields>\n") +
            "        </register>\n";

        /// <summary>A field by bit offset and width.</summary>
        public static string Field(string name, int offset, int width, string extra = "", string inner = "") =>
            "            <field" + extra + "><name>" + name + "</name><bitOffset>" + offset + "</bitOffset><bitWidth>" + width + "</bitWidth>" + inner + "</field>\n";

        /// <summary>One peripheral P with one register R holding the given fields.</summary>
        public static string WithFields(string fields) => Device(Peripheral(Register(fields)));

        /// <summary>One peripheral P holding the given registers.</summary>
        public static string WithRegisters(string registers) => Device(Peripheral(registers));
    }
}
