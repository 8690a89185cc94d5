using System;
using System.IO;
using System.Linq;
using System.Text;
using PacGen.Svd.Diagnostics;
using PacGen.Svd.Model;
using PacGen.Svd.Tests.Support;
using Xunit;

namespace PacGen.Svd.Tests
{
    /// <summary>Valid vendor input is not rejected, and obvious vendor bugs are repaired with a warning.</summary>
    public sealed class VendorRepairTests
    {
        private static string Alternates(string dim = "") => SvdText.Device(SvdText.Peripheral(
            "<register>" + dim + "<name>CR" + (dim.Length > 0 ? "%s" : "") + "</name><alternateGroup>A</alternateGroup><addressOffset>0</addressOffset></register>\n" +
            "<register>" + dim + "<name>CR" + (dim.Length > 0 ? "%s" : "") + "</name><alternateGroup>B</alternateGroup><addressOffset>0</addressOffset></register>\n" +
            "<register><name>CR</name><addressOffset>0x10</addressOffset></register>"));

        [Fact]
        public void SameNameInDifferentAlternateGroupsIsNotADuplicate()
        {
            SvdReadResult result = SvdReader.Read(Alternates());
            Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics.Select(d => d.ToCanonicalString("t.svd"))));
            Assert.DoesNotContain(result.Diagnostics, d => d.Id == SvdDiagnosticDescriptors.DuplicateName.Id);
        }

        [Fact]
        public void AlternateGroupIsPartOfTheCmsisName()
        {
            // svdconv names them NAME_GROUP (SvdRegister::GetNameCalculated), the device header's members.
            var map = DeviceMap.Flatten(SvdReader.Read(Alternates()).Device!);
            Assert.Equal(new[] { "CR_A", "CR_B", "CR" }, map.Select(r => r.Path));
            Assert.Equal(new[] { "CR_A", "CR_B", "CR" }, map.Select(r => r.Register.Name));
        }

        [Fact]
        public void AlternateGroupArraysKeepTheGroupOnEveryElement()
        {
            var map = DeviceMap.Flatten(SvdReader.Read(Alternates("<dim>2</dim><dimIncrement>4</dimIncrement>")).Device!);
            Assert.Equal(new[] { "CR0_A", "CR0_B", "CR1_A", "CR1_B", "CR" }, map.Select(r => r.Path));
        }

        [Fact]
        public void SameNameAndSameGroupIsStillADuplicate()
        {
            string text = SvdText.Device(SvdText.Peripheral(
                "<register><name>CR</name><alternateGroup>A</alternateGroup><addressOffset>0</addressOffset></register>\n" +
                "<register><name>CR</name><alternateGroup>A</alternateGroup><addressOffset>4</addressOffset></register>"));
            Assert.Contains(SvdReader.Read(text).Diagnostics, d => d.Id == SvdDiagnosticDescriptors.DuplicateName.Id && d.Message.Contains("'CR_A'", StringComparison.Ordinal));
        }

        [Fact]
        public void ReadOnlyAndWriteOnlyRegistersAtOneAddressAreAReadWritePair()
        {
            // PL011 (bcm2711 UART0): RSR is read, ECR is written, at one offset.
            string pair = SvdText.Device(SvdText.Peripheral(
                "<register><name>RSR</name><addressOffset>4</addressOffset><access>read-only</access></register>\n" +
                "<register><name>ECR</name><addressOffset>4</addressOffset><access>write-only</access></register>"));
            Assert.Empty(SvdReader.Read(pair).Diagnostics);

            string readWrite = SvdText.Device(SvdText.Peripheral(
                "<register><name>RSR</name><addressOffset>4</addressOffset><access>read-only</access></register>\n" +
                "<register><name>ECR</name><addressOffset>4</addressOffset></register>"));
            SvdText.Single(SvdReader.Read(readWrite), SvdDiagnosticDescriptors.OverlappingRegisters);
        }

        [Fact]
        public void ShippedSvdsReadWithoutWarnings()
        {
            foreach (string file in Directory.GetFiles(PacGen.TestSupport.RepoPaths.SvdFolder, "*.svd"))
            {
                SvdReadResult result = SvdReader.ReadFile(file);
                Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics.Select(d => d.ToCanonicalString(file))));
            }
        }

        [Theory]
        [InlineData("", 1, 8)]
        [InlineData("<fields><field><name>F</name><bitOffset>0</bitOffset><bitWidth>1</bitWidth></field></fields>", 1, 8)]
        [InlineData("<fields><field><name>F</name><bitOffset>4</bitOffset><bitWidth>8</bitWidth></field></fields>", 2, 16)]
        [InlineData("<fields><field><name>F</name><bitOffset>0</bitOffset><bitWidth>32</bitWidth></field></fields>", 4, 32)]
        [InlineData("<fields><field><dim>3</dim><dimIncrement>8</dimIncrement><name>F%s</name><bitOffset>0</bitOffset><bitWidth>8</bitWidth></field></fields>", 0, 32)]
        public void RegisterSizeUnderEightIsTheSmallestAccessHoldingItsFields(string fields, int size, int expected)
        {
            string text = SvdText.Device(SvdText.Peripheral(
                "<register><name>R</name><addressOffset>0</addressOffset><size>" + size + "</size>" + fields + "</register>"));
            SvdReadResult result = SvdReader.Read(text);
            Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics.Select(d => d.ToCanonicalString("t.svd"))));
            Assert.Equal(expected, ((Register)result.Device!.Peripherals[0].Children[0]).Size);
            Assert.Contains("read as " + expected + " bits", SvdText.Single(result, SvdDiagnosticDescriptors.RegisterSizeRepaired).Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Latin1BytesInAUtf8FileAreReportedWhereTheyAre()
        {
            // A UTF-8 declaration, then a description with Latin-1 'µ' (0xB5) and '°' (0xB0) on line 9.
            string text = SvdText.Device(SvdText.Peripheral("<register><name>R</name><addressOffset>0</addressOffset>\n<description>10 ~~s at 25 ^^C</description></register>"));
            byte[] bytes = Encoding.UTF8.GetBytes(text);
            int mu = Array.IndexOf(bytes, (byte)'~');
            bytes[mu] = 0xB5;
            bytes[mu + 1] = (byte)' ';
            int degree = Array.IndexOf(bytes, (byte)'^');
            bytes[degree] = 0xB0;
            bytes[degree + 1] = (byte)' ';
            string path = Path.Combine(Path.GetTempPath(), "pacgen-latin1-" + Guid.NewGuid().ToString("N") + ".svd");
            File.WriteAllBytes(path, bytes);
            try
            {
                SvdReadResult result = SvdReader.ReadFile(path);
                SvdDiagnostic diagnostic = SvdText.Single(result, SvdDiagnosticDescriptors.InvalidEncoding);
                string[] lines = File.ReadAllText(path).Split('\n');
                int line = Array.FindIndex(lines, l => l.Contains("<description>", StringComparison.Ordinal)) + 1;
                Assert.Equal(new SourcePosition(line, lines[line - 1].IndexOf('\uFFFD') + 1), diagnostic.Position);
                Assert.Contains("2 byte sequence(s)", diagnostic.Message, StringComparison.Ordinal);
                Assert.False(result.HasErrors);
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Fact]
        public void TextTheCompilerDecodedAsWindows1252IsReported()
        {
            string text = SvdText.Device(SvdText.Peripheral(
                "<register><name>R</name><addressOffset>0</addressOffset>\n<description>10 µs</description></register>"));
            SvdReadResult result = SvdReader.Read(text, new SvdReaderOptions(DecodedAs: "windows-1252"));
            SvdDiagnostic diagnostic = SvdText.Single(result, SvdDiagnosticDescriptors.InvalidEncoding);
            Assert.Equal(SvdText.Locate(text, "µ"), diagnostic.Position);
            Assert.Contains("windows-1252", diagnostic.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n", "windows-1252")]
        [InlineData("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", "utf-8")]
        [InlineData("", null)]
        public void CorrectlyDecodedTextIsNotReported(string declaration, string? decodedAs)
        {
            string text = declaration + SvdText.Device(SvdText.Peripheral("<register><name>R</name><addressOffset>0</addressOffset><description>10 µs</description></register>")).Replace("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n", "");
            Assert.DoesNotContain(SvdReader.Read(text, new SvdReaderOptions(DecodedAs: decodedAs)).Diagnostics, d => d.Id == SvdDiagnosticDescriptors.InvalidEncoding.Id);
        }
    }
}
