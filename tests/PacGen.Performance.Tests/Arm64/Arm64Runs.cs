using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace PacGen.Performance.Tests.Arm64
{
    /// <summary>One arm64 build of the probe: its forms' listings and the allocation report of its run under qemu.</summary>
    internal sealed record Arm64Run(string Configuration, IReadOnlyDictionary<string, ArmListing> Listings, IReadOnlyDictionary<string, long> Allocations);

    /// <summary>
    /// Runs <c>scripts/aot-disasm.sh --arch arm64</c> once for the test class: the NativeAOT cross-compile and
    /// the self-contained JIT publish, both run under qemu-aarch64 (the probe's agreement check is its exit code),
    /// then reads the listings. Where the tools are missing, <see cref="SkipReason"/> says which (the script's
    /// <c>--check-tools</c>); the outcome goes to the CI log as an xUnit diagnostic message either way.
    /// </summary>
    public sealed class Arm64Runs
    {
        private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(25);

        public Arm64Runs(IMessageSink sink)
        {
            string root = typeof(Arm64Runs).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(attribute => attribute.Key == "PacGenRepoRoot").Value!;
            string script = Path.Combine(root, "scripts", "aot-disasm.sh");
            if (!OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture != Architecture.X64)
            {
                SkipReason = "the script cross-compiles on a Linux x64 host; this is " + RuntimeInformation.OSDescription + " " + RuntimeInformation.ProcessArchitecture;
            }
            else
            {
                (int status, string output) = Run(script, "--check-tools --arch arm64", s_timeout);
                if (status == 3)
                {
                    SkipReason = string.Join(", ", output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                }
                else if (status != 0)
                {
                    Failure = "aot-disasm.sh --check-tools exited with " + status.ToString(CultureInfo.InvariantCulture) + ": " + output;
                }
            }

            if (SkipReason is not null || Failure is not null)
            {
                sink.OnMessage(new DiagnosticMessage("arm64 zero-cost check: " + (SkipReason is not null ? "skipped, " + SkipReason : Failure!)));
                return;
            }

            string folder = Path.Combine(Path.GetTempPath(), "pacgen-arm64-" + Guid.NewGuid().ToString("N"));
            var clock = Stopwatch.StartNew();
            try
            {
                (int status, string output) = Run(script, "--arch arm64 \"" + folder + "\"", s_timeout);
                Log = output;
                if (status != 0)
                {
                    Failure = "aot-disasm.sh --arch arm64 exited with " + status.ToString(CultureInfo.InvariantCulture) + ":\n" + output;
                }
                else
                {
                    Runs = Read(folder);
                }
            }
            finally
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }

            sink.OnMessage(new DiagnosticMessage(
                "arm64 zero-cost check: " + (Failure ?? "ran scripts/aot-disasm.sh --arch arm64 (NativeAOT and JIT under qemu-aarch64) in " +
                clock.Elapsed.TotalSeconds.ToString("0", CultureInfo.InvariantCulture) + " s; " +
                string.Join(", ", Runs.Select(run => run.Configuration + ": " + run.Listings.Count.ToString(CultureInfo.InvariantCulture) + " forms")))));
        }

        /// <summary>Why the check did not run (the missing tools and their Debian packages), or null.</summary>
        internal string? SkipReason { get; }

        /// <summary>Why the script failed (then every test fails with it), or null.</summary>
        internal string? Failure { get; }

        internal string Log { get; } = string.Empty;

        /// <summary>NativeAOT, then the JIT with Dynamic PGO on and off.</summary>
        internal IReadOnlyList<Arm64Run> Runs { get; } = [];

        private static IReadOnlyList<Arm64Run> Read(string folder)
        {
            string aot = Path.Combine(folder, "linux-arm64", "aot");
            string jit = Path.Combine(folder, "linux-arm64", "jit");
            var nativeAot = Directory.GetFiles(aot, "*.asm")
                .Select(file => ArmListingParser.ParseObjdump(Path.GetFileNameWithoutExtension(file), File.ReadAllText(file)))
                .ToDictionary(listing => listing.Method, StringComparer.Ordinal);
            return new[]
            {
                new Arm64Run("NativeAOT", nativeAot, ProbeRun.ParseAllocations(File.ReadAllText(Path.Combine(aot, "run.txt")))),
                new Arm64Run("JIT, PGO on", ArmListingParser.ParseJitOptimized(File.ReadAllText(Path.Combine(jit, "pgo-on.txt"))), ProbeRun.ParseAllocations(File.ReadAllText(Path.Combine(jit, "pgo-on.run.txt")))),
                new Arm64Run("JIT, PGO off", ArmListingParser.ParseJitOptimized(File.ReadAllText(Path.Combine(jit, "pgo-off.txt"))), ProbeRun.ParseAllocations(File.ReadAllText(Path.Combine(jit, "pgo-off.run.txt")))),
            };
        }

        private static (int Status, string Output) Run(string script, string arguments, TimeSpan timeout)
        {
            var start = new ProcessStartInfo("bash", "\"" + script + "\" " + arguments)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            // The outer dotnet test's MSBuild settings must not steer the script's own dotnet publish.
            foreach (string variable in new[] { "MSBUILD_EXE_PATH", "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBuildLoadMicrosoftTargetsReadOnly" })
            {
                start.Environment.Remove(variable);
            }

            using Process process = Process.Start(start)!;
            System.Threading.Tasks.Task<string> error = process.StandardError.ReadToEndAsync();
            System.Threading.Tasks.Task<string> output = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                return (-1, "timed out after " + timeout.TotalMinutes.ToString(CultureInfo.InvariantCulture) + " minutes\n" + output.Result + error.Result);
            }

            return (process.ExitCode, output.Result + error.Result);
        }
    }
}
