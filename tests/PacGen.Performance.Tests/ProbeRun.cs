using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;

namespace PacGen.Performance.Tests
{
    /// <summary>One run of the probe under one JIT configuration: the tier-1 listings and the allocation report.</summary>
    internal sealed class ProbeRun
    {
        private ProbeRun(string configuration, IReadOnlyDictionary<string, MethodListing> listings, IReadOnlyDictionary<string, long> allocations)
        {
            Configuration = configuration;
            Listings = listings;
            Allocations = allocations;
        }

        public string Configuration { get; }

        public IReadOnlyDictionary<string, MethodListing> Listings { get; }

        /// <summary>Bytes allocated per 1000 calls, per form.</summary>
        public IReadOnlyDictionary<string, long> Allocations { get; }

        /// <summary>The built probe, or null when this platform cannot run it (it maps device addresses with Linux x64 mmap).</summary>
        public static string? ProbePath()
        {
            if (!OperatingSystem.IsLinux() || System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture != System.Runtime.InteropServices.Architecture.X64)
            {
                return null;
            }

            string path = typeof(ProbeRun).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(attribute => attribute.Key == "DisasmProbePath").Value!;
            return Path.GetFullPath(path);
        }

        /// <summary>Every form the probe has (Forms.cs); a run is complete when each has a tier-1 listing.</summary>
        public static readonly string[] Forms =
        {
            "HandWrittenWrite", "ValueFormWrite", "ClosureWrite", "StateWrite", "DelegateWrite", "CapturingWrite",
            "HandWrittenModify", "ValueFormModify", "ClosureModify", "StateModify", "DelegateModify", "HandWrittenRead", "GeneratedRead",
        };

        /// <summary>
        /// Runs the probe until every form has reached tier 1. Tier-1 compiles happen on a background thread, so on a
        /// loaded machine (CI runs test projects in parallel on two cores) a short run can end before they do: each
        /// retry calls the forms four times as many rounds.
        /// </summary>
        public static ProbeRun Start(string probe, string configuration, IReadOnlyDictionary<string, string> environment)
        {
            ProbeRun run = Start(probe, configuration, environment, rounds: 12);
            for (int rounds = 48; rounds <= 768 && Forms.Any(form => !run.Listings.ContainsKey(form)); rounds *= 4)
            {
                run = Start(probe, configuration, environment, rounds);
            }

            return run;
        }

        private static ProbeRun Start(string probe, string configuration, IReadOnlyDictionary<string, string> environment, int rounds)
        {
            string listingFile = Path.Combine(Path.GetTempPath(), "pacgen-disasm-" + Guid.NewGuid().ToString("N") + ".txt");
            var start = new ProcessStartInfo(DotnetHost(), "exec \"" + probe + "\" " + rounds.ToString(CultureInfo.InvariantCulture))
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.Environment["DOTNET_JitDisasm"] = "*Forms:*";
            start.Environment["DOTNET_JitStdOutFile"] = listingFile;
            // Promote to tier 1 as soon as the call counts say so, rather than after the default 100 ms quiet period.
            start.Environment["DOTNET_TC_CallCountingDelayMs"] = "0";
            foreach (KeyValuePair<string, string> setting in environment)
            {
                start.Environment[setting.Key] = setting.Value;
            }

            try
            {
                using Process process = Process.Start(start)!;
                System.Threading.Tasks.Task<string> error = process.StandardError.ReadToEndAsync();
                string output = process.StandardOutput.ReadToEnd();
                if (!process.WaitForExit(120_000))
                {
                    process.Kill(entireProcessTree: true);
                    throw new TimeoutException("The disassembly probe did not finish in 2 minutes.");
                }

                Assert.True(process.ExitCode == 0, "probe exited with " + process.ExitCode.ToString(CultureInfo.InvariantCulture) + ": " + error.Result + output);
                string listing = File.ReadAllText(listingFile);
                return new ProbeRun(configuration, JitListing.Optimized(JitListing.Parse(listing)), ParseAllocations(output));
            }
            finally
            {
                File.Delete(listingFile);
            }
        }

        /// <summary>The probe's <c>alloc &lt;Form&gt; &lt;bytes&gt;</c> lines: bytes per 1000 calls, per form.</summary>
        internal static Dictionary<string, long> ParseAllocations(string output)
        {
            var result = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (string line in output.Split('\n'))
            {
                string[] parts = line.Trim().Split(' ');
                if (parts.Length == 3 && parts[0] == "alloc")
                {
                    result[parts[1]] = long.Parse(parts[2], CultureInfo.InvariantCulture);
                }
            }

            return result;
        }

        /// <summary>
        /// The allocation report's contract on every architecture: each documented form allocates 0 bytes, every form
        /// is reported, and the closure over a local does allocate (so the measurement is known to see allocations).
        /// </summary>
        internal static void AssertDocumentedFormsAllocateNothing(string configuration, IReadOnlyDictionary<string, long> allocations)
        {
            foreach (KeyValuePair<string, long> form in allocations.Where(form => form.Key != "CapturingWrite"))
            {
                Xunit.Assert.True(form.Value == 0, configuration + ": " + form.Key + " allocated " + form.Value + " bytes in 1000 calls");
            }

            Xunit.Assert.Equal(Forms.Length, allocations.Count);
            Xunit.Assert.True(allocations["CapturingWrite"] > 0, "a closure over a local allocates; the measurement must see it");
        }

        /// <summary>The dotnet host running this test (dotnet test sets DOTNET_HOST_PATH), else the one on PATH.</summary>
        private static string DotnetHost() =>
            Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
    }
}
