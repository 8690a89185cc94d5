using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PacGen.Generator.Pipeline;
using PacGen.Testing;

namespace PacGen.Interceptors.Tests
{
    /// <summary>
    /// Issue 13, as the package's targets set it up: the SVD's API compiled on its own (PacGenOutput=Api) into an
    /// assembly the project references, and the project's compilation given the same SVD with PacGenOutput=Diagnostics.
    /// The project's compilation then contains no API source and the interceptor runs no in-process PacGen: it binds to
    /// the referenced assembly (that folded calls there store what the delegates store: ReferencedPacTests).
    /// </summary>
    public sealed class ApiAssemblyTests
    {
        private const string SvdPath = "/src/tiny.svd";

        [Fact]
        public void The_projects_compilation_adds_no_api_and_the_interceptor_binds_to_the_referenced_assembly()
        {
            (Compilation output, ImmutableArray<Diagnostic> diagnostics, GeneratorDriverRunResult run) = CompileProject(ApiImage(), interceptorsEnabled: true);

            CompilationHarness.AssertNoErrors(diagnostics);
            Assert.Empty(run.Results.Single(result => result.Generator.GetGeneratorType() == typeof(PacGenGenerator)).GeneratedSources);
            Assert.Null(output.GetTypeByMetadataName("Tiny.Unit")?.DeclaringSyntaxReferences.FirstOrDefault());
            string interceptors = run.Results.Single(result => result.Generator.GetGeneratorType() == typeof(InterceptorGenerator))
                .GeneratedSources.Single().SourceText.ToString();
            Assert.Contains(".Mode((global::Tiny.Unit.Mode)(2)).En((bool)(true))", interceptors, StringComparison.Ordinal);
            Assert.Equal(4, interceptors.Split("InterceptsLocation(1, ").Length - 1); // Write, WriteWithZero, Write<TState>, Modify
            Assert.Contains("W.FromRead(r)", interceptors, StringComparison.Ordinal);

            // No in-process PacGen run: the interceptor's per-SVD API step produced no tree.
            GeneratorRunResult interceptor = run.Results.Single(result => result.Generator.GetGeneratorType() == typeof(InterceptorGenerator));
            Assert.All(
                interceptor.TrackedSteps[InterceptorTrackingNames.GeneratedApi].SelectMany(step => step.Outputs),
                output => Assert.Empty((ImmutableArray<SyntaxTree>)output.Value));
        }

        /// <summary>The API assembly's own compile: PacGen's generator alone, PacGenOutput=Api.</summary>
        private static byte[] ApiImage()
        {
            var svd = new InMemoryText(SvdPath, SvdEndToEndTests.Svd);
            CSharpCompilation input = CompilationHarness.Compile("namespace Api { }", interceptorsEnabled: false).WithAssemblyName("App.PacGen.tiny");
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new ISourceGenerator[] { new PacGenGenerator().AsSourceGenerator() },
                new AdditionalText[] { svd },
                CompilationHarness.ParseOptions(interceptorsEnabled: false),
                new ItemMetadataOptionsProvider().With(SvdPath, "Namespace", "Tiny").With(SvdPath, "PacGenOutput", "Api"));
            driver.RunGeneratorsAndUpdateCompilation(input, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
            Assert.Empty(generatorDiagnostics);
            using var image = new MemoryStream();
            Microsoft.CodeAnalysis.Emit.EmitResult emitted = output.Emit(image);
            Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
            return image.ToArray();
        }

        /// <summary>The project's compilation: both generators, the API as a reference, the SVD for its diagnostics.</summary>
        private static (Compilation Output, ImmutableArray<Diagnostic> Diagnostics, GeneratorDriverRunResult Run) CompileProject(byte[] api, bool interceptorsEnabled)
        {
            var svd = new InMemoryText(SvdPath, SvdEndToEndTests.Svd);
            CSharpCompilation input = CompilationHarness.Compile(SvdEndToEndTests.Program, interceptorsEnabled)
                .AddReferences(MetadataReference.CreateFromImage(api));
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new ISourceGenerator[] { new PacGenGenerator().AsSourceGenerator(), new InterceptorGenerator().AsSourceGenerator() },
                new AdditionalText[] { svd },
                CompilationHarness.ParseOptions(interceptorsEnabled),
                new ItemMetadataOptionsProvider().With(SvdPath, "Namespace", "Tiny").With(SvdPath, "PacGenOutput", "Diagnostics"),
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
            driver = driver.RunGeneratorsAndUpdateCompilation(input, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
            GeneratorDriverRunResult run = driver.GetRunResult();
            Assert.All(run.Results, result => Assert.Null(result.Exception));
            return (output, generatorDiagnostics.AddRange(output.GetDiagnostics()), run);
        }
    }
}
