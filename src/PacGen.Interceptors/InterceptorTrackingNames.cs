namespace PacGen.Interceptors
{
    /// <summary>
    /// Names of the interceptor generator's pipeline steps, so tests can see which steps an edit re-ran
    /// (<c>WithTrackingName</c>; Roslyn reports them when step tracking is on).
    /// </summary>
    internal static class InterceptorTrackingNames
    {
        /// <summary>Whether the project opted in to the PacGen.Generated interceptors namespace.</summary>
        public const string Enabled = "PacGen.Interceptors.Enabled";

        /// <summary>Call sites on register types the compilation itself sees (a referenced PAC).</summary>
        public const string DirectSites = "PacGen.Interceptors.DirectSites";

        /// <summary>PacGen's generator run in-process, one run per SVD of the project: the expensive step, cached per SVD.</summary>
        public const string GeneratedApi = "PacGen.Interceptors.GeneratedApi";

        /// <summary>Call sites bound against the generated API.</summary>
        public const string ApiSites = "PacGen.Interceptors.ApiSites";
    }
}
