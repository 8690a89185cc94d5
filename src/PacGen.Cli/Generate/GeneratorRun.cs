using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PacGen.Testing;

namespace PacGen.Cli.Generate
{
    /// <summary>The generator's output for one SVD: the files a build would add, and what it reported.</summary>
    internal sealed record GeneratorRun(IReadOnlyList<KeyValuePair<string, string>> Sources, ImmutableArray<Diagnostic> Diagnostics)
    {
        public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

        /// <summary>
        /// Runs the PacGen source generator over <paramref name="svdText"/> as MSBuild would for
        /// <c>&lt;PacGenSvd Include="<paramref name="svdPath"/>" Namespace=… NameStyle=… /&gt;</c>. Only the generator
        /// runs (no compilation of its output), which keeps big SVDs quick.
        /// </summary>
        public static GeneratorRun Execute(string svdPath, string svdText, string? @namespace, string nameStyle)
        {
            var file = new InMemoryAdditionalText(svdPath, svdText);
            var options = new ItemMetadataOptionsProvider()
                .With(svdPath, "Namespace", @namespace)
                .With(svdPath, "NameStyle", nameStyle);
            CSharpCompilation compilation = CSharpCompilation.Create(
                "PacGen.Cli.Generate", Array.Empty<SyntaxTree>(), CompilationReferences.All, PacGenTestRunner.CompilationOptions);
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new[] { PacGenTestRunner.CreateGenerator().AsSourceGenerator() },
                additionalTexts: new AdditionalText[] { file },
                parseOptions: PacGenTestRunner.ParseOptions,
                optionsProvider: options);
            GeneratorDriverRunResult run = driver.RunGenerators(compilation).GetRunResult();

            var sources = run.Results
                .SelectMany(r => r.GeneratedSources)
                .Select(s => new KeyValuePair<string, string>(s.HintName, s.SourceText.ToString()))
                .OrderBy(s => s.Key, StringComparer.Ordinal)
                .ToList();
            return new GeneratorRun(sources, run.Diagnostics);
        }
    }
}
