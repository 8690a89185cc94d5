namespace PacGen.Generator.Pipeline
{
    /// <summary>
    /// Names of the incremental pipeline steps (<c>WithTrackingName</c>), so tests can assert what was cached.
    /// </summary>
    public static class TrackingNames
    {
        /// <summary>An SVD AdditionalFile with its metadata and text.</summary>
        public const string SvdFiles = "PacGen.SvdFiles";

        /// <summary>Every patch input of the compilation (included YAML, SVDs a patch names), sorted by path.</summary>
        public const string PatchInputs = "PacGen.PatchInputs";

        /// <summary>A device file with the texts of exactly the files its patch reads (unchanged when unpatched).</summary>
        public const string PatchedFiles = "PacGen.PatchedFiles";

        /// <summary>The resolved device model and front-end diagnostics of one SVD.</summary>
        public const string Parse = "PacGen.Parse";

        /// <summary>The plan of one SVD's API (every name, sharing, mask decided) and the diagnostics so far.</summary>
        public const string Plan = "PacGen.Plan";

        /// <summary>The generated sources and all diagnostics of one SVD.</summary>
        public const string Emit = "PacGen.Emit";

        /// <summary>The (path, namespace) of every SVD, sorted: detects two SVDs generating one namespace.</summary>
        public const string Namespaces = "PacGen.Namespaces";

        /// <summary>The project's warning options in an API assembly's compile (fail fast on SVD errors).</summary>
        public const string ApiFailFast = "PacGen.ApiFailFast";
    }
}
