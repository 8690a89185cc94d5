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

        /// <summary>A merge that kept both sides' conflict markers in a document must not land (it happened once).</summary>
        [Fact]
        public void NoDocumentHoldsMergeConflictMarkers()
        {
            var offenders = new System.Collections.Generic.List<string>();
            foreach (string path in Directory.EnumerateFiles(RepoPaths.Root, "*.md", SearchOption.AllDirectories))
            {
                string relative = Path.GetRelativePath(RepoPaths.Root, path);
                if (relative.Contains("/bin/", System.StringComparison.Ordinal) || relative.Contains("/obj/", System.StringComparison.Ordinal))
                {
                    continue;
                }

                string[] lines = File.ReadAllLines(path);
                for (int i = 0; i < lines.Length; i++)
                {
                    if (lines[i].StartsWith("<<<<<<< ", System.StringComparison.Ordinal) || lines[i] == "=======" || lines[i].StartsWith(">>>>>>> ", System.StringComparison.Ordinal))
                    {
                        offenders.Add(relative + ":" + (i + 1));
                    }
                }
            }

            Assert.Empty(offenders);
        }
    }
}
