using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PacGen.Generator.Pipeline;

namespace PacGen.Interceptors.Tests
{
    /// <summary>
    /// The register-facts contract: everything the interceptor and analyzer need (Modify's start, field ranges) is
    /// in the generated API's declarations, so a PAC compiled into its own assembly and referenced as metadata is
    /// folded and checked exactly like the same PAC generated into the project.
    /// </summary>
    public sealed class ReferencedPacTests
    {
        private const string Program = """
            using Tiny;

            namespace App
            {
                public static class Program
                {
                    public static unsafe uint[] Run(nuint memory)
                    {
                        var unit = new Unit(memory);
                        var seen = new System.Collections.Generic.List<uint>();
                        unit.Ctrl.Write(w => w.Mode(Unit.Mode.Fast).En(true));
                        seen.Add(unit.Ctrl.Read().Bits);
                        unit.Ctrl.WriteWithZero(w => w.Div(3));
                        seen.Add(unit.Ctrl.Read().Bits);
                        System.Runtime.CompilerServices.Unsafe.WriteUnaligned((void*)(memory + 4), 0x1FFu);
                        unit.Ctrl.Modify((r, w) => w.Mode(Unit.Mode.Slow));
                        seen.Add(unit.Ctrl.Read().Bits);
                        uint div = 2;
                        unit.Ctrl.Modify(div, static (r, w, d) => w.Div(d));
                        seen.Add(unit.Ctrl.Read().Bits);
                        unit.Ctrl.WriteWithZero((Unit.Mode.Slow, true), static (w, s) => w.Mode(s.Item1).En(s.Item2));
                        seen.Add(unit.Ctrl.Read().Bits);
                        return seen.ToArray();
                    }

                    public static void OutOfRange(Unit unit) => unit.Ctrl.WriteWithZero(w => w.Div(5));

                    public static void Captures(Unit unit, uint div, bool on) => unit.Ctrl.Modify((r, w) => w.Div(div).En(on));
                }
            }
            """;

        [Fact]
        public void A_referenced_pac_is_folded_and_checked_like_the_same_pac_in_the_project()
        {
            Outcome referenced = Referenced();
            Outcome inProject = InProject();

            CompilationHarness.AssertNoErrors(referenced.CompileDiagnostics);
            CompilationHarness.AssertNoErrors(inProject.CompileDiagnostics);
            // Six sites, each method's start as the contract fixes it (the state-passing Modify and WriteWithZero too).
            Assert.Equal(6, referenced.Interceptors.Split("InterceptsLocation(1, ").Length - 1);
            Assert.Contains("register.Write(global::Tiny.Unit.CtrlRegister.W.FromRead(r).Div(state))", referenced.Interceptors, StringComparison.Ordinal);
            Assert.Contains("register.Write(global::Tiny.Unit.CtrlRegister.W.Zero.Mode(state.Item1).En(state.Item2))", referenced.Interceptors, StringComparison.Ordinal);
            Assert.Contains("register.Write(global::Tiny.Unit.CtrlRegister.W.Reset.Mode(", referenced.Interceptors, StringComparison.Ordinal);
            Assert.Contains("register.Write(global::Tiny.Unit.CtrlRegister.W.Zero.Div((uint)(3)))", referenced.Interceptors, StringComparison.Ordinal);
            Assert.Contains("register.Write(global::Tiny.Unit.CtrlRegister.W.FromRead(r).Mode(", referenced.Interceptors, StringComparison.Ordinal);
            Assert.Equal(inProject.Interceptors, referenced.Interceptors);

            Assert.Equal(
                new[]
                {
                    "PACGEN205 5 does not fit field DIV: allowed 0x0..0x3",
                    "PACGEN201 This closure captures 'div' and 'on': every call allocates a closure and calls a delegate. Pass them as state: Modify((div, on), static (r, w, state) => ...).",
                },
                referenced.AnalyzerFindings);
            Assert.Equal(inProject.AnalyzerFindings, referenced.AnalyzerFindings);
        }

