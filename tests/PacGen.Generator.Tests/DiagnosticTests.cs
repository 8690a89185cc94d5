using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PacGen.Testing;
using Xunit;

namespace PacGen.Generator.Tests
{
    /// <summary>Every problem surfaces as a located diagnostic in the SVD file; nothing crashes the generator.</summary>
    public sealed class DiagnosticTests
    {
        private const string Minimal = """
            <?xml version="1.0" encoding="utf-8"?>
            <device schemaVersion="1.3">
              <name>MINI</name>
              <addressUnitBits>8</addressUnitBits>
              <width>32</width>
              <size>32</size>
              <peripherals>
                <peripheral>
                  <name>P</name>
                  <baseAddress>0x1000</baseAddress>
                  <registers>
                    <register>
                      <name>R</name>
                      <addressOffset>0</addressOffset>
                      <fields>
                        <field><name>event</name><bitOffset>0</bitOffset><bitWidth>1</bitWidth></field>
                        <field><name>WIDE</name><bitOffset>30</bitOffset><bitWidth>4</bitWidth></field>
                      </fields>
                    </register>
                  </registers>
                </peripheral>
              </peripherals>
            </device>
            """;

        [Fact]
        public void Malformed_xml_is_an_error_in_the_svd_file_and_generates_nothing()
        {
            PacGenRunResult result = PacGenTestRunner.Run("<device><name>X</name>", "broken.svd");

            Diagnostic error = Assert.Single(result.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
            Assert.Equal("PACGEN002", error.Id);
            Assert.Equal("broken.svd", error.Location.GetLineSpan().Path);
            Assert.Empty(result.Sources);
        }

        [Fact]
        public void Front_end_diagnostics_point_at_the_svd_line()
        {
            PacGenRunResult result = PacGenTestRunner.Run(Minimal, "mini.svd");

            Diagnostic beyond = Assert.Single(result.GeneratorDiagnostics, d => d.Id == "PACGEN020");
            FileLinePositionSpan span = beyond.Location.GetLineSpan();
            Assert.Equal("mini.svd", span.Path);
            Assert.Equal(17, span.StartLinePosition.Line + 1); // the WIDE field's line
            Assert.Equal(LocationKind.ExternalFile, beyond.Location.Kind);
        }

        [Fact]
        public void Svd_name_style_keeps_names_and_sanitizes_keywords_with_a_warning()
        {
            PacGenRunResult result = PacGenTestRunner.Run(Minimal, "mini.svd", "Mini", "Svd");

            Assert.Contains("public global::Mini.P.RRegister R =>", result.Source("Mini.P.g.cs"));
            Diagnostic renamed = Assert.Single(result.GeneratorDiagnostics, d => d.Id == "PACGEN101");
            Assert.Contains("'event'", renamed.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Contains("'event_'", renamed.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Empty(result.CompilationDiagnostics);
        }

        [Fact]
        public void Unknown_name_style_and_invalid_namespace_are_reported_and_fall_back()
        {
            PacGenRunResult result = PacGenTestRunner.Run(Minimal, "mini.svd", "9bad.name space", "Kebab", compile: false);

            Assert.Contains(result.GeneratorDiagnostics, d => d.Id == "PACGEN105");
            Diagnostic ns = Assert.Single(result.GeneratorDiagnostics, d => d.Id == "PACGEN104");
            Assert.Contains("'_9bad.name_space'", ns.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Contains(result.Sources, s => s.Key == "_9bad.name_space.Device.g.cs");
        }

        [Fact]
        public void Atomic_aliases_metadata_adds_set_clear_toggle_and_invalid_metadata_is_reported()
        {
            PacGenRunResult valid = PacGenTestRunner.Generate(Minimal, "mini.svd", atomicAliases: "xor:0x1000 set:0x2000;clear:0x3000");
            PacGenRunResult invalid = PacGenTestRunner.Generate(Minimal, "mini.svd", atomicAliases: "or:0x1000");

            string all = string.Concat(valid.Sources.Select(s => s.Value));
            Assert.Contains("public void Set(global::System.Func<W, W> f) => global::PacGen.Runtime.Mmio.Write32(Address + 0x2000, f(W.Zero).Bits);", all, StringComparison.Ordinal);
            Assert.Contains("public void Clear(W value) => global::PacGen.Runtime.Mmio.Write32(Address + 0x3000, value.Bits);", all, StringComparison.Ordinal);
            Assert.Contains("public void Toggle(global::System.Func<W, W> f) => global::PacGen.Runtime.Mmio.Write32(Address + 0x1000, f(W.Zero).Bits);", all, StringComparison.Ordinal);
            Assert.DoesNotContain(valid.GeneratorDiagnostics, d => d.Id == "PACGEN106");
            Diagnostic bad = Assert.Single(invalid.GeneratorDiagnostics, d => d.Id == "PACGEN106");
            Assert.Equal(
                "The AtomicAliases metadata 'or:0x1000' is not valid: 'or:0x1000' is not kind:offset with kind xor, set or clear (or except:PERIPHERAL,…); no atomic alias methods are generated",
                bad.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            Assert.DoesNotContain("public void Set(", string.Concat(invalid.Sources.Select(s => s.Value)), StringComparison.Ordinal);
        }

        [Fact]
        public void Two_svds_generating_one_namespace_report_an_error_instead_of_crashing()
        {
            var first = new InMemoryAdditionalText("a.svd", Minimal);
            var second = new InMemoryAdditionalText("b.svd", Minimal);
            GeneratorDriver driver = GeneratorHarness.CreateDriver(new AdditionalText[] { first, second });

            driver = driver.RunGenerators(GeneratorHarness.EmptyCompilation());

            ImmutableArray<Diagnostic> diagnostics = GeneratorHarness.Diagnostics(driver);
            Assert.Contains(diagnostics, d => d.Id == "PACGEN103");
            Assert.DoesNotContain(diagnostics, d => d.Id == "CS8785" || d.Id == "PACGEN100");
        }

        [Fact]
        public void Non_svd_additional_files_are_ignored()
        {
            GeneratorDriver driver = GeneratorHarness.CreateDriver(new AdditionalText[] { new InMemoryAdditionalText("notes.txt", "<device/>") });

            driver = driver.RunGenerators(GeneratorHarness.EmptyCompilation());

            Assert.Empty(driver.GetRunResult().GeneratedTrees);
            Assert.Empty(GeneratorHarness.Diagnostics(driver));
        }
    }
}
