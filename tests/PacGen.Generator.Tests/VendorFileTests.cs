using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PacGen.Testing;
using Xunit;

namespace PacGen.Generator.Tests
{
    /// <summary>Vendor files that used to be rejected generate code that compiles, with the CMSIS/svd2rust names.</summary>
    public sealed class VendorFileTests
    {
        private static string Device(string registers) => """
            <?xml version="1.0" encoding="utf-8"?>
            <device schemaVersion="1.3">
              <name>VENDOR</name>
              <addressUnitBits>8</addressUnitBits>
              <width>32</width>
              <peripherals>
                <peripheral>
                  <name>TC</name>
                  <baseAddress>0x1000</baseAddress>
                  <registers>
            """ + registers + """

                  </registers>
                </peripheral>
              </peripherals>
            </device>
            """;

        [Fact]
        public void Alternate_groups_of_one_name_are_distinct_registers_named_as_svd2rust_does()
        {
            PacGenRunResult result = PacGenTestRunner.Run(Device("""
                <register><name>CMR</name><alternateGroup>CAPTURE</alternateGroup><addressOffset>4</addressOffset>
                  <fields><field><name>TCCLKS</name><bitOffset>0</bitOffset><bitWidth>3</bitWidth></field></fields></register>
                <register><name>CMR</name><alternateGroup>WAVE</alternateGroup><addressOffset>4</addressOffset>
                  <fields><field><name>WAVSEL</name><bitOffset>13</bitOffset><bitWidth>2</bitWidth></field></fields></register>
                """), "vendor.svd", "Vendor");

            Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
            Assert.Empty(result.CompilationDiagnostics);
            string tc = result.Source("Vendor.Tc.g.cs");
            Assert.Contains("CaptureCmrRegister CaptureCmr =>", tc);
            Assert.Contains("WaveCmrRegister WaveCmr =>", tc);
            Assert.Contains("CMR_CAPTURE", tc); // the CMSIS name in the documentation
        }

        [Fact]
        public void A_register_of_size_one_is_repaired_with_a_warning_and_compiles()
        {
            PacGenRunResult result = PacGenTestRunner.Run(Device("""
                <register><name>FLAG</name><addressOffset>0</addressOffset><size>1</size>
                  <fields><field><name>F</name><bitOffset>0</bitOffset><bitWidth>1</bitWidth></field></fields></register>
                """), "vendor.svd", "Vendor");

            Diagnostic repaired = Assert.Single(result.GeneratorDiagnostics, d => d.Id == "PACGEN035");
            Assert.Equal(DiagnosticSeverity.Warning, repaired.Severity);
            Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
            Assert.Empty(result.CompilationDiagnostics);
            Assert.Contains("Read8(", result.Source("Vendor.Tc.g.cs"));
        }

        [Fact]
        public void A_file_the_compiler_decoded_as_windows_1252_is_reported_at_its_first_non_ascii_character()
        {
            string svd = Device("<register><name>R</name><description>10 \u00b5s</description><addressOffset>0</addressOffset></register>");
            var file = new EncodedAdditionalText("latin1.svd", SourceText.From(svd, Encoding.Latin1));
            GeneratorDriver driver = GeneratorHarness.CreateDriver(new AdditionalText[] { file }).RunGenerators(GeneratorHarness.EmptyCompilation());

            ImmutableArray<Diagnostic> diagnostics = GeneratorHarness.Diagnostics(driver);
            Diagnostic encoding = Assert.Single(diagnostics, d => d.Id == "PACGEN036");
            Assert.Equal(10, encoding.Location.GetLineSpan().StartLinePosition.Line + 1);
        }

        [Fact]
        public void Shipped_svds_generate_without_a_single_warning()
        {
            foreach (string file in System.IO.Directory.GetFiles(PacGen.TestSupport.RepoPaths.SvdFolder, "*.svd"))
            {
                PacGenRunResult result = PacGenTestRunner.Run(System.IO.File.ReadAllText(file), System.IO.Path.GetFileName(file), compile: false);
                Assert.True(
                    !result.GeneratorDiagnostics.Any(d => d.Severity >= DiagnosticSeverity.Warning),
                    string.Join("\n", result.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning)));
            }
        }

        private sealed class EncodedAdditionalText : AdditionalText
        {
            private readonly SourceText _text;

            public EncodedAdditionalText(string path, SourceText text)
            {
                Path = path;
                _text = text;
            }

            public override string Path { get; }

            public override SourceText GetText(System.Threading.CancellationToken cancellationToken = default) => _text;
        }
    }
}
