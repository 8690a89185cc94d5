using System.IO;

namespace PacGen.Cli
{
    /// <summary>Where a command writes: results to <see cref="Out"/>, diagnostics to <see cref="Error"/>, progress to <see cref="Progress"/>.</summary>
    public sealed class CliContext
    {
        internal CliContext(TextWriter output, TextWriter error, ProgressReporter progress)
        {
            Out = output;
            Error = error;
            Progress = progress;
        }

        public TextWriter Out { get; }

        public TextWriter Error { get; }

        internal ProgressReporter Progress { get; }
    }
}
