using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PacGen.Interceptors.Tests
{
    public sealed class AnalyzerTests
    {
        private const string Program = """
            using System;
            using Dev;

            namespace App
            {
                public static class Program
                {
                    private static readonly Func<Gpio.Gpfsel4Register.W, Gpio.Gpfsel4Register.W> Stored = w => w.Fsel40(1);

                    private static Gpio.Gpfsel4Register.W Helper(Gpio.Gpfsel4Register.W w) => w.Fsel40(2);

                    public static void Run(nuint memory, Gpio.Fsel42 mode)
                    {
                        var gpio = new Gpio(memory);
                        gpio.Gpfsel4.Write(w => w.Fsel42(Gpio.Fsel42.Output));
                        gpio.Gpfsel4.Write(mode, static (w, m) => w.Fsel42(m));
                        gpio.Gpfsel4.Write(w => w.Fsel42(mode));
                        gpio.Gpfsel4.Write(w => { var x = w.Fsel40(1); return x.Fsel42(Gpio.Fsel42.Output); });
                        gpio.Gpfsel4.Write(Stored);
                        gpio.Gpfsel4.Write(Helper);
                        gpio.Gpfsel4.Write(w => w.Fsel40((uint)Environment.ProcessorCount));
                        gpio.Gpfsel4.Write(w => w.Fsel40(9));
                        gpio.Gpfsel4.Write(Gpio.Gpfsel4Register.W.Reset.Fsel40(0b1000));
                        gpio.Gpfsel4.Write(Gpio.Gpfsel4Register.W.Reset.Fsel40(0b111));
                    }
                }
            }
            """;

        [Fact]
        public void ExplainsEveryUnfoldableSiteAndRejectsConstantsThatDoNotFit()
        {
            ImmutableArray<Diagnostic> diagnostics = CompilationHarness.Analyze(
                CompilationHarness.Compile(Program, true, RegisterFixture.Source), new FoldabilityAnalyzer());

            string[] actual = diagnostics
                .OrderBy(d => d.Location.SourceSpan.Start)
                .Select(d => d.Id + " " + Line(d) + " " + d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan))
                .ToArray();
            Assert.Equal(
                new[]
                {
                    "PACGEN201 17 mode",
                    "PACGEN202 18 w => { var x = w.Fsel40(1); return x.Fsel42(Gpio.Fsel42.Output); }",
                    "PACGEN203 19 Stored",
                    "PACGEN203 20 Helper",
                    "PACGEN204 21 (uint)Environment.ProcessorCount",
                    "PACGEN205 22 9",
                    "PACGEN205 23 0b1000",
                },
                actual);
            Assert.Contains("'mode'", diagnostics.Single(d => d.Id == "PACGEN201").GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            Assert.Equal("9 does not fit field FSEL40: allowed 0x0..0x7", diagnostics.First(d => d.Id == "PACGEN205").GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }

        [Fact]
        public void SaysWhenTheProjectHasNotEnabledInterceptors()
        {
            ImmutableArray<Diagnostic> diagnostics = CompilationHarness.Analyze(
                CompilationHarness.Compile(Program, false, RegisterFixture.Source), new FoldabilityAnalyzer());

            // The three foldable sites (Output, the state form, and Fsel40(9), which also gets PACGEN205).
            Assert.Equal(3, diagnostics.Count(d => d.Id == "PACGEN206" && d.Severity == DiagnosticSeverity.Info));
        }

        private static int Line(Diagnostic diagnostic) => diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1;
    }
}
