using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using Xunit;
using Xunit.Abstractions;

namespace PacGen.EndToEnd.Tests
{
    /// <summary>
    /// Runs dotnet (and the installed tool) the way a user's shell would, isolated from the test host's own build:
    /// no telemetry or banners, no MSBuild node reuse (no build servers outliving the test), and none of the
    /// MSBuild variables the outer `dotnet test` leaves in the environment.
    /// </summary>
    internal static class ChildProcess
    {
        private static readonly string[] s_inheritedMsBuildVariables =
        {
            "MSBUILD_EXE_PATH", "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBuildLoadMicrosoftTargetsReadOnly",
            "MSBUILDNOINPROCNODE", "VSTEST_HOST_DEBUG", "VSTEST_RUNNER_DEBUG",
        };

        public static ProcessResult Run(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout, ITestOutputHelper? log = null)
        {
            ProcessStartInfo start = StartInfo(fileName, arguments, workingDirectory);
            var output = new StringBuilder();
            var stopwatch = Stopwatch.StartNew();
            using var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => Append(output, e.Data);
            process.ErrorDataReceived += (_, e) => Append(output, e.Data);
            process.Start();
            process.StandardInput.Close();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            string commandLine = fileName + " " + string.Join(" ", start.ArgumentList);
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                throw new TimeoutException("Timed out after " + timeout + ":\n$ " + commandLine + "\n" + Snapshot(output));
            }

            process.WaitForExit(); // flushes the asynchronous output readers
            var result = new ProcessResult(commandLine, workingDirectory, process.ExitCode, Snapshot(output), stopwatch.Elapsed);
            log?.WriteLine(result.CommandLine + "  -> exit " + result.ExitCode + " in " + result.Duration.TotalSeconds.ToString("F1", System.Globalization.CultureInfo.InvariantCulture) + " s");
            return result;
        }

        /// <summary>
        /// Starts dotnet with the same isolated environment as <see cref="Run"/>, output discarded, for a test that
        /// interrupts it (the caller kills the process tree and disposes the process).
        /// </summary>
        public static Process StartDotnet(string workingDirectory, params string[] arguments)
        {
            ProcessStartInfo start = StartInfo("dotnet", arguments, workingDirectory);
            start.RedirectStandardOutput = false;
            start.RedirectStandardError = false;
            return Process.Start(start)!;
        }

        private static ProcessStartInfo StartInfo(string fileName, IEnumerable<string> arguments, string workingDirectory)
        {
            var start = new ProcessStartInfo(fileName)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
            };
            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            foreach (string name in s_inheritedMsBuildVariables)
            {
                start.Environment.Remove(name);
            }

            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
            start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
            start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            start.Environment["DOTNET_CLI_DO_NOT_USE_MSBUILD_SERVER"] = "1";
            start.Environment["UseSharedCompilation"] = "false";
            return start;
        }

        public static ProcessResult Dotnet(string workingDirectory, TimeSpan timeout, ITestOutputHelper? log, params string[] arguments) =>
            Run("dotnet", arguments, workingDirectory, timeout, log);

        /// <summary>Fails the test with the command's whole output when it did not exit 0.</summary>
        public static ProcessResult Succeeded(this ProcessResult result)
        {
            Assert.True(result.ExitCode == 0, "Command failed:\n" + result);
            return result;
        }

        private static void Append(StringBuilder output, string? line)
        {
            if (line != null)
            {
                lock (output)
                {
                    output.AppendLine(line);
                }
            }
        }

        private static string Snapshot(StringBuilder output)
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }
}
