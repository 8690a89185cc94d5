using System.Linq;
using Microsoft.CodeAnalysis;
using PacGen.Testing;
using Xunit;

namespace PacGen.Generator.Tests
{
    /// <summary>
    /// The PacGenOutput item metadata (issue 13): the package compiles an SVD's API on its own with Api (the sources,
    /// no diagnostics) and gives the project the same SVD with Diagnostics (the diagnostics, no sources), so the two
    /// compilations together add exactly what one compilation without the metadata adds, each diagnostic once.
    /// </summary>
    public sealed class SvdOutputTests
    {
        private const string Path = "/src/bcm2711.svd";

        [Fact]
        public void Api_gets_every_source_and_no_diagnostic_Diagnostics_every_diagnostic_and_no_source()
        {
            GeneratorDriverRunResult all = Run(null);
            GeneratorDriverRunResult api = Run("Api");
            GeneratorDriverRunResult diagnostics = Run("Diagnostics");

            // bcm2711 has known SVD warnings (PACGEN030 overlap, PACGEN101 renames), located in the SVD.
            Assert.NotEmpty(all.Diagnostics);
            Assert.All(all.Diagnostics, diagnostic => Assert.Equal(Path, diagnostic.Location.GetLineSpan().Path));
            Assert.NotEmpty(all.GeneratedTrees);

            Assert.Empty(api.Diagnostics);
            Assert.Equal(Sources(all), Sources(api));

            Assert.Empty(diagnostics.GeneratedTrees);
            Assert.Equal(all.Diagnostics.Select(static d => d.ToString()), diagnostics.Diagnostics.Select(static d => d.ToString()));
        }

        [Fact]
        public void An_unknown_value_is_treated_as_no_metadata()
        {
            GeneratorDriverRunResult unknown = Run("Something");

            Assert.NotEmpty(unknown.Diagnostics);
            Assert.Equal(Sources(Run(null)), Sources(unknown));
        }

        private static GeneratorDriverRunResult Run(string? output)
        {
            var svd = new InMemoryAdditionalText(Path, GeneratorHarness.ShippedSvd("bcm2711.svd"));
            ItemMetadataOptionsProvider options = new ItemMetadataOptionsProvider().With(Path, "Namespace", "Bcm2711").With(Path, "PacGenOutput", output);
            return GeneratorHarness.CreateDriver(new AdditionalText[] { svd }, options)
                .RunGenerators(GeneratorHarness.EmptyCompilation())
                .GetRunResult();
        }

        private static string[] Sources(GeneratorDriverRunResult run) =>
            run.Results.Single().GeneratedSources.Select(static source => source.HintName + "\n" + source.SourceText.ToString()).ToArray();
    }
}
