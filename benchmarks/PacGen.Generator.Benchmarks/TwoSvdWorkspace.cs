using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PacGen.Testing;

namespace PacGen.Generator.Benchmarks
{
    /// <summary>
    /// A project as an IDE holds it: one user C# file and two SVD AdditionalFiles (each with its own Namespace),
    /// under one long-lived <see cref="GeneratorDriver"/>. Every edit alternates between two versions of its
    /// input, so each run is a real change from the state the driver last saw — never a no-op re-run.
    /// </summary>
    internal sealed class TwoSvdWorkspace
    {
        private readonly CSharpCompilation[] _compilations;
        private readonly AdditionalText[] _large;
        private readonly AdditionalText[] _small;
        private GeneratorDriver _driver;
        private int _compilationVersion;
        private int _largeVersion;
        private int _smallVersion;

        public TwoSvdWorkspace(string largeSvdText, string smallSvdText)
        {
            CSharpCompilation original = CSharpCompilation.Create(
                "PacGen.Benchmarks.Project",
                new[] { CSharpSyntaxTree.ParseText("class A { }", PacGenTestRunner.ParseOptions, "User.cs") },
                CompilationReferences.All,
                PacGenTestRunner.CompilationOptions);
            SyntaxTree user = original.SyntaxTrees[0];
            _compilations = new[]
            {
                original,
                original.ReplaceSyntaxTree(user, CSharpSyntaxTree.ParseText("class A { int x; }", PacGenTestRunner.ParseOptions, user.FilePath)),
            };
            _large = Versions("large.svd", largeSvdText);
            _small = Versions("small.svd", smallSvdText);
            _driver = CreateDriver(_large[0], _small[0]).RunGenerators(_compilations[0]);
        }

        /// <summary>Everything the driver generated in its last run, in hint-name order (to check an edit reached the output).</summary>
        public string GeneratedText()
        {
            var sources = new List<KeyValuePair<string, string>>();
            foreach (GeneratedSourceResult source in _driver.GetRunResult().Results[0].GeneratedSources)
            {
                sources.Add(new KeyValuePair<string, string>(source.HintName, source.SourceText.ToString()));
            }

            sources.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
            var text = new StringBuilder();
            foreach (KeyValuePair<string, string> source in sources)
            {
                text.Append(source.Key).Append('\n').Append(source.Value);
            }

            return text.ToString();
        }

        /// <summary>Both SVDs from scratch with a new driver: what the first build of the project costs.</summary>
        public GeneratorDriver RunCold() => CreateDriver(_large[_largeVersion], _small[_smallVersion]).RunGenerators(_compilations[_compilationVersion]);

        /// <summary>A C# edit that touches no generator input.</summary>
        public GeneratorDriver EditCSharp()
        {
            _compilationVersion ^= 1;
            return Run();
        }

        public GeneratorDriver EditSmallSvd()
        {
            AdditionalText old = _small[_smallVersion];
            _smallVersion ^= 1;
            _driver = _driver.ReplaceAdditionalText(old, _small[_smallVersion]);
            return Run();
        }

        public GeneratorDriver EditLargeSvd()
        {
            AdditionalText old = _large[_largeVersion];
            _largeVersion ^= 1;
            _driver = _driver.ReplaceAdditionalText(old, _large[_largeVersion]);
            return Run();
        }

        private GeneratorDriver Run() => _driver = _driver.RunGenerators(_compilations[_compilationVersion]);

        private static AdditionalText[] Versions(string path, string svdText) => new AdditionalText[]
        {
            new InMemoryAdditionalText(path, svdText),
            new InMemoryAdditionalText(path, EditFirstPeripheralDescription(svdText)),
        };

        /// <summary>
        /// The edit a user makes: a word added to the first description inside the first peripheral, which lands in
        /// a generated doc comment (the model changes, so the emit step must re-run for that SVD).
        /// </summary>
        private static string EditFirstPeripheralDescription(string svdText)
        {
            int peripheral = svdText.IndexOf("<peripheral>", StringComparison.Ordinal);
            int description = peripheral < 0 ? -1 : svdText.IndexOf("<description>", peripheral, StringComparison.Ordinal);
            if (description < 0)
            {
                throw new InvalidOperationException("The SVD has no <description> inside a <peripheral> to edit.");
            }

            int at = description + "<description>".Length;
            return svdText.Substring(0, at) + "Edited. " + svdText.Substring(at);
        }

        private static GeneratorDriver CreateDriver(AdditionalText large, AdditionalText small) =>
            CSharpGeneratorDriver.Create(
                new[] { PacGenTestRunner.CreateGenerator().AsSourceGenerator() },
                new[] { large, small },
                PacGenTestRunner.ParseOptions,
                new ItemMetadataOptionsProvider().With(large.Path, "Namespace", "Large").With(small.Path, "Namespace", "Small"),
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
    }
}
