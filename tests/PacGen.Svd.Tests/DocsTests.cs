using System.IO;
using PacGen.Svd.Diagnostics;
using PacGen.Svd.Tests.Support;
using Xunit;
using PacGen.TestSupport;

namespace PacGen.Svd.Tests
{
    public sealed class DocsTests
    {
        [Fact]
        public void DiagnosticsDocListsEveryIdWithItsSeverity()
        {
            string doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "diagnostics.md"));
            foreach (SvdDiagnosticDescriptor descriptor in SvdDiagnosticDescriptors.All)
            {
                string severity = descriptor.Severity == SvdSeverity.Error ? "error" : descriptor.Severity == SvdSeverity.Warning ? "warning" : "info";
                Assert.Contains("| " + descriptor.Id + " | " + severity + " | " + descriptor.Title + " |", doc, System.StringComparison.Ordinal);
            }
        }
    }
}
