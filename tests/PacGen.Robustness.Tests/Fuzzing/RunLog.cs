using Xunit.Abstractions;
using Xunit.Sdk;

namespace PacGen.Robustness.Tests.Fuzzing
{
    /// <summary>
    /// Lines for the CI log. A passing test's own output is hidden by <c>dotnet test</c>'s console logger, so the fuzz
    /// run's seed and count go out as xUnit diagnostic messages (enabled in xunit.runner.json), which the runner prints
    /// as <c>[xUnit.net 00:00:12.34] fuzz: seed …</c> at the default verbosity.
    /// </summary>
    public sealed class RunLog
    {
        private readonly IMessageSink _sink;

        public RunLog(IMessageSink sink) => _sink = sink;

        public void Write(string line) => _sink.OnMessage(new DiagnosticMessage(line));
    }
}
