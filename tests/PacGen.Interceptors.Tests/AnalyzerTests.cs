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
                        uint low = 1;
                        gpio.Gpfsel4.Modify((r, w) => w.Fsel42(mode).Fsel40(low));
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
                    "PACGEN201 26 low",
                },
                actual);
            string[] messages = diagnostics.Where(d => d.Id == "PACGEN201").Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            Assert.Equal(
                "This closure captures 'mode': every call allocates a closure and calls a delegate. Pass it as state: Write(mode, static (w, state) => ...).",
                messages[0]);
            // A Modify stays a Modify, and every captured variable is named (a tuple carries several).
            Assert.Equal(
                "This closure captures 'mode' and 'low': every call allocates a closure and calls a delegate. Pass them as state: Modify((mode, low), static (r, w, state) => ...).",
                messages[1]);
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

        [Fact]
        public void SaysWhyAFoldableModifyIsNotFoldedWhenTheRegisterHasNoStartValue()
        {
            // A register type without W.FromRead (a PAC from an older PacGen, or hand-written): nothing to start from.
            string withoutFromRead = RegisterFixture.Source
                .Replace("public static W FromRead(R read) => new W(read.Bits);", string.Empty, StringComparison.Ordinal)
                .Replace("W.FromRead(r)", "default", StringComparison.Ordinal);
            const string program = """
                namespace App
                {
                    public static class Program
                    {
                        public static void Run(Dev.Gpio gpio) => gpio.Gpfsel4.Modify((r, w) => w.Fsel40(1));
                    }
                }
                """;

            Diagnostic diagnostic = Assert.Single(CompilationHarness.Analyze(CompilationHarness.Compile(program, true, withoutFromRead), new FoldabilityAnalyzer()));

            Assert.Equal("PACGEN208", diagnostic.Id);
            Assert.StartsWith("This Modify stays a delegate call: its register type Dev.Gpio.Gpfsel4Register has no W.FromRead(R)", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        [Fact]
        public void WarnsThatWriteWithZeroClearsTheWriteZeroToClearFlags()
        {
            string withFlags = RegisterFixture.Source.Replace(
                "public Gpfsel4Register(nuint address) => _address = address;",
                "public Gpfsel4Register(nuint address) => _address = address;\n public const uint ZeroToClearFieldsBitmap = 0x300;\n public const uint ZeroToSetFieldsBitmap = 0x800;",
                StringComparison.Ordinal);
            const string program = """
                namespace App
                {
                    public static class Program
                    {
                        public static void Run(Dev.Gpio gpio)
                        {
                            gpio.Gpfsel4.WriteWithZero(w => w.Fsel40(1));
                            gpio.Gpfsel4.WriteWithZero(2u, static (w, s) => w.Fsel40(s));
                            gpio.Gpfsel4.Write(w => w.Fsel40(1));
                        }
                    }
                }
                """;

            Diagnostic[] diagnostics = CompilationHarness.Analyze(CompilationHarness.Compile(program, true, withFlags), new FoldabilityAnalyzer())
                .OrderBy(d => d.Location.SourceSpan.Start).ToArray();

            Assert.Equal(new[] { "PACGEN209 7", "PACGEN209 8" }, diagnostics.Select(d => d.Id + " " + Line(d)));
            Assert.Equal(
                "WriteWithZero starts from 0, so on gpio.Gpfsel4 it clears bits 0x300 (zeroToClear) and sets bits 0x800 (zeroToSet) unless the setters write 1 there; " +
                "use Write, which starts from W.Reset (those bits 1, no effect), or suppress this warning if that is what you mean",
                diagnostics[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }

        private static int Line(Diagnostic diagnostic) => diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1;
    }
}
