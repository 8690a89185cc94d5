using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using PacGen.Interceptors.CodeFixes;

namespace PacGen.Interceptors.Tests
{
    public sealed class CodeFixTests
    {
        private const string Before = """
            using Dev;

            namespace App
            {
                public static class Program
                {
                    public static void Run(Gpio gpio, Gpio.Fsel42 mode)
                    {
                        gpio.Gpfsel4.Write(w => w.Fsel42(mode).Fsel40(1));
                    }
                }
            }
            """;

        private const string After = """
            using Dev;

            namespace App
            {
                public static class Program
                {
                    public static void Run(Gpio gpio, Gpio.Fsel42 mode)
                    {
                        gpio.Gpfsel4.Write(mode, static (w, state) => w.Fsel42(state).Fsel40(1));
                    }
                }
            }
            """;

        [Fact]
        public void RewritesACapturingClosureIntoTheStatePassingFormWhichThenFolds()
        {
            string fixedText = ApplyFix(Before);

            Assert.Equal(After, fixedText);
            // The fixed code is clean: no analyzer warning, and the generator intercepts the call.
            CSharpCompilation compilation = CompilationHarness.Compile(fixedText, true, RegisterFixture.Source);
            Assert.Empty(CompilationHarness.Analyze(compilation, new FoldabilityAnalyzer()));
            (_, string? generated, var diagnostics) = CompilationHarness.Generate(compilation);
            CompilationHarness.AssertNoErrors(diagnostics);
            Assert.Contains("W.Reset.Fsel42(state).Fsel40((uint)(1))", generated, System.StringComparison.Ordinal);
        }

        [Fact]
        public void RewritesAModifyOverSeveralVariablesIntoAModifyWithATupleState()
        {
            string before = Before.Replace("gpio.Gpfsel4.Write(w => w.Fsel42(mode).Fsel40(1));", "uint low = 2;\n            gpio.Gpfsel4.Modify((r, w) => w.Fsel42(mode).Fsel40(r.Fsel40 == low ? low : 1u + low));", System.StringComparison.Ordinal);
            string after = Before.Replace("gpio.Gpfsel4.Write(w => w.Fsel42(mode).Fsel40(1));", "uint low = 2;\n            gpio.Gpfsel4.Modify((mode, low), static (r, w, state) => w.Fsel42(state.mode).Fsel40(r.Fsel40 == state.low ? state.low : 1u + state.low));", System.StringComparison.Ordinal);

            string fixedText = ApplyFix(before);

            Assert.Equal(after, fixedText);
            CSharpCompilation compilation = CompilationHarness.Compile(fixedText, true, RegisterFixture.Source);
            Assert.Empty(CompilationHarness.Analyze(compilation, new FoldabilityAnalyzer()));
            (_, string? generated, var diagnostics) = CompilationHarness.Generate(compilation);
            CompilationHarness.AssertNoErrors(diagnostics);
            Assert.Contains("W.FromRead(r).Fsel42(state.mode)", generated, System.StringComparison.Ordinal);
        }

        [Fact]
        public void MovesFieldsOfThisAndKeepsWriteWithZeroAWriteWithZero()
        {
            const string before = """
                using Dev;

                namespace App
                {
                    public sealed class Driver
                    {
                        private readonly Gpio.Fsel42 _mode = Gpio.Fsel42.Alt0;

                        public uint Low { get; set; } = 3;

                        public void Run(Gpio gpio) => gpio.Gpfsel4.WriteWithZero(w => w.Fsel42(_mode).Fsel40(this.Low));
                    }
                }
                """;

            string fixedText = ApplyFix(before);

            Assert.Contains("gpio.Gpfsel4.WriteWithZero((_mode, this.Low), static (w, state) => w.Fsel42(state._mode).Fsel40(state.Low))", fixedText, System.StringComparison.Ordinal);
            Assert.Empty(CompilationHarness.Analyze(CompilationHarness.Compile(fixedText, true, RegisterFixture.Source), new FoldabilityAnalyzer()));
        }

        [Fact]
        public void OffersNothingWhenTheClosureNeedsThisItself()
        {
            string usesThis = Before.Replace("w.Fsel42(mode).Fsel40(1)", "w.Fsel42(mode).Fsel40(gpio.GetHashCode() == 0 ? 1u : 2u)", System.StringComparison.Ordinal)
                .Replace("public static class Program", "public sealed class Program", System.StringComparison.Ordinal)
                .Replace("public static void Run", "public void Run", System.StringComparison.Ordinal)
                .Replace("gpio.GetHashCode()", "GetHashCode()", System.StringComparison.Ordinal);

            Assert.Empty(Actions(usesThis, out _));
        }

        private static string ApplyFix(string source)
        {
            List<CodeAction> actions = Actions(source, out Document document);
            CodeAction action = Assert.Single(actions);
            Assert.Equal(StatePassingCodeFix.Title, action.Title);
            ImmutableArray<CodeActionOperation> operations = action.GetOperationsAsync(CancellationToken.None).GetAwaiter().GetResult();
            Solution changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
            return changed.GetDocument(document.Id)!.GetTextAsync().GetAwaiter().GetResult().ToString();
        }

        private static List<CodeAction> Actions(string source, out Document document)
        {
            CSharpCompilation template = CompilationHarness.Compile(source, true, RegisterFixture.Source);
            var workspace = new AdhocWorkspace();
            Project project = workspace.AddProject(ProjectInfo.Create(
                ProjectId.CreateNewId(), VersionStamp.Default, "App", "App", LanguageNames.CSharp,
                compilationOptions: template.Options,
                parseOptions: CompilationHarness.ParseOptions(true),
                metadataReferences: template.References));
            project = project.AddDocument("Fixture.cs", SourceText.From(RegisterFixture.Source)).Project;
            document = project.AddDocument("Program.cs", SourceText.From(source));
            Compilation compilation = document.Project.GetCompilationAsync().GetAwaiter().GetResult()!;
            var actions = new List<CodeAction>();
            var fix = new StatePassingCodeFix();
            foreach (Diagnostic diagnostic in CompilationHarness.Analyze(compilation, new FoldabilityAnalyzer()).Where(d => d.Id == "PACGEN201"))
            {
                var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
                fix.RegisterCodeFixesAsync(context).GetAwaiter().GetResult();
            }

            return actions;
        }
    }
}
