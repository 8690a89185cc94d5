using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PacGen.Generator.Pipeline;
using PacGen.Interceptors;
using PacGen.Robustness.Tests.Support;
using PacGen.Svd;
using PacGen.Testing;
using Xunit;

namespace PacGen.Robustness.Tests
{
    /// <summary>
    /// Each last-resort guard works: an exception injected at its stage becomes its one error diagnostic (or exit
    /// code), naming the SVD or call and the stage, and nothing escapes as CS8785 / AD0001. (That the guards are
    /// never hit on real input is what the corpus, hostile-input and fuzz tests assert.)
    /// </summary>
    public sealed class GuardTests
    {
        private static readonly string s_svd = SvdDoc.WithFields(SvdDoc.Field("F", 0, 1));

        [Fact]
        public void Reader_guard_turns_an_exception_into_PACGEN001()
        {
            SvdReader.FaultInjectionForTests = () => throw new InvalidOperationException("injected");
            try
            {
                ChainRun run = ChainRun.Run(s_svd, "guarded.svd");
                Diagnostic guard = run.GeneratorDiagnostics.Single(d => d.Id == "PACGEN001");
                Assert.Equal("guarded.svd", guard.Location.GetLineSpan().Path);
                Assert.Contains("in stage 'parse': InvalidOperationException: injected", guard.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
                Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "CS8785");
                Assert.Empty(run.Sources);
            }
            finally
            {
                SvdReader.FaultInjectionForTests = null;
            }
        }

        [Theory]
        [InlineData(PipelineGuard.ParseStage)]
        [InlineData(PipelineGuard.EmitStage)]
        [InlineData(PipelineGuard.OutputStage)]
        public void Generator_guard_turns_an_exception_into_PACGEN100_naming_svd_and_stage(string stage)
        {
            PipelineGuard.FaultInjectionForTests = s =>
            {
                if (s == stage)
                {
                    throw new InvalidOperationException("injected");
                }
            };
            try
            {
                ChainRun run = ChainRun.Run(s_svd, "guarded.svd");
                Diagnostic guard = run.GeneratorDiagnostics.Single(d => d.Id == "PACGEN100");
                string message = guard.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
                Assert.Contains("'guarded.svd'", message, StringComparison.Ordinal);
                Assert.Contains("(stage " + stage + ")", message, StringComparison.Ordinal);
                Assert.Contains("InvalidOperationException: injected", message, StringComparison.Ordinal);
                Assert.Equal("guarded.svd", guard.Location.GetLineSpan().Path);
                Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "CS8785");
                Assert.Empty(run.CompileErrors);
            }
            finally
            {
                PipelineGuard.FaultInjectionForTests = null;
            }
        }

        [Fact]
        public async System.Threading.Tasks.Task Analyzer_guard_turns_an_exception_into_PACGEN207_at_the_call()
        {
            CSharpCompilation compilation = CSharpCompilation.Create(
                "Guarded", new[] { CSharpSyntaxTree.ParseText("static class C { static void M() => System.Console.WriteLine(); }", path: "C.cs") },
                CompilationReferences.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            InterceptorGuard.FaultInjectionForTests = stage =>
            {
                if (stage == InterceptorGuard.AnalyzeStage)
                {
                    throw new InvalidOperationException("injected");
                }
            };
            ImmutableArray<Diagnostic> diagnostics;
            try
            {
                diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new FoldabilityAnalyzer()))
                    .GetAllDiagnosticsAsync();
            }
            finally
            {
                InterceptorGuard.FaultInjectionForTests = null;
            }

            Diagnostic guard = diagnostics.Single(d => d.Id == "PACGEN207");
            Assert.Equal("C.cs", guard.Location.GetLineSpan().Path);
            Assert.Contains("call analysis: InvalidOperationException: injected", guard.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        }

        [Theory]
        [InlineData(InterceptorGuard.EmitStage, true)]
        [InlineData(InterceptorGuard.ReadStage, false)]
        [InlineData(InterceptorGuard.ApiStage, false)]
        public void Interceptor_generator_guard_contains_an_exception(string stage, bool reported)
        {
            const string source = "static class C { static void M(R r) => r.Write(w => w); } sealed class R { public void Write(System.Func<int, int> f) { } }";
            CSharpCompilation compilation = CSharpCompilation.Create(
                "Guarded", new[] { CSharpSyntaxTree.ParseText(source, PacGenTestRunner.ParseOptions, path: "C.cs") },
                CompilationReferences.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            InterceptorGuard.FaultInjectionForTests = s =>
            {
                if (s == stage)
                {
                    throw new InvalidOperationException("injected");
                }
            };
            GeneratorDriverRunResult run;
            try
            {
                GeneratorDriver driver = CSharpGeneratorDriver.Create(
                    new[] { new InterceptorGenerator().AsSourceGenerator() },
                    additionalTexts: new AdditionalText[] { new InMemoryAdditionalText("guarded.svd", s_svd) },
                    parseOptions: PacGenTestRunner.ParseOptions);
                run = driver.RunGenerators(compilation).GetRunResult();
            }
            finally
            {
                InterceptorGuard.FaultInjectionForTests = null;
            }

            Assert.DoesNotContain(run.Diagnostics, d => d.Id == "CS8785");
            Assert.Equal(reported, run.Diagnostics.Any(d => d.Id == "PACGEN207"));
        }

        [Fact]
        public void Cli_guard_turns_an_exception_into_exit_3_and_one_line()
        {
            string path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pacgen-guard-" + Guid.NewGuid().ToString("N") + ".svd");
            System.IO.File.WriteAllText(path, s_svd);
            Cli.Program.FaultInjectionForTests = () => throw new InvalidOperationException("injected");
            try
            {
                var stdout = new System.IO.StringWriter();
                var stderr = new System.IO.StringWriter();
                int code = Cli.Program.Run(new[] { "check", path }, stdout, stderr);
                Assert.Equal(3, code);
                string line = Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
                Assert.Equal("pacgen: internal error in 'check' on " + path + ": InvalidOperationException: injected; this is a bug in PacGen, please report it with the SVD", line.TrimEnd('\r'));
            }
            finally
            {
                Cli.Program.FaultInjectionForTests = null;
                System.IO.File.Delete(path);
            }
        }
    }
}
