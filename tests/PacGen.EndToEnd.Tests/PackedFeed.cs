using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Xunit;
using PacGen.TestSupport;

namespace PacGen.EndToEnd.Tests
{
    /// <summary>
    /// Every PacGen package, packed once per test run into a temporary local feed with a version of its own
    /// (0.1.0-e2e.&lt;time&gt;.&lt;pid&gt;), so the global NuGet cache can never serve a stale copy and nothing has to be
    /// re-downloaded. Packed as a user or a release job packs: `dotnet pack -c Release` at the root of a fresh clone
    /// (<see cref="FreshClone"/>: what committing the work tree would give), so the pack shares no bin/obj folder
    /// with builds running beside it and sees only the files git would ship.
    /// </summary>
    public sealed class PackedFeed : IDisposable
    {
        private static readonly TimeSpan s_packTimeout = TimeSpan.FromMinutes(20);
        private readonly object _toolLock = new();
        private string? _toolCommand;

        public PackedFeed()
        {
            Version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "." +
                Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
            Root = Path.Combine(Path.GetTempPath(), "pacgen-e2e", Guid.NewGuid().ToString("N"));
            FeedDirectory = Path.Combine(Root, "feed");
            Directory.CreateDirectory(FeedDirectory);

            Sources = Path.Combine(Root, "sources");
            FreshClone.Create(RepoPaths.Root, Sources);
            PackResult = ChildProcess.Dotnet(
                Sources,
                s_packTimeout,
                null,
                "pack",
                "-c", "Release",
                "-o", FeedDirectory,
                "-p:Version=" + Version,
                "-nodeReuse:false");
            DebugFoldersAfterPack = Directory.EnumerateDirectories(Sources, "Debug", SearchOption.AllDirectories)
                .Select(folder => Path.GetRelativePath(Sources, folder))
                .OrderBy(folder => folder, StringComparer.Ordinal)
                .ToArray();

            // Projects created under Root restore from the feed first, then from nuget.org; nothing else is consulted.
            File.WriteAllText(Path.Combine(Root, "nuget.config"),
                "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" +
                "<configuration>\n" +
                "  <packageSources>\n" +
                "    <clear />\n" +
                "    <add key=\"pacgen-e2e\" value=\"" + FeedDirectory + "\" />\n" +
                "    <add key=\"nuget.org\" value=\"https://api.nuget.org/v3/index.json\" protocolVersion=\"3\" />\n" +
                "  </packageSources>\n" +
                "</configuration>\n");
        }

        /// <summary>The version every package of this run carries.</summary>
        public string Version { get; }

        /// <summary>The temporary folder holding the feed, nuget.config and the projects the tests create.</summary>
        public string Root { get; }

        public string FeedDirectory { get; }

        /// <summary>The fresh clone the packages were packed from (with its bin/ and obj/ folders).</summary>
        public string Sources { get; }

        /// <summary>The pack command's result; tests assert on it so a failed pack is reported with its output.</summary>
        public ProcessResult PackResult { get; }

        /// <summary>Every folder named Debug in the clone right after the Release pack (there should be none).</summary>
        public string[] DebugFoldersAfterPack { get; }

        /// <summary>The package ids PacGen ships: exactly what `dotnet pack` at the root must produce.</summary>
        public static string[] ShippedPackageIds { get; } =
        {
            "PacGen", "PacGen.Cli", "PacGen.Iot.RaspberryPi", "PacGen.Runtime.Linux", "PacGen.Simulation", "PacGen.Svd", "PacGen.Testing",
        };

        /// <summary>The path of one package of this run in the feed.</summary>
        public string Package(string id) => Path.Combine(FeedDirectory, id + "." + Version + ".nupkg");

        /// <summary>A new folder under <see cref="Root"/> (so it picks up the feed's nuget.config).</summary>
        public string NewWorkFolder(string name)
        {
            string path = Path.Combine(Root, name);
            Directory.CreateDirectory(path);
            return path;
        }

        /// <summary>
        /// Installs the pacgen tool from the feed (once per run, into a tool path under <see cref="Root"/>) and returns
        /// the path of its command.
        /// </summary>
        public string InstallTool()
        {
            lock (_toolLock)
            {
                if (_toolCommand == null)
                {
                    EnsurePacked();
                    string tools = NewWorkFolder("tools");
                    ChildProcess.Dotnet(Root, TimeSpan.FromMinutes(10), null,
                        "tool", "install", "PacGen.Cli", "--tool-path", tools, "--add-source", FeedDirectory, "--version", Version).Succeeded();
                    _toolCommand = Path.Combine(tools, OperatingSystem.IsWindows() ? "pacgen.exe" : "pacgen");
                }

                return _toolCommand;
            }
        }

        public void EnsurePacked()
        {
            PackResult.Succeeded();
            foreach (string id in ShippedPackageIds)
            {
                Assert.True(File.Exists(Package(id)), "missing " + Package(id) + "\n" + PackResult);
            }
        }

        public void Dispose()
        {
            TryDelete(Root);

            // This run's packages in the global cache are never used again (the version is unique): remove them.
            string cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") ??
                Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            foreach (string id in ShippedPackageIds)
            {
                TryDelete(Path.Combine(cache, id.ToLowerInvariant(), Version.ToLowerInvariant()));
            }
        }

        private static void TryDelete(string path)
        {
            try
            {
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }
            }
            catch (IOException)
            {
                // Leftovers in temp are harmless; hiding the test's real outcome behind a cleanup error is not.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    [CollectionDefinition(Name)]
    public sealed class PackedFeedCollection : ICollectionFixture<PackedFeed>
    {
        public const string Name = "packed feed";
    }
}
