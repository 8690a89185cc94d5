using System;
using System.Linq;
using System.Text;
using PacGen.Svd.Diagnostics;
using PacGen.Svd.Model;
using PacGen.Svd.Tests.Support;
using Xunit;
using PacGen.TestSupport;

namespace PacGen.Svd.Tests
{
    /// <summary>
    /// Hostile or broken input at the reader level: it reports and never throws, fetches, expands or recurses without
    /// bound. The same inputs (and more) through the whole chain, generator and compile included, are in
    /// tests/PacGen.Robustness.Tests (docs/robustness.md).
    /// </summary>
    public sealed class RobustnessTests
    {
        [Theory]
        [InlineData("")]
        [InlineData("not xml at all")]
        [InlineData("<device>")]
        [InlineData("\u0000\u0001binary")]
        public void GarbageIsMalformedXml(string text)
        {
            SvdReadResult result = SvdReader.Read(text);
            Assert.Null(result.Device);
            Assert.Equal("PACGEN002", result.Diagnostics.Single().Id);
        }

        [Fact]
        public void DtdAndEntityExpansionAreRefused()
        {
            string billionLaughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE device [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n<device><name>&b;</name></device>";
            SvdReadResult result = SvdReader.Read(billionLaughs);
            Assert.Null(result.Device);
            Assert.Equal("PACGEN002", result.Diagnostics.Single().Id);
            Assert.Equal(2, result.Diagnostics.Single().Position.Line);
        }

        [Fact]
        public void ExternalEntitiesAreNeverFetched()
        {
            string external = "<?xml version=\"1.0\"?>\n<!DOCTYPE device SYSTEM \"http://example.invalid/x.dtd\">\n<device><name>X</name></device>";
            SvdReadResult result = SvdReader.Read(external);
            Assert.Equal("PACGEN002", result.Diagnostics.Single().Id);
        }

        [Fact]
        public void DeepClusterNestingIsBounded()
        {
            var registers = new StringBuilder();
            for (int i = 0; i < 200; i++)
            {
                registers.Append("<cluster><name>C").Append(i).Append("</name><addressOffset>0</addressOffset>");
            }

            registers.Append("<register><name>R</name><addressOffset>0</addressOffset></register>");
            for (int i = 0; i < 200; i++)
            {
                registers.Append("</cluster>");
            }

            SvdReadResult result = SvdReader.Read(SvdText.Device(SvdText.Peripheral(registers.ToString())));
            Assert.Equal("PACGEN019", result.Diagnostics.Single(d => d.Severity == SvdSeverity.Error).Id);
            Assert.NotNull(result.Device);
        }

        [Fact]
        public void LongDerivationChainsAreBounded()
        {
            // Each peripheral derives from the next, so resolving P0 follows the whole chain (document order would
            // resolve one link at a time and never reach the limit).
            var peripherals = new StringBuilder();
            for (int i = 0; i < 299; i++)
            {
                peripherals.Append("<peripheral derivedFrom=\"P").Append(i + 1).Append("\"><name>P").Append(i)
                    .Append("</name><baseAddress>").Append(i * 0x1000).Append("</baseAddress></peripheral>\n");
            }

            peripherals.Append(SvdText.Peripheral("<register><name>R</name><addressOffset>0</addressOffset></register>", "P299"));
            SvdReadResult result = SvdReader.Read(SvdText.Device(peripherals.ToString()));
            Assert.NotNull(result.Device);
            Assert.NotEmpty(result.Diagnostics);
            Assert.All(result.Diagnostics, d => Assert.Equal("PACGEN019", d.Id));
        }

        [Theory]
        [InlineData("register")]
        [InlineData("field")]
        [InlineData("enum")]
        public void CyclesBelowPeripheralsAreReported(string level)
        {
            string registers = level switch
            {
                "register" => "<register derivedFrom=\"B\"><name>A</name><addressOffset>0</addressOffset></register>" +
                              "<register derivedFrom=\"A\"><name>B</name><addressOffset>4</addressOffset></register>",
                "field" => SvdText.Register("<field derivedFrom=\"G\"><name>F</name><bitOffset>0</bitOffset><bitWidth>1</bitWidth></field>" +
                                            "<field derivedFrom=\"F\"><name>G</name><bitOffset>1</bitOffset><bitWidth>1</bitWidth></field>"),
                _ => SvdText.Register("<field><name>F</name><bitOffset>0</bitOffset><bitWidth>1</bitWidth><enumeratedValues derivedFrom=\"E2\"><name>E1</name></enumeratedValues></field>" +
                                      "<field><name>G</name><bitOffset>1</bitOffset><bitWidth>1</bitWidth><enumeratedValues derivedFrom=\"E1\"><name>E2</name></enumeratedValues></field>"),
            };
            SvdReadResult result = SvdReader.Read(SvdText.Device(SvdText.Peripheral(registers)));
            Assert.Equal("PACGEN011", result.Diagnostics.Single().Id);
            Assert.NotNull(result.Device);
        }

        [Fact]
        public void UnresolvedDerivationsBelowPeripheralsAreReported()
        {
            string registers =
                "<register derivedFrom=\"NOPE\"><name>A</name><addressOffset>0</addressOffset></register>" +
                "<cluster derivedFrom=\"A\"><name>C</name><addressOffset>8</addressOffset></cluster>" +
                SvdText.Register("<field derivedFrom=\"X.Y\"><name>F</name><bitOffset>0</bitOffset><bitWidth>1</bitWidth></field>" +
                                 "<field><name>G</name><bitOffset>1</bitOffset><bitWidth>1</bitWidth><enumeratedValues derivedFrom=\"P.R.F.NOPE\"/></field>", "R");
            SvdReadResult result = SvdReader.Read(SvdText.Device(SvdText.Peripheral(registers)));
            Assert.Equal(4, result.Diagnostics.Count(d => d.Id == "PACGEN010"));
        }

        [Fact]
        public void TruncatedRealFileNeverThrows()
        {
            string text = System.IO.File.ReadAllText(RepoPaths.Svd("stm32l0x1.svd"));
            foreach (int cut in new[] { 10, 1000, 54321, text.Length / 2, text.Length - 20 })
            {
                SvdReadResult result = SvdReader.Read(text.Substring(0, cut));
                Assert.Contains(result.Diagnostics, d => d.Id == "PACGEN002");
                Assert.DoesNotContain(result.Diagnostics, d => d.Id == "PACGEN001");
            }
        }

        [Fact]
        public void ElementsWithMissingPiecesAreReportedAndSkipped()
        {
            string registers =
                "<register><addressOffset>0</addressOffset></register>" +
                "<register><name>R</name><fields><field><name>F</name></field>" +
                "<field><name>G</name><lsb>3</lsb></field></fields></register>";
            SvdReadResult result = SvdReader.Read(SvdText.Device(SvdText.Peripheral(registers)));
            Assert.Equal(4, result.Diagnostics.Count(d => d.Id == "PACGEN005"));
            Assert.DoesNotContain(result.Diagnostics, d => d.Id == "PACGEN001");
            Peripheral p = result.Device!.Peripherals.Single();
            Assert.Equal(2, p.Children.Count);
        }

        [Fact]
        public void ResultIsValueEquatableAcrossReads()
        {
            string text = System.IO.File.ReadAllText(RepoPaths.Svd("stm32l0x1.svd"));
            SvdReadResult first = SvdReader.Read(text), second = SvdReader.Read(text);
            Assert.Equal(first, second);
            Assert.Equal(first.GetHashCode(), second.GetHashCode());
        }
    }
}
