using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using PacGen.Testing;
using PacGen.TestSupport;
using Xunit;

namespace PacGen.Generator.Tests
{
    /// <summary>
    /// The emitted text, compared with committed snapshots (Snapshots/*.verified.*). A change to the emitter shows
    /// up here as a readable diff; accept an intended change with PACGEN_ACCEPT=1.
    /// </summary>
    public sealed class SnapshotTests
    {
        [Fact]
        public void Everything_svd_generates_the_verified_sources()
        {
            PacGenRunResult result = PacGenTestRunner.Run(GeneratorHarness.EverythingSvd, "Everything.svd", "PacGen.Tests.Everything");

            Assert.Empty(result.CompilationDiagnostics);
            foreach (KeyValuePair<string, string> source in result.Sources)
            {
                Snapshot.Verify(source.Value, source.Key.Replace(".g.cs", string.Empty), "cs");
            }

            Assert.Equal(new[] { "PacGen.Tests.Everything.Device.g.cs", "PacGen.Tests.Everything.Timer.g.cs" }, result.Sources.Select(s => s.Key));
        }

        [Fact]
        public void Everything_svd_public_api_and_diagnostics_match_the_verified_listing()
        {
            PacGenRunResult result = PacGenTestRunner.Run(GeneratorHarness.EverythingSvd, "Everything.svd", "PacGen.Tests.Everything");

            Snapshot.Verify(result.PublicApiListing, "Everything.PublicApi", "txt");
            var diagnostics = new StringBuilder();
            foreach (Diagnostic diagnostic in result.GeneratorDiagnostics.OrderBy(d => d.Location.GetLineSpan().StartLinePosition.Line).ThenBy(d => d.Id, System.StringComparer.Ordinal))
            {
                diagnostics.Append(diagnostic.ToString()).Append('\n');
            }

            Snapshot.Verify(diagnostics.ToString(), "Everything.Diagnostics", "txt");
        }

        [Fact]
        public void Bcm2711_gpio_generates_the_verified_source()
        {
            PacGenRunResult result = PacGenTestRunner.Run(GeneratorHarness.ShippedSvd("bcm2711.svd"), "bcm2711.svd", "Bcm2711", compile: false);

            Snapshot.Verify(result.Source("Bcm2711.Gpio.g.cs"), "Bcm2711.Gpio", "cs");
        }
    }
}
