using Microsoft.CodeAnalysis.Diagnostics;

namespace PacGen.Generator.Pipeline
{
    /// <summary>
    /// Which part of an SVD's output a compilation gets, from the <c>PacGenOutput</c> item metadata. The PacGen package's
    /// targets compile each SVD's API once into an assembly of its own under obj/ (<see cref="Api"/>) and give the
    /// project's own compilation the same SVD for its diagnostics only (<see cref="Diagnostics"/>), so every edit of the
    /// project's code binds against that assembly instead of recompiling the API, and the SVD's diagnostics are
    /// reported once, by the compilation the IDE shows.
    /// </summary>
    public enum SvdOutput
    {
        /// <summary>No metadata: the API's sources and the SVD's diagnostics (a project without the package's targets).</summary>
        All = 0,

        /// <summary>The API's sources only: the compilation of the API assembly, whose diagnostics the project reports.</summary>
        Api,

        /// <summary>The SVD's diagnostics only: the project's compilation, which references the API assembly.</summary>
        Diagnostics,
    }

    /// <summary>Reads <see cref="SvdOutput"/> from an SVD item's metadata.</summary>
    public static class SvdOutputMetadata
    {
        /// <summary>The analyzer-config key of the <c>PacGenOutput</c> AdditionalFiles metadata.</summary>
        public const string Key = "build_metadata.AdditionalFiles.PacGenOutput";

        /// <summary>The item's output; a missing or unknown value is <see cref="SvdOutput.All"/> (the metadata is the package's own).</summary>
        public static SvdOutput Read(AnalyzerConfigOptions options)
        {
            options.TryGetValue(Key, out string? value);
            return Parse(value);
        }

        public static SvdOutput Parse(string? value)
        {
            string trimmed = value?.Trim() ?? string.Empty;
            if (string.Equals(trimmed, "Api", System.StringComparison.OrdinalIgnoreCase))
            {
                return SvdOutput.Api;
            }

            return string.Equals(trimmed, "Diagnostics", System.StringComparison.OrdinalIgnoreCase) ? SvdOutput.Diagnostics : SvdOutput.All;
        }
    }
}
