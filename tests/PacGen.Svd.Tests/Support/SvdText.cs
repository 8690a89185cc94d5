using System;
using System.Linq;
using PacGen.Svd.Diagnostics;
using PacGen.Svd.Model;
using Xunit;

namespace PacGen.Svd.Tests.Support
{
    /// <summary>Builds small SVD documents around snippets and reads them.</summary>
    internal static class SvdText
    {
        /// <summary>A device named TEST (32-bit, byte-addressed) holding the given peripherals.</summary>
        public static string Device(string peripherals, string deviceProperties = "") =>
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" +
            "<device schemaVersion=\"1.3\" xmlns:xs=\"http://www.w3.org/2001/XMLSchema-instance\">\n" +
            "  <name>TEST</name>\n" +
            "  <addressUnitBits>8</addressUnitBits>\n" +
            "  <width>32</width>\n" +
            deviceProperties +
            "  <peripherals>\n" +
            peripherals +
            "  </peripherals>\n" +
            "</device>\n";

        /// <summary>One peripheral P at 0x40000000 holding the given registers/clusters.</summary>
        public static string Peripheral(string registers, string name = "P", string extra = "") =>
            "<peripheral><name>" + name + "</name>" + extra + "<baseAddress>0x40000000</baseAddress>\n" +
            "<registers>\n" + registers + "\n</registers></peripheral>\n";

        /// <summary>A 32-bit register R at offset 0 with the given fields.</summary>
        public static string Register(string fields, string name = "R", string extra = "") =>
            "<register><name>" + name + "</name><addressOffset>0</addressOffset>" + extra + "<fields>\n" + fields + "\n</fields></register>";

        /// <summary>Reads a document that must produce no error (warnings allowed).</summary>
        public static Device Read(string text)
        {
            SvdReadResult result = SvdReader.Read(text);
            Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics.Select(d => d.ToCanonicalString("test.svd"))));
            Assert.NotNull(result.Device);
            return result.Device!;
        }

        /// <summary>Reads a document that must produce no diagnostic at all.</summary>
        public static Device ReadClean(string text)
        {
            SvdReadResult result = SvdReader.Read(text);
            Assert.True(result.Diagnostics.IsEmpty, string.Join("\n", result.Diagnostics.Select(d => d.ToCanonicalString("test.svd"))));
            return result.Device!;
        }

        public static Peripheral OnlyPeripheral(string registers) => Read(Device(Peripheral(registers))).Peripherals.Single();

        public static Register OnlyRegister(string fields, string registerExtra = "") =>
            (Register)OnlyPeripheral(Register(fields, extra: registerExtra)).Children.Single();

        public static Field OnlyField(string field, string registerExtra = "") => OnlyRegister(field, registerExtra).Fields.Single();

        /// <summary>
        /// The position the reader reports for the element written at the first occurrence of <paramref name="marker"/>:
        /// 1-based line, and the column of the element name (just after '&lt;'), as XmlReader counts it.
        /// </summary>
        public static SourcePosition Locate(string text, string marker, int occurrence = 1)
        {
            int index = -1;
            for (int i = 0; i < occurrence; i++)
            {
                index = text.IndexOf(marker, index + 1, StringComparison.Ordinal);
                Assert.True(index >= 0, "marker not found: " + marker);
            }

            int line = 1, lineStart = 0;
            for (int i = 0; i < index; i++)
            {
                if (text[i] == '\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            int column = index - lineStart + 1 + (marker.StartsWith("<", StringComparison.Ordinal) ? 1 : 0);
            return new SourcePosition(line, column);
        }

        public static SvdDiagnostic Single(SvdReadResult result, SvdDiagnosticDescriptor descriptor)
        {
            SvdDiagnostic[] matching = result.Diagnostics.Where(d => d.Id == descriptor.Id).ToArray();
            Assert.True(matching.Length == 1,
                "expected one " + descriptor.Id + ", got:\n" + string.Join("\n", result.Diagnostics.Select(d => d.ToCanonicalString("test.svd"))));
            Assert.Equal(descriptor.Severity, matching[0].Severity);
            return matching[0];
        }
    }
}
