using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using PacGen.Generator.Pipeline;
using PacGen.Testing;
using Xunit;

namespace PacGen.Generator.Tests.Patching
{
    /// <summary>
    /// Patched devices in the generator (issue 14): a device YAML whose <c>_svd</c> names the SVD, or an SVD with a
    /// <c>PacGenPatch</c>; the YAML, its includes and the SVD are tracked inputs, so editing an included file
    /// regenerates only the device that includes it, and patch diagnostics are located in the YAML.
    /// </summary>
    public sealed class PatchedDeviceTests
    {
        private static readonly string s_root = Path.GetFullPath("patched-device-tests");

        private static string At(string name) => Path.Combine(s_root, name);

        [Fact]
        public void DeviceYamlGeneratesThePatchedSvdAndTheNamedSvdAloneGeneratesNothing()
        {
            GeneratorDriverRunResult run = Run(TwoDevices(), TwoDeviceOptions());

            Assert.Empty(run.Diagnostics);
            string a = Source(run, "A.P.g.cs");
            Assert.Contains("On", a);
            Assert.Contains("Off", a);
            // a.svd and b.svd are inputs only: their own APIs would claim namespaces DEVA/DEVB.
            Assert.All(run.Results.Single().GeneratedSources, source => Assert.True(source.HintName.StartsWith("A.") || source.HintName.StartsWith("B."), source.HintName));
        }

        [Fact]
        public void EditingAnIncludedFileRegeneratesOnlyTheDeviceThatIncludesIt()
        {
            AdditionalText[] files = TwoDevices();
            GeneratorDriver driver = GeneratorHarness.CreateDriver(files, TwoDeviceOptions(), track: true).RunGenerators(GeneratorHarness.EmptyCompilation());

            AdditionalText common = files.Single(f => f.Path == At("common_a.yaml"));
            driver = driver.ReplaceAdditionalText(common, new InMemoryAdditionalText(common.Path, Enum("Enabled", "Disabled")));
            GeneratorRunResult result = driver.RunGenerators(GeneratorHarness.EmptyCompilation()).GetRunResult().Results.Single();

            foreach (string step in new[] { TrackingNames.PatchedFiles, TrackingNames.Parse, TrackingNames.Plan, TrackingNames.Emit })
            {
                List<(object Value, IncrementalStepRunReason Reason)> outputs = result.TrackedSteps[step].SelectMany(s => s.Outputs).ToList();
                Assert.Equal(1, outputs.Count(o => o.Reason == IncrementalStepRunReason.Modified));
                Assert.Equal(1, outputs.Count(o => o.Reason == IncrementalStepRunReason.Cached || o.Reason == IncrementalStepRunReason.Unchanged));
            }

            GeneratedDevice emitted = (GeneratedDevice)result.TrackedSteps[TrackingNames.Emit]
                .SelectMany(s => s.Outputs).Single(o => o.Reason == IncrementalStepRunReason.Modified).Value;
            Assert.Equal(At("a.yaml"), emitted.Path);
            Assert.Contains("Enabled", result.GeneratedSources.Single(s => s.HintName == "A.P.g.cs").SourceText.ToString());
        }

        [Fact]
        public void EditingTheNamedSvdRegeneratesItsDevice()
        {
            AdditionalText[] files = TwoDevices();
            GeneratorDriver driver = GeneratorHarness.CreateDriver(files, TwoDeviceOptions(), track: true).RunGenerators(GeneratorHarness.EmptyCompilation());

            AdditionalText svd = files.Single(f => f.Path == At("b.svd"));
            driver = driver.ReplaceAdditionalText(svd, new InMemoryAdditionalText(svd.Path, Svd("DEVB", "CHANGED")));
            GeneratorRunResult result = driver.RunGenerators(GeneratorHarness.EmptyCompilation()).GetRunResult().Results.Single();

            List<IncrementalStepRunReason> reasons = result.TrackedSteps[TrackingNames.Parse].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
            Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
            Assert.Contains("CHANGED", result.GeneratedSources.Single(s => s.HintName == "B.P.g.cs").SourceText.ToString());
        }

        [Fact]
        public void SvdItemWithPatchMetadataIsPatched()
        {
            var files = new AdditionalText[]
            {
                new InMemoryAdditionalText(At("chip.svd"), Svd("CHIP", "chip")),
                new InMemoryAdditionalText(At("chip.yaml"), "P:\n  R:\n    F:\n      Low: [0, \"low\"]\n      High: [1, \"high\"]\n"),
            };
            ItemMetadataOptionsProvider options = new ItemMetadataOptionsProvider()
                .With(At("chip.svd"), "Namespace", "Chip").With(At("chip.svd"), "PacGenPatch", At("chip.yaml"));

            GeneratorDriverRunResult run = Run(files, options);

            Assert.Empty(run.Diagnostics);
            Assert.Contains("High", Source(run, "Chip.P.g.cs"));
        }

