using System;
using System.Collections.Generic;
using System.Linq;
using PacGen.Svd.Diagnostics;
using PacGen.Svd.Model;
using PacGen.Svd.Tests.Support;
using Xunit;
using PacGen.TestSupport;

namespace PacGen.Svd.Tests
{
    /// <summary>Every front-end diagnostic id, provoked by a minimal document, reported once at the right line and column.</summary>
    public sealed class DiagnosticTests
    {
        private const string Field1 = "<field><name>F</name><bitOffset>0</bitOffset><bitWidth>1</bitWidth></field>";

        /// <summary>id → (document, marker of the element the diagnostic must point at; null = no position).</summary>
        private static readonly Dictionary<string, (string Text, string? Marker)> Cases = new Dictionary<string, (string, string?)>(StringComparer.Ordinal)
        {
            ["PACGEN002"] = ("<device>\n  <name>X</name>\n  <peripherals>\n</device>\n", "</device>"),
            ["PACGEN004"] = ("<?xml version=\"1.0\"?>\n<component><name>X</name></component>", "<component>"),
            ["PACGEN005"] = (SvdText.Device("<peripheral><name>P</name></peripheral>\n"), "<peripheral>"),
            ["PACGEN006"] = (SvdText.Device(SvdText.Peripheral("<register><name>R</name>\n<addressOffset>0xZZ</addressOffset></register>")), "<addressOffset>"),
            ["PACGEN007"] = (SvdText.Device(SvdText.Peripheral("<register><name>R</name><addressOffset>0</addressOffset>\n<access>sometimes</access></register>")), "<access>"),
            ["PACGEN008"] = (SvdText.Device(SvdText.Peripheral("<register><name>R</name><addressOffset>0</addressOffset>\n<bogus>1</bogus></register>")), "<bogus>"),
            ["PACGEN010"] = (SvdText.Device("<peripheral derivedFrom=\"NOPE\"><name>P</name><baseAddress>0</baseAddress></peripheral>\n"), "<peripheral derivedFrom"),
            ["PACGEN011"] = (SvdText.Device(
                "<peripheral derivedFrom=\"B\"><name>A</name><baseAddress>0</baseAddress></peripheral>\n" +
                "<peripheral derivedFrom=\"A\"><name>B</name><baseAddress>0x100</baseAddress></peripheral>\n"), "<peripheral derivedFrom=\"B\""),
            ["PACGEN012"] = (SvdText.Device(SvdText.Peripheral("<register>\n<dim>4</dim><name>R%s</name><addressOffset>0</addressOffset></register>")), "<dim>"),
            ["PACGEN013"] = (SvdText.Device(SvdText.Peripheral("<register>\n<dim>4</dim><dimIncrement>4</dimIncrement><dimIndex>A,B</dimIndex><name>R%s</name><addressOffset>0</addressOffset></register>")), "<dim>"),
            ["PACGEN014"] = (SvdText.Device(SvdText.Peripheral("<register>\n<dim>2</dim><dimIncrement>4</dimIncrement><dimIndex>A,,B</dimIndex><name>R%s</name><addressOffset>0</addressOffset></register>")), "<dim>"),
            ["PACGEN015"] = (SvdText.Device(SvdText.Peripheral("<register><name>R%s</name><addressOffset>0</addressOffset></register>")), "<register>"),
            ["PACGEN016"] = (SvdText.Device(SvdText.Peripheral(
                "<register><name>R</name><addressOffset>0</addressOffset></register>\n" +
                "<register><name>R</name><addressOffset>4</addressOffset></register>")), "<register>\x01"),
            ["PACGEN017"] = (SvdText.Device(SvdText.Peripheral("<register><name>R</name><addressOffset>0</addressOffset>\n<access>read-writeonce</access></register>")), "<access>"),
            ["PACGEN018"] = (SvdText.Device(SvdText.Peripheral(SvdText.Register(
                "<field><name>Reserved</name><bitOffset>0</bitOffset><bitWidth>1</bitWidth></field>\n" +
                "<field><name>Reserved</name><bitOffset>4</bitOffset><bitWidth>1</bitWidth></field>"))), "<field>\x01"),
            ["PACGEN019"] = (SvdText.Device(SvdText.Peripheral("<register>\n<dim>100000</dim><dimIncrement>4</dimIncrement><name>R%s</name><addressOffset>0</addressOffset></register>")), "<dim>"),
            ["PACGEN020"] = (SvdText.Device(SvdText.Peripheral(SvdText.Register("<field><name>F</name><bitOffset>30</bitOffset><bitWidth>4</bitWidth></field>"))), "<field>"),
            ["PACGEN021"] = (SvdText.Device(SvdText.Peripheral(SvdText.Register(
                "<field><name>A</name><bitOffset>0</bitOffset><bitWidth>4</bitWidth></field>\n" +
                "<field><name>B</name><bitOffset>3</bitOffset><bitWidth>2</bitWidth></field>"))), "<field>\x01"),
            ["PACGEN022"] = (SvdText.Device(SvdText.Peripheral(SvdText.Register(
                "<field><name>F</name><bitOffset>0</bitOffset><bitWidth>1</bitWidth><enumeratedValues>\n" +
                "<enumeratedValue><name>TOO</name><value>2</value></enumeratedValue></enumeratedValues></field>"))), "<enumeratedValue>"),
            ["PACGEN023"] = (SvdText.Device(SvdText.Peripheral("<register><name>R</name><addressOffset>0</addressOffset><size>8</size><resetValue>0x100</resetValue></register>")), "<register>"),
            ["PACGEN024"] = (SvdText.Device(SvdText.Peripheral("<register><name>R</name><addressOffset>0</addressOffset><size>24</size></register>")), "<register>"),
            ["PACGEN025"] = (SvdText.Device(SvdText.Peripheral(SvdText.Register("<field><name>F</name>\n<bitRange>[3-0]</bitRange></field>"))), "<bitRange>"),
            ["PACGEN026"] = (SvdText.Device(SvdText.Peripheral(SvdText.Register(
                "<field><name>F</name><bitOffset>0</bitOffset><bitWidth>1</bitWidth>" +
                "<enumeratedValues><usage>read</usage><enumeratedValue><name>A</name><value>0</value></enumeratedValue></enumeratedValues>\n" +
                "<enumeratedValues><usage>read</usage><enumeratedValue><name>B</name><value>1</value></enumeratedValue></enumeratedValues></field>"))), "<enumeratedValues>\x01"),
            ["PACGEN027"] = (SvdText.Device(SvdText.Peripheral(SvdText.Register(
                "<field><name>F</name><bitOffset>0</bitOffset><bitWidth>1</bitWidth><enumeratedValues>" +
                "<enumeratedValue><name>A</name><value>1</value></enumeratedValue>\n" +
                "<enumeratedValue><name>B</name><value>1</value></enumeratedValue></enumeratedValues></field>"))), "<enumeratedValue>\x01"),
            ["PACGEN030"] = (SvdText.Device(SvdText.Peripheral(
                "<register><name>A</name><addressOffset>0</addressOffset></register>\n" +
                "<register><name>B</name><addressOffset>2</addressOffset><size>16</size></register>")), "<register>\x01"),
            ["PACGEN031"] = (SvdText.Device(
                "<peripheral><name>P</name><baseAddress>0</baseAddress>" +
                "<addressBlock><offset>0</offset><size>0x100</size><usage>registers</usage></addressBlock>" +
                "<addressBlock><offset>0x80</offset><size>0x100</size><usage>registers</usage></addressBlock></peripheral>\n"), "<peripheral>"),
            ["PACGEN032"] = (SvdText.Device(SvdText.Peripheral("<register><name>R</name><addressOffset>2</addressOffset></register>")), "<register>"),
            ["PACGEN033"] = (SvdText.Device(
                "<peripheral><name>P</name><baseAddress>0</baseAddress>" +
                "<registers><register><name>A</name><addressOffset>0</addressOffset></register></registers>\n" +
                "<registers><register><name>B</name><addressOffset>4</addressOffset></register></registers></peripheral>\n"), "<registers>\x01"),
            ["PACGEN035"] = (SvdText.Device(SvdText.Peripheral("<register><name>R</name><addressOffset>0</addressOffset><size>1</size></register>")), "<register>"),
            ["PACGEN036"] = (SvdText.Device(SvdText.Peripheral("<register><name>R</name>\n<description>10 \uFFFDs</description><addressOffset>0</addressOffset></register>")), "\uFFFD"),
            ["PACGEN034"] = (SvdText.Device(
                "<peripheral><name>P</name><baseAddress>0</baseAddress>\n<baseAddress>0x400</baseAddress></peripheral>\n"), "<baseAddress>\x01"),
        };

