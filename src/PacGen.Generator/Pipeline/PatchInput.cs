using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PacGen.Svd.Model;

namespace PacGen.Generator.Pipeline
{
    /// <summary>
    /// One file a patch may read (an included YAML, the SVD a device YAML's <c>_svd</c> names, an SVD a <c>_copy</c>
    /// reads from): its full path and text. The generator never reads the disk; the build passes these as
    /// AdditionalFiles (the package's targets mark them <c>PacGenInput="true"</c>), so the compiler tracks them.
    /// </summary>
    /// <param name="Text">Null when the compiler could not read the file (the patch then reports it as missing).</param>
    internal sealed record PatchInput(string Path, string? Text)
    {
        public const string InputMetadata = "build_metadata.AdditionalFiles.PacGenInput";

        /// <summary>A YAML file, or any file the build marked as a patch input (an SVD a patch names).</summary>
        public static bool IsInput(AdditionalText file, AnalyzerConfigOptions options) =>
            IsYaml(file.Path) || IsMarkedInput(options);

        /// <summary>Marked <c>PacGenInput="true"</c>: read by a patch, never a device of its own.</summary>
        public static bool IsMarkedInput(AnalyzerConfigOptions options) =>
            options.TryGetValue(InputMetadata, out string? value) && string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

        public static bool IsYaml(string path) =>
            path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

        public static PatchInput Create(AdditionalText file, CancellationToken cancellationToken)
        {
            string? text;
            try
            {
                text = file.GetText(cancellationToken)?.ToString();
            }
            catch (Exception ex) when (PipelineGuard.IsGuarded(ex))
            {
                text = null;
            }

            return new PatchInput(FullPath(file.Path), text);
        }

        /// <summary>Every input once (the first of equal paths), ordered by path: equal whatever the file order.</summary>
        public static EquatableArray<PatchInput> Sort(ImmutableArray<PatchInput> inputs)
        {
            var byPath = new SortedDictionary<string, PatchInput>(StringComparer.Ordinal);
            foreach (PatchInput input in inputs)
            {
                if (!byPath.ContainsKey(input.Path))
                {
                    byPath.Add(input.Path, input);
                }
            }

            return byPath.Values.ToEquatableArray();
        }

        /// <summary>The path as the patch stage resolves it (absolute, normalized), so lookups match its includes.</summary>
        public static string FullPath(string path)
        {
            try
            {
                return System.IO.Path.GetFullPath(path);
            }
            catch (Exception ex) when (ex is ArgumentException || ex is NotSupportedException || ex is System.IO.PathTooLongException)
            {
                return path;
            }
        }
    }
}
