using System;

namespace PacGen.EndToEnd.Tests
{
    /// <summary>A finished child process: what ran, its exit code, and everything it printed (interleaved).</summary>
    public sealed record ProcessResult(string CommandLine, string WorkingDirectory, int ExitCode, string Output, TimeSpan Duration)
    {
        public override string ToString() =>
            "$ " + CommandLine + "\n  (in " + WorkingDirectory + ", exit " + ExitCode + ", " + Duration.TotalSeconds.ToString("F1", System.Globalization.CultureInfo.InvariantCulture) + " s)\n" + Output;
    }
}
