using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Diagnostics;
using PacGen.Svd.Diagnostics;
using PacGen.Svd.Model;

namespace PacGen.Generator.Pipeline
{
    /// <summary>
    /// The project's warning options as the package's targets hand them to the compile of an SVD's API assembly
    /// (global <c>build_property.PacGenApi*</c> keys), so that compile can fail fast: when the SVD has diagnostics that
    /// would fail the project's build anyway (an error, or a warning its TreatWarningsAsErrors/WarningsAsErrors makes
    /// one), the API's compile reports them, located in the SVD, and adds no source — the build stops after parsing the
    /// SVD instead of after compiling 100k generated lines, and the project's own compile (which would report them
    /// again) never runs. Otherwise the API's compile reports nothing, as before (the project's compile reports them).
    /// Severity overrides in the project's .editorconfig/.globalconfig are not seen here: such a build still fails
    /// correctly, in the project's compile, only not fast.
    /// </summary>
    /// <param name="Enabled">Set by the targets outside design-time builds (an IDE keeps getting the API).</param>
    internal sealed record ApiFailFast(
        bool Enabled,
        bool TreatWarningsAsErrors,
        EquatableArray<string> WarningsAsErrors,
        EquatableArray<string> WarningsNotAsErrors,
        EquatableArray<string> NoWarn)
    {
        public const string EnabledKey = "build_property.PacGenApiFailFast";
        public const string TreatWarningsAsErrorsKey = "build_property.PacGenApiTreatWarningsAsErrors";
        public const string WarningsAsErrorsKey = "build_property.PacGenApiWarningsAsErrors";
        public const string WarningsNotAsErrorsKey = "build_property.PacGenApiWarningsNotAsErrors";
        public const string NoWarnKey = "build_property.PacGenApiNoWarn";

        public static ApiFailFast Disabled { get; } = new ApiFailFast(
            false, false, EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<string>.Empty);

        public static ApiFailFast Read(AnalyzerConfigOptions global) =>
            new ApiFailFast(
                IsTrue(global, EnabledKey),
                IsTrue(global, TreatWarningsAsErrorsKey),
                Ids(global, WarningsAsErrorsKey),
                Ids(global, WarningsNotAsErrorsKey),
                Ids(global, NoWarnKey));

        /// <summary>The severity the project's build gives <paramref name="diagnostic"/>; null when NoWarn hides it.</summary>
        public SvdSeverity? EffectiveSeverity(LocatedDiagnostic diagnostic)
        {
            if (diagnostic.Severity != SvdSeverity.Warning)
            {
                return diagnostic.Severity;
            }

            // As csc applies them: /nowarn wins over /warnaserror, a listed id over the general switch.
            if (Contains(NoWarn, diagnostic.Id))
            {
                return null;
            }

            if (Contains(WarningsAsErrors, diagnostic.Id))
            {
                return SvdSeverity.Error;
            }

            return TreatWarningsAsErrors && !Contains(WarningsNotAsErrors, diagnostic.Id) ? SvdSeverity.Error : SvdSeverity.Warning;
        }

        /// <summary>Whether the API's compile should stop here: enabled, and some diagnostic is an error in the project's build.</summary>
        public bool Fails(EquatableArray<LocatedDiagnostic> diagnostics)
        {
            if (!Enabled)
            {
                return false;
            }

            foreach (LocatedDiagnostic diagnostic in diagnostics)
            {
                if (EffectiveSeverity(diagnostic) == SvdSeverity.Error)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsTrue(AnalyzerConfigOptions global, string key) =>
            global.TryGetValue(key, out string? value) && string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase);

        // MSBuild lists are ';' or ',' separated; the targets send spaces (';' starts an .editorconfig comment).
        private static EquatableArray<string> Ids(AnalyzerConfigOptions global, string key)
        {
            if (!global.TryGetValue(key, out string? value))
            {
                return EquatableArray<string>.Empty;
            }

            var ids = new List<string>();
            foreach (string id in value.Split(new[] { ' ', ';', ',', '\t' }, StringSplitOptions.RemoveEmptyEntries))
            {
                ids.Add(id.Trim().ToUpperInvariant());
            }

            ids.Sort(StringComparer.Ordinal);
            return ids.ToEquatableArray();
        }

        private static bool Contains(EquatableArray<string> ids, string id)
        {
            foreach (string candidate in ids)
            {
                if (string.Equals(candidate, id, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