        [Fact]
        public void PatchDiagnosticIsLocatedInTheYamlThatWroteIt()
        {
            AdditionalText[] files = TwoDevices();
            AdditionalText common = files.Single(f => f.Path == At("common_a.yaml"));
            files[System.Array.IndexOf(files, common)] = new InMemoryAdditionalText(common.Path, "P:\n  R:\n    _frobnicate: 1\n");

            GeneratorDriverRunResult run = Run(files, TwoDeviceOptions());

            Diagnostic unknown = Assert.Single(run.Diagnostics, d => d.Id == "PACGEN301");
            FileLinePositionSpan span = unknown.Location.GetLineSpan();
            Assert.Equal(At("common_a.yaml"), span.Path);
            Assert.Equal(2, span.StartLinePosition.Line);
            Assert.Equal(DiagnosticSeverity.Error, unknown.Severity);
        }

        [Fact]
        public void BrokenPatchGivesNoApiAndNoCrashWhileOtherDevicesStillGenerate()
        {
            AdditionalText[] files = TwoDevices();
            AdditionalText common = files.Single(f => f.Path == At("common_a.yaml"));
            files[System.Array.IndexOf(files, common)] = new InMemoryAdditionalText(common.Path, "P: [unclosed\n");

            GeneratorDriverRunResult run = Run(files, TwoDeviceOptions());

            Diagnostic invalid = Assert.Single(run.Diagnostics, d => d.Id == "PACGEN300");
            Assert.Equal(At("common_a.yaml"), invalid.Location.GetLineSpan().Path);
            Assert.DoesNotContain(run.Diagnostics, d => d.Id == "PACGEN100" || d.Id == "CS8785");
            Assert.DoesNotContain(run.Results.Single().GeneratedSources, s => s.HintName.StartsWith("A."));
            Assert.Contains(run.Results.Single().GeneratedSources, s => s.HintName == "B.P.g.cs");
        }

        [Fact]
        public void IncludeThatIsNotATrackedInputIsReportedNotReadFromDisk()
        {
            AdditionalText[] files = TwoDevices().Where(f => f.Path != At("common_a.yaml")).ToArray();

            GeneratorDriverRunResult run = Run(files, TwoDeviceOptions());

            Diagnostic missing = Assert.Single(run.Diagnostics, d => d.Id == "PACGEN302");
            Assert.Equal(At("a.yaml"), missing.Location.GetLineSpan().Path);
        }

        private static GeneratorDriverRunResult Run(AdditionalText[] files, ItemMetadataOptionsProvider options) =>
            GeneratorHarness.CreateDriver(files, options).RunGenerators(GeneratorHarness.EmptyCompilation()).GetRunResult();

        private static string Source(GeneratorDriverRunResult run, string hintName) =>
            run.Results.Single().GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();

        private static AdditionalText[] TwoDevices() => new AdditionalText[]
        {
            new InMemoryAdditionalText(At("a.yaml"), "_svd: a.svd\n_include:\n  - common_a.yaml\n"),
            new InMemoryAdditionalText(At("common_a.yaml"), Enum("On", "Off")),
            new InMemoryAdditionalText(At("a.svd"), Svd("DEVA", "first")),
            new InMemoryAdditionalText(At("b.yaml"), "_svd: b.svd\n_include: [common_b.yaml]\n"),
            new InMemoryAdditionalText(At("common_b.yaml"), Enum("Up", "Down")),
            new InMemoryAdditionalText(At("b.svd"), Svd("DEVB", "second")),
        };

        /// <summary>What the package's targets pass: the device YAML names itself as the patch, the SVDs are inputs.</summary>
        private static ItemMetadataOptionsProvider TwoDeviceOptions() => new ItemMetadataOptionsProvider()
            .With(At("a.yaml"), "Namespace", "A").With(At("a.yaml"), "PacGenPatch", At("a.yaml"))
            .With(At("b.yaml"), "Namespace", "B").With(At("b.yaml"), "PacGenPatch", At("b.yaml"))
            .With(At("a.svd"), "PacGenInput", "true")
            .With(At("b.svd"), "PacGenInput", "true");

        private static string Enum(string one, string zero) =>
            "P:\n  R:\n    F:\n      " + zero + ": [0, \"zero\"]\n      " + one + ": [1, \"one\"]\n";

        private static string Svd(string name, string description) => $"""
            <?xml version="1.0" encoding="utf-8"?>
            <device schemaVersion="1.3">
              <name>{name}</name>
              <addressUnitBits>8</addressUnitBits>
              <width>32</width>
              <size>32</size>
              <peripherals>
                <peripheral>
                  <name>P</name>
                  <description>{description}</description>
                  <baseAddress>0x40000000</baseAddress>
                  <registers>
                    <register>
                      <name>R</name>
                      <addressOffset>0</addressOffset>
                      <fields>
                        <field><name>F</name><bitOffset>0</bitOffset><bitWidth>1</bitWidth></field>
                      </fields>
                    </register>
                  </registers>
                </peripheral>
              </peripherals>
            </device>
            """;
    }
}
