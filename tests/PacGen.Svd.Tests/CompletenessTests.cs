using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PacGen.Svd.Diagnostics;
using PacGen.Svd.Model;
using PacGen.Svd.Tests.Support;
using PacGen.TestSupport;
using PacGen.TestSupport.Completeness;
using Xunit;
using Xunit.Abstractions;

namespace PacGen.Svd.Tests
{
    /// <summary>
    /// Nothing is lost silently: every register and field element of every shipped and corpus SVD (dim expanded) is
    /// in the model, or a located diagnostic says why not. Totals go to the test log.
    /// </summary>
    public sealed class CompletenessTests
    {
        private readonly ITestOutputHelper _output;

        public CompletenessTests(ITestOutputHelper output) => _output = output;

        public static IEnumerable<object[]> Files()
        {
            var files = Directory.GetFiles(RepoPaths.SvdFolder, "*.svd").ToList();
            if (RepoPaths.HasCorpus)
            {
                files.AddRange(Directory.GetFiles(RepoPaths.Corpus, "*.svd", SearchOption.AllDirectories));
            }

            return files.OrderBy(f => f, StringComparer.Ordinal).Select(f => new object[] { Path.GetRelativePath(Path.Combine(RepoPaths.Root, ".."), f) });
        }

        [Theory]
        [MemberData(nameof(Files))]
        public void EveryRegisterAndFieldIsInTheModelOrReported(string file)
        {
            string path = Path.Combine(RepoPaths.Root, "..", file);
            string text = File.ReadAllText(path);
            CompletenessReport report = CompletenessCheck.Run(text, SvdReader.Read(text));
            _output.WriteLine(file + ": " + report);
            Assert.True(report.Holds, string.Join("\n", report.Unexplained.Take(20)));
        }

        [Fact]
        public void RepeatedRegistersBlocksAreMergedWithAWarning()
        {
            string text = SvdText.Device(
                "<peripheral><name>P</name><baseAddress>0</baseAddress>" +
                "<registers><register><name>A</name><addressOffset>0</addressOffset></register></registers>\n" +
                "<registers><register><name>B</name><addressOffset>4</addressOffset></register>" +
                "<register><name>C</name><addressOffset>8</addressOffset></register></registers></peripheral>\n");
            SvdReadResult result = SvdReader.Read(text);
            Assert.Equal(new[] { "A", "B", "C" }, result.Device!.Peripherals[0].Children.Select(c => c.Name));
            Assert.Contains("merged", SvdText.Single(result, SvdDiagnosticDescriptors.RepeatedBlockMerged).Message, StringComparison.Ordinal);
            Assert.True(CompletenessCheck.Run(text, result).Holds);
        }

        [Fact]
        public void RepeatedFieldsBlocksAreMerged()
        {
            string text = SvdText.Device(SvdText.Peripheral(
                "<register><name>R</name><addressOffset>0</addressOffset>" +
                "<fields><field><name>A</name><bitOffset>0</bitOffset><bitWidth>1</bitWidth></field></fields>\n" +
                "<fields><field><name>B</name><bitOffset>1</bitOffset><bitWidth>1</bitWidth></field></fields></register>"));
            SvdReadResult result = SvdReader.Read(text);
            var register = (Register)result.Device!.Peripherals[0].Children[0];
            Assert.Equal(new[] { "A", "B" }, register.Fields.Select(f => f.Name));
            SvdText.Single(result, SvdDiagnosticDescriptors.RepeatedBlockMerged);
        }

        [Fact]
        public void RepeatedSingleValueSaysWhichOneIsUsed()
        {
            string text = SvdText.Device(
                "<peripheral><name>DMA1</name><baseAddress>0x40020000</baseAddress>\n<baseAddress>0x40020400</baseAddress></peripheral>\n");
            SvdReadResult result = SvdReader.Read(text);
            Assert.Equal(0x40020400UL, result.Device!.Peripherals[0].BaseAddress);
            SvdDiagnostic diagnostic = SvdText.Single(result, SvdDiagnosticDescriptors.RepeatedElement);
            Assert.Contains("<baseAddress>", diagnostic.Message, StringComparison.Ordinal);
            Assert.Contains("'DMA1'", diagnostic.Message, StringComparison.Ordinal);
            Assert.Contains("this later one is used", diagnostic.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void RepeatedNameKeepsTheFirst()
        {
            string text = SvdText.Device(SvdText.Peripheral("<register><name>FIRST</name>\n<name>SECOND</name><addressOffset>0</addressOffset></register>"));
            SvdReadResult result = SvdReader.Read(text);
            Assert.Equal("FIRST", result.Device!.Peripherals[0].Children[0].Name);
            Assert.Contains("the first is used", SvdText.Single(result, SvdDiagnosticDescriptors.RepeatedElement).Message, StringComparison.Ordinal);
        }

        [Fact]
        public void TwoInterruptsWrittenInOneElementAreBothKept()
        {
            // CMSDK_CM3: <interrupt><name>UART0_RX</name>…<value>0</value><name>UART0_TX</name>…<value>1</value></interrupt>
            string text = SvdText.Device(
                "<peripheral><name>UART0</name><baseAddress>0</baseAddress><interrupt><name>UART0_RX</name><value>0</value>\n" +
                "<name>UART0_TX</name><value>1</value></interrupt></peripheral>\n");
            SvdReadResult result = SvdReader.Read(text);
            Assert.Equal(new[] { ("UART0_RX", 0), ("UART0_TX", 1) }, result.Device!.Interrupts.Select(i => (i.Name, i.Value)));
            Assert.Contains("one more interrupt 'UART0_TX'", SvdText.Single(result, SvdDiagnosticDescriptors.RepeatedElement).Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Msp432SystemControlSpaceKeepsAllItsRegisters()
        {
            string path = Path.Combine(RepoPaths.Corpus, "TexasInstruments", "MSP432P401R.svd");
            if (!File.Exists(path))
            {
                _output.WriteLine("skipped: corpus absent");
                return;
            }

            SvdReadResult result = SvdReader.ReadFile(path);
            int registers = DeviceMap.Flatten(result.Device!).Count(r => r.Peripheral.Name == "SystemControlSpace");
            Assert.Equal(83, registers);
            Assert.Equal(6, result.Diagnostics.Count(d => d.Id == SvdDiagnosticDescriptors.RepeatedBlockMerged.Id && d.Message.Contains("'SystemControlSpace'", StringComparison.Ordinal)));
        }

        [Fact]
        public void Gd32vf103Dma1UsesItsOwnBaseAddressAndSaysSo()
        {
            string path = Path.Combine(RepoPaths.Corpus, "GigaDevice", "GD32VF103.svd");
            if (!File.Exists(path))
            {
                _output.WriteLine("skipped: corpus absent");
                return;
            }

            SvdReadResult result = SvdReader.ReadFile(path);
            Assert.Equal(0x40020400UL, result.Device!.Peripherals.Single(p => p.Name == "DMA1").BaseAddress);
            Assert.Contains(result.Diagnostics, d => d.Id == SvdDiagnosticDescriptors.RepeatedElement.Id && d.Message.Contains("'DMA1'", StringComparison.Ordinal));
        }
    }
}
