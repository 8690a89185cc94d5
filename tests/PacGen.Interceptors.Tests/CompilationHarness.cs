using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PacGen.Interceptors.Tests
{
    /// <summary>Compiles test sources against the running framework and PacGen.Runtime, runs the interceptor generator.</summary>
    internal static class CompilationHarness
    {
        private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(() =>
        {
            string trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
            return trusted.Split(Path.PathSeparator)
                .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) ||
                               Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
                .Append(typeof(PacGen.Runtime.Mmio).Assembly.Location)
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .ToImmutableArray();
        });

        public static CSharpParseOptions ParseOptions(bool interceptorsEnabled) =>
            interceptorsEnabled
                ? CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest)
                    .WithFeatures(new[] { new KeyValuePair<string, string>("InterceptorsNamespaces", "Other.Namespace;PacGen.Generated") })
                : CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);

        public static CSharpCompilation Compile(string program, bool interceptorsEnabled = true, params string[] extraSources)
        {
            CSharpParseOptions options = ParseOptions(interceptorsEnabled);
            IEnumerable<SyntaxTree> trees = new[] { CSharpSyntaxTree.ParseText(program, options, path: "/src/Program.cs") }
                .Concat(extraSources.Select((source, i) => CSharpSyntaxTree.ParseText(source, options, path: "/src/Extra" + i + ".cs")));
            return CSharpCompilation.Create(
                "App",
                trees,
                s_references.Value,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));
        }

        /// <summary>Runs the interceptor generator; returns the updated compilation and the generated source (or null).</summary>
        public static (Compilation Output, string? Generated, ImmutableArray<Diagnostic> Diagnostics) Generate(CSharpCompilation input)
        {
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new ISourceGenerator[] { new InterceptorGenerator().AsSourceGenerator() },
                parseOptions: (CSharpParseOptions)input.SyntaxTrees.First().Options);
            driver = driver.RunGeneratorsAndUpdateCompilation(input, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
            GeneratorRunResult run = driver.GetRunResult().Results.Single();
            Assert.Null(run.Exception);
            string? generated = run.GeneratedSources.IsEmpty ? null : run.GeneratedSources.Single().SourceText.ToString();
            return (output, generated, generatorDiagnostics.AddRange(output.GetDiagnostics()));
        }

        public static ImmutableArray<Diagnostic> Analyze(Compilation compilation, DiagnosticAnalyzer analyzer) =>
            compilation.WithAnalyzers(ImmutableArray.Create(analyzer)).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();

        public static void AssertNoErrors(ImmutableArray<Diagnostic> diagnostics)
        {
            Diagnostic[] bad = diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
            Assert.True(bad.Length == 0, string.Join(Environment.NewLine, bad.Select(d => d.ToString())));
        }

        /// <summary>Emits and loads the compilation in a collectible context and returns the named type.</summary>
        public static Type Load(Compilation compilation, string typeName)
        {
            using var image = new MemoryStream();
            Microsoft.CodeAnalysis.Emit.EmitResult result = compilation.Emit(image);
            Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
            image.Position = 0;
            var context = new AssemblyLoadContext("interceptor-test", isCollectible: true);
            Assembly assembly = context.LoadFromStream(image);
            return assembly.GetType(typeName, throwOnError: true)!;
        }
    }
}
