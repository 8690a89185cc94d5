using System.Linq;
using Microsoft.CodeAnalysis;
using PacGen.Testing;
using Xunit;

namespace PacGen.Generator.Tests
{
    /// <summary>
    /// Fail fast (issue 17): the compile of an SVD's API assembly gets the project's warning options from the package's
    /// targets; when the SVD has a diagnostic the project's build would fail on, that compile reports the SVD's
    /// diagnostics at the project's severities and adds no source (nothing to compile), otherwise it behaves as before.
    /// </summary>
    public sealed class ApiFailFastTests
    {
        private const string Path = "/src/chip.svd";

        // Two registers at one offset without alternateGroup: PACGEN030, a warning; names needing a rename: PACGEN101, info.
        private const string OverlappingSvd = """
            <?xml version="1.0" encoding="utf-8"?>
            <device schemaVersion="1.3">
              <name>CHIP</name>
              <width>32</width><size>32</size><resetValue>0</resetValue><resetMask>0xFFFFFFFF</resetMask>
              <peripherals>
                <peripheral>
                  <name>TIMER</name>
                  <baseAddress>0x40000000</baseAddress>
                  <addressBlock><offset>0</offset><size>0x100</size><usage>registers</usage></addressBlock>
                  <registers>
                    <register><name>CTRL</name><addressOffset>0</addressOffset><fields><field><name>7BIT</name><bitOffset>0</bitOffset><bitWidth>1</bitWidth></field></fields></register>
                    <register><name>MODE</name><addressOffset>0</addressOffset></register>
                  </registers>
                </peripheral>
              </peripherals>
            </device>
            """;

        // A register outside any bitWidth a field can have: an error.
        private const string BrokenSvd = """
            <?xml version="1.0" encoding="utf-8"?>
            <device schemaVersion="1.3">
              <name>CHIP</name>
              <width>32</width><size>32</size>
              <peripherals>
                <peripheral>
                  <name>TIMER</name>
                  <baseAddress>0x40000000</baseAddress>
                  <registers>
                    <register><name>CTRL</name><addressOffset>0</addressOffset><fields><field><name>EN</name><bitOffset>40</bitOffset><bitWidth>1</bitWidth></field></fields></register>
                  </registers>
                </peripheral>
              </peripherals>
            </device>
            """;

        [Fact]
        public void WarningsAsErrorsStopsTheApiCompileWithTheSvdsDiagnosticsAsErrorsAndNoSource()
        {
            GeneratorDriverRunResult run = Run(OverlappingSvd, ("PacGenApiFailFast", "true"), ("PacGenApiTreatWarningsAsErrors", "true"));

            Assert.Empty(run.GeneratedTrees);
            Diagnostic overlap = Assert.Single(run.Diagnostics, static d => d.Id == "PACGEN030");
            Assert.Equal(DiagnosticSeverity.Error, overlap.Severity);
            Assert.True(overlap.IsWarningAsError);
            Assert.Equal(Path, overlap.Location.GetLineSpan().Path);
            Assert.True(overlap.Location.GetLineSpan().StartLinePosition.Line > 0);

            // Renames stay info: they never fail a build.
            Assert.All(run.Diagnostics.Where(static d => d.Id == "PACGEN101"), static d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        }

        [Fact]
        public void AnSvdErrorStopsTheApiCompileWithoutWarningsAsErrors()
        {
            GeneratorDriverRunResult run = Run(BrokenSvd, ("PacGenApiFailFast", "true"));

            Assert.Empty(run.GeneratedTrees);
            Assert.Contains(run.Diagnostics, static d => d.Severity == DiagnosticSeverity.Error && d.Location.GetLineSpan().Path == Path);
        }

        [Fact]
        public void WarningsTheProjectDoesNotFailOnLeaveTheApiCompileAsBefore()
        {
            GeneratorDriverRunResult plain = Run(OverlappingSvd);
            Assert.Empty(plain.Diagnostics);
            Assert.NotEmpty(plain.GeneratedTrees);

            // Fail fast on, but the warning is not an error in this project: no warnings-as-errors, NoWarn'd, or excepted.
            foreach (GeneratorDriverRunResult run in new[]
            {
                Run(OverlappingSvd, ("PacGenApiFailFast", "true")),
                Run(OverlappingSvd, ("PacGenApiFailFast", "true"), ("PacGenApiTreatWarningsAsErrors", "true"), ("PacGenApiNoWarn", "1701 1702 PACGEN030")),
                Run(OverlappingSvd, ("PacGenApiFailFast", "true"), ("PacGenApiTreatWarningsAsErrors", "true"), ("PacGenApiWarningsNotAsErrors", "pacgen030")),
            })
            {
                Assert.Empty(run.Diagnostics);
                Assert.Equal(Sources(plain), Sources(run));
            }

            // The same warning listed in WarningsAsErrors fails without the general switch.
            GeneratorDriverRunResult listed = Run(OverlappingSvd, ("PacGenApiFailFast", "true"), ("PacGenApiWarningsAsErrors", "CS8600 PACGEN030"));
            Assert.Empty(listed.GeneratedTrees);
            Assert.Equal(DiagnosticSeverity.Error, Assert.Single(listed.Diagnostics, static d => d.Id == "PACGEN030").Severity);
        }

        [Fact]
        public void TheProjectsOwnCompileIsNotAffected()
        {
            // Diagnostics (the project's compile) and All (no package targets) report at the descriptors' severities.
            foreach (string? output in new[] { "Diagnostics", null })
            {
                GeneratorDriverRunResult run = Run(OverlappingSvd, output, ("PacGenApiFailFast", "true"), ("PacGenApiTreatWarningsAsErrors", "true"));
                Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(run.Diagnostics, static d => d.Id == "PACGEN030").Severity);
                Assert.Equal(output is null, run.GeneratedTrees.Length > 0);
            }
        }

        private static GeneratorDriverRunResult Run(string svd, params (string Name, string Value)[] properties) => Run(svd, "Api", properties);

        private static GeneratorDriverRunResult Run(string svd, string? output, params (string Name, string Value)[] properties)
        {
            ItemMetadataOptionsProvider options = new ItemMetadataOptionsProvider().With(Path, "Namespace", "Chip").With(Path, "PacGenOutput", output);
            foreach ((string name, string value) in properties)
            {
                options.WithProperty(name, value);
            }

            return GeneratorHarness.CreateDriver(new AdditionalText[] { new InMemoryAdditionalText(Path, svd) }, options)
                .RunGenerators(GeneratorHarness.EmptyCompilation())
                .GetRunResult();
        }

        private static string[] Sources(GeneratorDriverRunResult run) =>
            run.Results.Single().GeneratedSources.Select(static source => source.HintName + "\n" + source.SourceText.ToString()).ToArray();
    }
}
