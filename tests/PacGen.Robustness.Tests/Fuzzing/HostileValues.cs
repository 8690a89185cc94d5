namespace PacGen.Robustness.Tests.Fuzzing
{
    /// <summary>The values mutators plant: numbers, names and constructs known to break readers and emitters.</summary>
    internal static class HostileValues
    {
        public static readonly string[] Numbers =
        {
            "0x1FFFFFFFFFFFFFFFF", "18446744073709551616", "99999999999999999999999", "-1", "-32", "0", "1000000000",
            "4294967296", "0xFFFFFFFFFFFFFFFF", "0xZZ", "0x", "#1x1", "#", "0b102", "", " ", "1e3", "65", "64", "33",
            "0x80000000", "2147483648", "+5", "5k", "0x7FFFFFFF", "00000000000000000000000000000000000000001",
        };

        public static readonly string[] Names =
        {
            "class", "int", "namespace", "string", "value", "var", "default", "this", "1ST", "0", "", " ", "A.B", "A-B",
            "Ünïcödé", "寄存器", "%s", "R%s%s", "[%s]", "Read", "Write", "Modify", "Reset", "Instance", "ToString",
            "Equals", "GetHashCode", "Bits", "W", "R", "Zero", "Value", "BaseAddress", "DefaultBaseAddress", "Device",
            "Interrupt", "_", "__", "a b c", "\u00A0", "X\u0301", "@x", "&amp;", "value__", "Mask", "Offset",
        };

        public static readonly string[] BitRanges =
        {
            "[3:7]", "[99:64]", "[31:0", "[-1:-4]", "[99999999999999999999:0]", "[0:0]", "[63:0]", "[]", "3:1", "[a:b]",
        };

        public static readonly string[] Prologs =
        {
            "<!DOCTYPE device [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n",
            "<!DOCTYPE device SYSTEM \"http://10.255.255.1/svd.dtd\">\n",
            "<!DOCTYPE device [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n",
            "<?xml-stylesheet href=\"x.xsl\"?>\n",
        };

        /// <summary>Text-level garbage: characters XML forbids, decoding accidents, markup fragments.</summary>
        public static readonly string[] Garbage =
        {
            "\uFFFD", "\u0001", "\uFFFE", "é", "\u00FF\u00FE", "<", "&", "]]>", "<!--", "\0", "\uD800", "</register>", "<field>",
        };
    }
}
