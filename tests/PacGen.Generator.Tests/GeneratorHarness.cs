using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PacGen.Testing;
using PacGen.TestSupport;

namespace PacGen.Generator.Tests
{
    /// <summary>Builds generator drivers over in-memory SVD files for the tests that need more than PacGenTestRunner.</summary>
    internal static class GeneratorHarness
    {
        public static string EverythingSvd => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Svd", "Everything.svd"));

        public static string ShippedSvd(string name) => File.ReadAllText(Path.Combine(RepoPaths.SvdFolder, name));

        public static CSharpCompilation EmptyCompilation(params string[] sources) =>
            CSharpCompilation.Create(
                "PacGen.Tests.Generated",
                sources.Select((text, i) => CSharpSyntaxTree.ParseText(text, PacGenTestRunner.ParseOptions, "User" + i + ".cs")),
                CompilationReferences.All,
                PacGenTestRunner.CompilationOptions);

        public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> files, ItemMetadataOptionsProvider? options = null, bool track = false) =>
            CSharpGeneratorDriver.Create(
                new[] { PacGenTestRunner.CreateGenerator().AsSourceGenerator() },
                files,
                PacGenTestRunner.ParseOptions,
                options ?? new ItemMetadataOptionsProvider(),
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

        public static ImmutableArray<Diagnostic> Diagnostics(GeneratorDriver driver) => driver.GetRunResult().Diagnostics;
    }
}
