using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PacGen.Svd.Model;

namespace PacGen.Generator.Pipeline
{
    /// <summary>
    /// One device AdditionalFile (an SVD, or a device YAML whose <c>_svd</c> names the SVD): its path, the item
    /// metadata the build passed, its text and, when patched, the texts of every file the patch reads.
    /// </summary>
    /// <param name="Namespace">The <c>Namespace</c> metadata, or null when absent or empty.</param>
    /// <param name="NameStyle">The <c>NameStyle</c> metadata verbatim, or null.</param>
    /// <param name="Text">The file's text; null when the file could not be read.</param>
    /// <param name="AtomicAliases">The <c>AtomicAliases</c> metadata verbatim (trimmed), or null.</param>
    internal sealed record SvdFile(string Path, string? Namespace, string? NameStyle, string? Text, string? AtomicAliases = null)
    {
        /// <summary>Which part of the output this compilation gets (the <c>PacGenOutput</c> metadata).</summary>
        public SvdOutput Output { get; init; }

        public const string NamespaceMetadata = "build_metadata.AdditionalFiles.Namespace";
        public const string NameStyleMetadata = "build_metadata.AdditionalFiles.NameStyle";
        public const string AtomicAliasesMetadata = "build_metadata.AdditionalFiles.AtomicAliases";
        public const string PatchMetadata = "build_metadata.AdditionalFiles.PacGenPatch";

        /// <summary>
        /// The patch to apply (full path of the YAML; for a device YAML, itself), from the <c>PacGenPatch</c> metadata
        /// (the package's targets set it from <c>&lt;PacGenSvd Patch="…"&gt;</c> or a <c>.yaml</c> item); null: unpatched.
        /// </summary>
        public string? Patch { get; init; }

        /// <summary>The files the patch reads (includes, the SVD it names), from the tracked inputs; empty when unpatched.</summary>
        public EquatableArray<PatchInput> Inputs { get; init; } = EquatableArray<PatchInput>.Empty;

        public static bool IsSvd(AdditionalText file) => IsSvdPath(file.Path);

        public static bool IsSvdPath(string path) => path.EndsWith(".svd", StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// A device of its own: an SVD not marked as a patch input, or a YAML the build names as a device patch
        /// (<c>PacGenPatch</c> set). Other YAML files are only read through a device's patch.
        /// </summary>
        public static bool IsDevice(AdditionalText file, AnalyzerConfigOptions options)
        {
            if (IsSvd(file))
            {
                return !PatchInput.IsMarkedInput(options);
            }

            return PatchInput.IsYaml(file.Path) && options.TryGetValue(PatchMetadata, out string? patch) && !string.IsNullOrWhiteSpace(patch);
        }

        public static SvdFile Create(AdditionalText file, AnalyzerConfigOptions options, CancellationToken cancellationToken)
        {
            SourceText? text;
            try
            {
                text = file.GetText(cancellationToken);
            }
            catch (Exception ex) when (PipelineGuard.IsGuarded(ex))
            {
                text = null; // reported as PACGEN009 (file unreadable) by the parse step: an I/O problem, not a PacGen bug
            }

            options.TryGetValue(NamespaceMetadata, out string? @namespace);
            options.TryGetValue(NameStyleMetadata, out string? nameStyle);
            options.TryGetValue(AtomicAliasesMetadata, out string? atomicAliases);
            options.TryGetValue(PatchMetadata, out string? patch);
            return FromMetadata(file.Path, @namespace, nameStyle, text?.ToString(), atomicAliases) with
            {
                Encoding = text?.Encoding?.WebName,
                Output = SvdOutputMetadata.Read(options),
                Patch = string.IsNullOrWhiteSpace(patch) ? null : PatchInput.FullPath(patch!.Trim()),
            };
        }

        /// <summary>
        /// The encoding the compiler decoded the file with (null: unknown). Not UTF-8 means the file was not valid
        /// UTF-8 and the compiler fell back to Windows-1252: the reader reports that (PACGEN036).
        /// </summary>
        public string? Encoding { get; init; }

        /// <summary>The file as the pipeline sees it, from raw item metadata: blank values are absent, others trimmed.</summary>
        public static SvdFile FromMetadata(string path, string? @namespace, string? nameStyle, string? text, string? atomicAliases = null) =>
            new SvdFile(path, Normalize(@namespace), Normalize(nameStyle), text, Normalize(atomicAliases));

        private static string? Normalize(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
    }
}
