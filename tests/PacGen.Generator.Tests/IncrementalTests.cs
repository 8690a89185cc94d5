using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PacGen.Generator.Pipeline;
using PacGen.Testing;
using Xunit;

namespace PacGen.Generator.Tests
{
    /// <summary>The pipeline caches: C# edits re-run nothing; editing one SVD re-runs only that SVD's branch.</summary>
    public sealed class IncrementalTests
    {
        private static readonly string[] s_steps = { TrackingNames.SvdFiles, TrackingNames.Parse, TrackingNames.Plan, TrackingNames.Emit, TrackingNames.Namespaces };

        [Fact]
        public void Unrelated_csharp_edit_leaves_every_step_cached()
        {
            CSharpCompilation compilation = GeneratorHarness.EmptyCompilation("class A { }");
            GeneratorDriver driver = GeneratorHarness.CreateDriver(Files(), Options(), track: true).RunGenerators(compilation);

            SyntaxTree old = compilation.SyntaxTrees.First();
            CSharpCompilation edited = compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText("class A { int x; }", PacGenTestRunner.ParseOptions, old.FilePath));
            GeneratorRunResult result = driver.RunGenerators(edited).GetRunResult().Results.Single();

            foreach (string step in s_steps)
            {
                Assert.True(result.TrackedSteps.ContainsKey(step), step + " was not tracked");
                foreach (IncrementalGeneratorRunStep run in result.TrackedSteps[step])
                {
                    foreach ((object _, IncrementalStepRunReason reason) in run.Outputs)
                    {
                        Assert.True(reason == IncrementalStepRunReason.Cached || reason == IncrementalStepRunReason.Unchanged, step + ": " + reason);
                    }
                }
            }

            Assert.Equal(4, result.GeneratedSources.Length);
        }

        [Fact]
        public void Editing_one_svd_regenerates_only_that_svds_outputs()
        {
            AdditionalText[] files = Files();
            GeneratorDriver driver = GeneratorHarness.CreateDriver(files, Options(), track: true).RunGenerators(GeneratorHarness.EmptyCompilation());

            var edited = new InMemoryAdditionalText("b.svd", Device("DEVB", "0x2000", "CHANGED"));
            driver = driver.ReplaceAdditionalText(files[1], edited);
            GeneratorRunResult result = driver.RunGenerators(GeneratorHarness.EmptyCompilation()).GetRunResult().Results.Single();

            foreach (string step in new[] { TrackingNames.Parse, TrackingNames.Plan, TrackingNames.Emit })
            {
                List<IncrementalStepRunReason> reasons = result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
                Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
                Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Cached || r == IncrementalStepRunReason.Unchanged));
            }

            GeneratedDevice emitted = (GeneratedDevice)result.TrackedSteps[TrackingNames.Emit]
                .SelectMany(s => s.Outputs).Single(o => o.Reason == IncrementalStepRunReason.Modified).Value;
            Assert.Equal("b.svd", emitted.Path);
            Assert.Contains("CHANGED", result.GeneratedSources.Single(s => s.HintName == "B.P.g.cs").SourceText.ToString());
        }

        [Fact]
        public void Every_step_output_is_plain_data_without_compilation_symbols_or_syntax()
        {
            GeneratorRunResult result = GeneratorHarness.CreateDriver(Files(), Options(), track: true)
                .RunGenerators(GeneratorHarness.EmptyCompilation("class A { }")).GetRunResult().Results.Single();

            foreach (string step in s_steps)
            {
                Assert.True(result.TrackedSteps.ContainsKey(step), step + " was not tracked");
                foreach (IncrementalGeneratorRunStep run in result.TrackedSteps[step])
                {
                    foreach ((object value, IncrementalStepRunReason _) in run.Outputs)
                    {
                        StepOutputWalker.AssertPlainData(value, step);
                    }
                }
            }
        }

        [Fact]
        public void The_step_output_walker_finds_a_compilation_nested_in_a_model()
        {
            CSharpCompilation compilation = GeneratorHarness.EmptyCompilation();
            var model = new { Name = "x", Items = new object[] { 1, new { Inner = (object)compilation } } };

            Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => StepOutputWalker.AssertPlainData(model, "model"));
        }

        private static AdditionalText[] Files() => new AdditionalText[]
        {
            new InMemoryAdditionalText("a.svd", Device("DEVA", "0x1000", "first")),
            new InMemoryAdditionalText("b.svd", Device("DEVB", "0x2000", "second")),
        };

        private static ItemMetadataOptionsProvider Options() =>
            new ItemMetadataOptionsProvider().With("a.svd", "Namespace", "A").With("b.svd", "Namespace", "B");

        private static string Device(string name, string baseAddress, string description) => $"""
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
                  <baseAddress>{baseAddress}</baseAddress>
                  <registers>
                    <register>
                      <name>R</name>
                      <addressOffset>0</addressOffset>
                    </register>
                  </registers>
                </peripheral>
              </peripherals>
            </device>
            """;
    }
}
