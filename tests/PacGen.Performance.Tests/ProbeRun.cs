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

        /// <summary>Runs the probe with <paramref name="environment"/> added to the JIT settings every run needs.</summary>
        public static ProbeRun Start(string probe, string configuration, IReadOnlyDictionary<string, string> environment)
        {
            string listingFile = Path.Combine(Path.GetTempPath(), "pacgen-disasm-" + Guid.NewGuid().ToString("N") + ".txt");
            var start = new ProcessStartInfo(DotnetHost(), "exec \"" + probe + "\"")
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

        private static Dictionary<string, long> ParseAllocations(string output)
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

        /// <summary>The dotnet host running this test (dotnet test sets DOTNET_HOST_PATH), else the one on PATH.</summary>
        private static string DotnetHost() =>
            Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
    }
}
