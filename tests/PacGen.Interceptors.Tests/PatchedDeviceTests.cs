using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PacGen.Generator.Pipeline;

namespace PacGen.Interceptors.Tests
{
    /// <summary>
    /// A device patched by an svdtools YAML (<c>&lt;PacGenSvd Include="x.svd" Patch="x.yaml"/&gt;</c>): the interceptor's
    /// in-process PacGen run must see the YAML too, or it binds against no API and folds nothing (the case of
    /// PacGen.Iot.RaspberryPi on the patched BCM2711 before this was handled).
    /// </summary>
    public sealed class PatchedDeviceTests
    {
        // EN becomes ENABLE only through the patch: the program compiles against the patched API alone.
        private const string Patch = """
            UNIT:
              CTRL:
                _modify:
                  EN:
                    name: ENABLE
            """;

        private const string Program = """
            using Tiny;

            namespace App
            {
                public static class Program
                {
                    public static void Run(nuint memory)
                    {
                        var unit = new Unit(memory);
                        unit.Ctrl.Write(w => w.Enable(true));
                        unit.Ctrl.Write(false, static (w, on) => w.Enable(on));
                    }
                }
            }
            """;

        [Fact]
        public void FoldsCallsOnTheApiOfAPatchedSvdOfTheSameProject()
        {
            CSharpCompilation input = CompilationHarness.Compile(Program, interceptorsEnabled: true);
            var svd = new InMemoryText("/src/tiny.svd", SvdEndToEndTests.Svd);
            var yaml = new InMemoryText("/src/tiny.yaml", Patch);
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new ISourceGenerator[] { new PacGenGenerator().AsSourceGenerator(), new InterceptorGenerator().AsSourceGenerator() },
                new AdditionalText[] { svd, yaml },
                CompilationHarness.ParseOptions(interceptorsEnabled: true),
                new PatchedSvdMetadata(svd, "Tiny", "/src/tiny.yaml"));

            driver = driver.RunGeneratorsAndUpdateCompilation(input, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);

            GeneratorDriverRunResult result = driver.GetRunResult();
            Assert.All(result.Results, run => Assert.Null(run.Exception));
            CompilationHarness.AssertNoErrors(generatorDiagnostics.AddRange(output.GetDiagnostics()));
            string interceptors = result.Results.Single(run => run.Generator.GetGeneratorType() == typeof(InterceptorGenerator))
                .GeneratedSources.Select(source => source.SourceText.ToString()).SingleOrDefault() ?? string.Empty;
            Assert.Equal(2, interceptors.Split("InterceptsLocation(1, ").Length - 1);
            Assert.Contains("global::Tiny.Unit.CtrlRegister.W.Reset.Enable((bool)(true))", interceptors, StringComparison.Ordinal);
            Assert.Contains(".Enable(state)", interceptors, StringComparison.Ordinal);
        }

        /// <summary>The SVD's Namespace and PacGenPatch item metadata, as PacGen.Patch.targets passes them.</summary>
        private sealed class PatchedSvdMetadata : AnalyzerConfigOptionsProvider
        {
            private readonly AdditionalText _svd;
            private readonly AnalyzerConfigOptions _svdOptions;

            public PatchedSvdMetadata(AdditionalText svd, string ns, string patch)
            {
                _svd = svd;
                _svdOptions = new Options(new Dictionary<string, string>
                {
                    ["build_metadata.AdditionalFiles.Namespace"] = ns,
                    ["build_metadata.AdditionalFiles.PacGenPatch"] = patch,
                });
            }

            public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string>());

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => ReferenceEquals(textFile, _svd) ? _svdOptions : GlobalOptions;

            private sealed class Options : AnalyzerConfigOptions
            {
                private readonly Dictionary<string, string> _values;

                public Options(Dictionary<string, string> values) => _values = values;

                public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
                    _values.TryGetValue(key, out value);
            }
        }
    }
}