        /// <summary>Ids whose diagnostic needs an API call rather than a document; tested by name below.</summary>
        private static readonly string[] TestedSeparately = { "PACGEN001", "PACGEN003", "PACGEN009" };

        public static IEnumerable<object[]> CaseIds() => Cases.Keys.OrderBy(k => k, StringComparer.Ordinal).Select(k => new object[] { k });

        [Theory]
        [MemberData(nameof(CaseIds))]
        public void ReportsOnceAtTheElement(string id)
        {
            (string text, string? marker) = Cases[id];
            SvdDiagnosticDescriptor descriptor = SvdDiagnosticDescriptors.All.Single(d => d.Id == id);
            SvdDiagnostic diagnostic = SvdText.Single(SvdReader.Read(text), descriptor);
            Assert.Equal(Expected(text, marker!), diagnostic.Position);
            Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message));
        }

        [Fact]
        public void EveryDescriptorIsCovered()
        {
            string[] covered = Cases.Keys.Concat(TestedSeparately).OrderBy(k => k, StringComparer.Ordinal).ToArray();
            Assert.Equal(SvdDiagnosticDescriptors.All.Select(d => d.Id), covered);
        }

        [Fact]
        public void UnexpectedExceptionBecomesInternalError()
        {
            SvdReader.FaultInjectionForTests = () => throw new InvalidOperationException("boom");
            try
            {
                SvdReadResult result = SvdReader.Read(SvdText.Device(""));
                SvdDiagnostic diagnostic = SvdText.Single(result, SvdDiagnosticDescriptors.InternalError);
                Assert.Contains("boom", diagnostic.Message, StringComparison.Ordinal);
                Assert.Null(result.Device);
                Assert.True(result.HasErrors);
            }
            finally
            {
                SvdReader.FaultInjectionForTests = null;
            }
        }

        [Fact]
        public void DocumentAboveTheLimitIsNotRead()
        {
            SvdReadResult result = SvdReader.Read(SvdText.Device(""), new SvdReaderOptions(MaxBytes: 64));
            Assert.Equal(SourcePosition.Unknown, SvdText.Single(result, SvdDiagnosticDescriptors.DocumentTooLarge).Position);
            Assert.Null(result.Device);
        }

        [Fact]
        public void UnreadableFileIsADiagnostic()
        {
            SvdReadResult result = SvdReader.ReadFile(System.IO.Path.Combine(RepoPaths.Root, "svd", "no-such-file.svd"));
            SvdText.Single(result, SvdDiagnosticDescriptors.FileUnreadable);
            Assert.Null(result.Device);
        }

        [Fact]
        public void WarningsDoNotMakeAResultFail()
        {
            SvdReadResult result = SvdReader.Read(Cases["PACGEN021"].Text);
            Assert.False(result.HasErrors);
            Assert.NotNull(result.Device);
        }

        [Fact]
        public void CanonicalStringIsMsBuildFormat()
        {
            var diagnostic = new SvdDiagnostic("PACGEN020", SvdSeverity.Error, "bad", new SourcePosition(3, 7));
            Assert.Equal("a.svd(3,7): error PACGEN020: bad", diagnostic.ToCanonicalString("a.svd"));
        }

        /// <summary>A marker ending in \x01 means "the second occurrence" of the text before it.</summary>
        private static SourcePosition Expected(string text, string marker)
        {
            if (marker.EndsWith("\x01", StringComparison.Ordinal))
            {
                return SvdText.Locate(text, marker.Substring(0, marker.Length - 1), occurrence: 2);
            }

            if (marker.StartsWith("</", StringComparison.Ordinal))
            {
                // XmlException points at the mismatched end tag's name, after "</".
                SourcePosition start = SvdText.Locate(text, marker);
                return new SourcePosition(start.Line, start.Column + 1);
            }

            return SvdText.Locate(text, marker);
        }
    }
}
