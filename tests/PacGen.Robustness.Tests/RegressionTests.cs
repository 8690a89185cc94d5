using System.Collections.Generic;
using System.IO;
using System.Linq;
using PacGen.Robustness.Tests.Support;
using Xunit;

namespace PacGen.Robustness.Tests
{
    /// <summary>
    /// Every minimized fuzzer finding, kept as a file under <c>Regressions/</c> (named after the bug it found):
    /// each must keep the invariants for good.
    /// </summary>
    public sealed class RegressionTests
    {
        public static IEnumerable<object[]> Files() =>
            Directory.GetFiles(Path.Combine(System.AppContext.BaseDirectory, "Regressions"), "*.svd")
                .OrderBy(f => f, System.StringComparer.Ordinal)
                .Select(f => new object[] { Path.GetFileName(f) });

        [Theory]
        [MemberData(nameof(Files))]
        public void Minimized_finding_keeps_the_invariants(string file)
        {
            string text = File.ReadAllText(Path.Combine(System.AppContext.BaseDirectory, "Regressions", file));
            Chain.Check(text, file);
        }
    }
}