        [Fact]
        public unsafe void The_folded_calls_on_a_referenced_pac_store_what_the_delegates_store()
        {
            byte[] pac = PacImage();
            uint[] Execute(bool interceptorsEnabled)
            {
                CSharpCompilation app = CompilationHarness.Compile(Program, interceptorsEnabled)
                    .AddReferences(MetadataReference.CreateFromImage(pac));
                (Compilation output, _, ImmutableArray<Diagnostic> diagnostics) = CompilationHarness.Generate(app);
                CompilationHarness.AssertNoErrors(diagnostics);
                using var image = new MemoryStream();
                Assert.True(output.Emit(image).Success);
                var context = new AssemblyLoadContext("referenced-pac", isCollectible: true);
                Assembly pacAssembly = context.LoadFromStream(new MemoryStream(pac));
                context.Resolving += (_, name) => name.Name == pacAssembly.GetName().Name ? pacAssembly : null;
                image.Position = 0;
                Type program = context.LoadFromStream(image).GetType("App.Program", throwOnError: true)!;
                void* memory = NativeMemory.AllocZeroed(0x100);
                try
                {
                    return (uint[])program.GetMethod("Run")!.Invoke(null, new object[] { (nuint)memory })!;
                }
                finally
                {
                    NativeMemory.Free(memory);
                    context.Unload();
                }
            }

            uint[] folded = Execute(interceptorsEnabled: true);

            Assert.Equal(Execute(interceptorsEnabled: false), folded);
            Assert.Equal(new uint[] { 0x12, 0x60, 0xFD, 0xDD, 0x11 }, folded);
        }

        /// <summary>PacGen's output for the SVD, compiled on its own: what a PAC package or issue 13's obj/ assembly holds.</summary>
        private static byte[] PacImage()
        {
            var svd = new InMemoryText("/pac/tiny.svd", SvdEndToEndTests.Svd);
            CSharpCompilation empty = CSharpCompilation.Create(
                "Tiny.Pac",
                Array.Empty<SyntaxTree>(),
                CompilationHarness.Compile(string.Empty).References,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new ISourceGenerator[] { new PacGenGenerator().AsSourceGenerator() },
                new AdditionalText[] { svd },
                CompilationHarness.ParseOptions(interceptorsEnabled: false),
                new NamespaceMetadata(svd, "Tiny"));
            driver.RunGeneratorsAndUpdateCompilation(empty, out Compilation pac, out _);
            using var image = new MemoryStream();
            Microsoft.CodeAnalysis.Emit.EmitResult result = pac.Emit(image);
            Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
            return image.ToArray();
        }

        private static Outcome Referenced()
        {
            CSharpCompilation app = CompilationHarness.Compile(Program, interceptorsEnabled: true)
                .AddReferences(MetadataReference.CreateFromImage(PacImage()));
            // The PAC's register types are metadata here: not one of them is source in this compilation.
            Assert.Null(app.GetTypeByMetadataName("Tiny.Unit+CtrlRegister")!.DeclaringSyntaxReferences.FirstOrDefault());
            (Compilation output, string? interceptors, ImmutableArray<Diagnostic> diagnostics) = CompilationHarness.Generate(app);
            return new Outcome(interceptors ?? string.Empty, diagnostics, Findings(output));
        }

        private static Outcome InProject()
        {
            CSharpCompilation app = CompilationHarness.Compile(Program, interceptorsEnabled: true);
            var svd = new InMemoryText("/src/tiny.svd", SvdEndToEndTests.Svd);
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new ISourceGenerator[] { new PacGenGenerator().AsSourceGenerator(), new InterceptorGenerator().AsSourceGenerator() },
                new AdditionalText[] { svd },
                CompilationHarness.ParseOptions(interceptorsEnabled: true),
                new NamespaceMetadata(svd, "Tiny"));
            driver = driver.RunGeneratorsAndUpdateCompilation(app, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
            string interceptors = driver.GetRunResult().Results
                .Single(run => run.Generator.GetGeneratorType() == typeof(InterceptorGenerator))
                .GeneratedSources.Single().SourceText.ToString();
            return new Outcome(interceptors, generatorDiagnostics.AddRange(output.GetDiagnostics()), Findings(output));
        }

        private static string[] Findings(Compilation compilation) =>
            CompilationHarness.Analyze(compilation, new FoldabilityAnalyzer())
                .OrderBy(d => d.Location.SourceSpan.Start)
                .Select(d => d.Id + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))
                .ToArray();

        private sealed record Outcome(string Interceptors, ImmutableArray<Diagnostic> CompileDiagnostics, string[] AnalyzerFindings);
    }
}
