using System;
using System.Collections.Immutable;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PacGen.Generator.Pipeline;

namespace PacGen.Interceptors
{
    /// <summary>
    /// The API the PacGen generator produces for this project's own SVD files. Generators never see each other's
    /// output, so when the register types come from an SVD in the same project (the common case), this generator
    /// runs PacGen's generator in-process on the same AdditionalFiles and options and binds call sites against the
    /// result. Cached by the pipeline per SVD: it re-runs only for an SVD whose text or metadata changed.
    /// </summary>
    internal static class GeneratedApi
    {
        private const string PatchMetadata = "build_metadata.AdditionalFiles.PacGenPatch";
        private const string InputMetadata = "build_metadata.AdditionalFiles.PacGenInput";

        /// <summary>
        /// A device PacGen's generator makes an API for (as its SvdFile.IsDevice decides): an SVD the build did not
        /// mark as a patch input, or a device YAML (PacGenPatch set).
        /// </summary>
        public static bool IsDevice(AdditionalText file, AnalyzerConfigOptions options)
        {
            if (file.Path.EndsWith(".svd", StringComparison.OrdinalIgnoreCase))
            {
                return !IsMarkedInput(options);
            }

            return IsYaml(file.Path) && IsPatched(options);
        }

        /// <summary>Whether the device is patched: it then needs the patch inputs beside it, or the generator gives no API.</summary>
        public static bool IsPatched(AnalyzerConfigOptions options) =>
            options.TryGetValue(PatchMetadata, out string? patch) && !string.IsNullOrWhiteSpace(patch);

        /// <summary>A file a patch may read (a YAML, or an SVD the build marked PacGenInput), as the generator's PatchInput.IsInput.</summary>
        public static bool IsPatchInput(AdditionalText file, AnalyzerConfigOptions options) => IsYaml(file.Path) || IsMarkedInput(options);

        private static bool IsYaml(string path) =>
            path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

        private static bool IsMarkedInput(AnalyzerConfigOptions options) =>
            options.TryGetValue(InputMetadata, out string? value) && string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

        /// <summary>Whether the SVD's API is a referenced assembly the package compiled (PacGenOutput=Diagnostics).</summary>
        public static bool IsInReferencedAssembly(AdditionalText file, AnalyzerConfigOptionsProvider options)
        {
            try
            {
                return IsDiagnosticsOnly(file, options);
            }
            catch (FileNotFoundException)
            {
                return false; // no PacGen.Generator.dll: Generate finds nothing to run either
            }
        }

        // Separate and not inlined, so that the generator assembly is loaded only here, inside the caller's try.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static bool IsDiagnosticsOnly(AdditionalText file, AnalyzerConfigOptionsProvider options) =>
            SvdOutputMetadata.Read(options.GetOptions(file)) == SvdOutput.Diagnostics;

        public static ImmutableArray<SyntaxTree> Generate(
            ImmutableArray<AdditionalText> svds,
            AnalyzerConfigOptionsProvider options,
            ParseOptions parseOptions,
            CancellationToken cancellationToken)
        {
            if (svds.IsEmpty || parseOptions is not CSharpParseOptions csharp)
            {
                return ImmutableArray<SyntaxTree>.Empty;
            }

            try
            {
                return Run(svds, options, csharp, cancellationToken);
            }
            catch (FileNotFoundException)
            {
                // PacGen.Generator.dll is not loaded next to this assembly (interceptors used alone, with PAC
                // assemblies only): nothing is generated in this project, so there is nothing to bind.
                return ImmutableArray<SyntaxTree>.Empty;
            }
        }

        // Separate and not inlined, so that the generator assembly is loaded only here, inside the try.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static ImmutableArray<SyntaxTree> Run(
            ImmutableArray<AdditionalText> svds,
            AnalyzerConfigOptionsProvider options,
            CSharpParseOptions parseOptions,
            CancellationToken cancellationToken)
        {
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                ImmutableArray.Create(new PacGenGenerator().AsSourceGenerator()),
                svds,
                parseOptions,
                options);
            driver = driver.RunGenerators(CSharpCompilation.Create("PacGen.Interceptors.GeneratedApi"), cancellationToken);
            return driver.GetRunResult().GeneratedTrees;
        }
    }
}
