using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PacGen.Generator.Pipeline;
using PacGen.Testing;

namespace PacGen.Interceptors.Tests
{
    /// <summary>
    /// Issue 13, as the package's targets set it up: the SVD's API compiled on its own (PacGenOutput=Api) into an
    /// assembly the project references, and the project's compilation given the same SVD with PacGenOutput=Diagnostics.
    /// The project's compilation then contains no API source, the interceptor runs no in-process PacGen (it binds to
    /// the referenced assembly), and every folded call stores what its delegate stores.
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
        }

        [Fact]
        public unsafe void Folded_calls_across_the_assembly_boundary_store_what_the_delegates_store()
        {
            byte[] api = ApiImage();
            uint[] Execute(bool interceptorsEnabled)
            {
                (Compilation output, ImmutableArray<Diagnostic> diagnostics, _) = CompileProject(api, interceptorsEnabled);
                CompilationHarness.AssertNoErrors(diagnostics);
                using var image = new MemoryStream();
                Microsoft.CodeAnalysis.Emit.EmitResult emitted = output.Emit(image);
                Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
                var context = new AssemblyLoadContext("api-assembly-test", isCollectible: true);
                try
                {
                    context.LoadFromStream(new MemoryStream(api));
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
                    }
                }
                finally
                {
                    context.Unload();
                }
            }

            uint[] folded = Execute(interceptorsEnabled: true);

            Assert.Equal(Execute(interceptorsEnabled: false), folded);
            Assert.Equal(new uint[] { 0x12, 0x60, 0x11, 0xFD }, folded);
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
                new ItemMetadataOptionsProvider().With(SvdPath, "Namespace", "Tiny").With(SvdPath, "PacGenOutput", "Diagnostics"));
            driver = driver.RunGeneratorsAndUpdateCompilation(input, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
            GeneratorDriverRunResult run = driver.GetRunResult();
            Assert.All(run.Results, result => Assert.Null(result.Exception));
            return (output, generatorDiagnostics.AddRange(output.GetDiagnostics()), run);
        }
    }
}
