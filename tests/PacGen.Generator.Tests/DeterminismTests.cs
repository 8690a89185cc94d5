using System.Globalization;
using System.Threading;
using PacGen.Testing;
using Xunit;

namespace PacGen.Generator.Tests
{
    /// <summary>The output is byte-identical whatever the culture of the machine that builds.</summary>
    public sealed class DeterminismTests
    {
        [Fact]
        public void Output_is_identical_across_cultures_and_runs()
        {
            string svd = GeneratorHarness.EverythingSvd;
            PacGenRunResult invariant = RunIn(CultureInfo.InvariantCulture, svd);
            PacGenRunResult turkish = RunIn(new CultureInfo("tr-TR"), svd);
            PacGenRunResult german = RunIn(new CultureInfo("de-DE"), svd);

            Assert.Equal(invariant.Sources, turkish.Sources);
            Assert.Equal(invariant.Sources, german.Sources);
            foreach (var source in invariant.Sources)
            {
                Assert.DoesNotContain("\r", source.Value);
            }
        }

        private static PacGenRunResult RunIn(CultureInfo culture, string svd)
        {
            CultureInfo previous = Thread.CurrentThread.CurrentCulture;
            CultureInfo previousUi = Thread.CurrentThread.CurrentUICulture;
            try
            {
                Thread.CurrentThread.CurrentCulture = culture;
                Thread.CurrentThread.CurrentUICulture = culture;
                return PacGenTestRunner.Run(svd, "Everything.svd", "PacGen.Tests.Everything", compile: false);
            }
            finally
            {
                Thread.CurrentThread.CurrentCulture = previous;
                Thread.CurrentThread.CurrentUICulture = previousUi;
            }
        }
    }
}
