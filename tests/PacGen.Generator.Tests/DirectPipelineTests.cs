using System.Linq;
using PacGen.Testing;
using PacGen.TestSupport;
using Xunit;

namespace PacGen.Generator.Tests
{
    /// <summary>
    /// <c>pacgen generate</c> calls the pipeline's functions directly (no GeneratorDriver) and emits peripheral types in
    /// parallel: it must write exactly what a build generates, with the same diagnostics in the same order.
    /// </summary>
    public sealed class DirectPipelineTests
    {
        [Theory]
        [InlineData("bcm2711.svd", null, "CSharp")]
        [InlineData("stm32l0x1.svd", "Stm32L0x1", "CSharp")]
        [InlineData("rp2040.svd", "Rp2040", "Svd")]
        public void Direct_and_parallel_runs_match_the_generator_driver(string file, string? @namespace, string nameStyle)
        {
            string svd = System.IO.File.ReadAllText(RepoPaths.Svd(file));
            PacGenRunResult driver = PacGenTestRunner.Run(svd, file, @namespace, nameStyle, compile: false);

            foreach (bool parallel in new[] { false, true })
            {
                PacGenRunResult direct = PacGenTestRunner.Generate(svd, file, @namespace, nameStyle, parallel);
                Assert.Equal(driver.Sources.Select(s => s.Key), direct.Sources.Select(s => s.Key));
                Assert.Equal(driver.Sources, direct.Sources);
                Assert.Equal(driver.GeneratorDiagnostics.Select(d => d.ToString()), direct.GeneratorDiagnostics.Select(d => d.ToString()));
            }
        }

        [Fact]
        public void Direct_run_reports_front_end_errors_like_the_driver()
        {
            const string broken = "<device><name>X</name><peripherals><peripheral><name>P</name></peripheral></peripherals>";
            PacGenRunResult driver = PacGenTestRunner.Run(broken, "broken.svd", compile: false);
            PacGenRunResult direct = PacGenTestRunner.Generate(broken, "broken.svd", parallel: true);

            Assert.NotEmpty(direct.GeneratorDiagnostics);
            Assert.Empty(direct.Sources);
            Assert.Equal(driver.GeneratorDiagnostics.Select(d => d.ToString()), direct.GeneratorDiagnostics.Select(d => d.ToString()));
        }
    }
}
