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
    /// re-downloaded. The sources are copied out of the work tree first: the pack then shares no bin/obj folder with
    /// builds running beside it (the rest of `dotnet test`, an IDE).
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

            string sources = Path.Combine(Root, "sources");
            CopySources(RepoPaths.Root, sources);
            PackResult = ChildProcess.Dotnet(
                sources,
                s_packTimeout,
                null,
                "pack", Path.Combine(sources, "src", "PacGen.Package", "PacGen.Packages.slnx"),
                "-c", "Release",
                "-o", FeedDirectory,
                "-p:Version=" + Version,
                "-nodeReuse:false");

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

        /// <summary>The pack command's result; tests assert on it so a failed pack is reported with its output.</summary>
        public ProcessResult PackResult { get; }

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
            foreach (string id in new[] { "PacGen", "PacGen.Svd", "PacGen.Simulation", "PacGen.Testing", "PacGen.Cli" })
            {
                string package = Path.Combine(FeedDirectory, id + "." + Version + ".nupkg");
                Assert.True(File.Exists(package), "missing " + package + "\n" + PackResult);
            }
        }

        public void Dispose()
        {
            TryDelete(Root);

            // This run's packages in the global cache are never used again (the version is unique): remove them.
            string cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") ??
                Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            foreach (string id in new[] { "pacgen", "pacgen.svd", "pacgen.simulation", "pacgen.testing", "pacgen.cli" })
            {
                TryDelete(Path.Combine(cache, id, Version.ToLowerInvariant()));
            }
        }

        // The files a build of the packages reads: src/ and the root's props, global.json, README, configs.
        private static void CopySources(string repository, string destination)
        {
            Directory.CreateDirectory(destination);
            foreach (string file in Directory.EnumerateFiles(repository))
            {
                File.Copy(file, Path.Combine(destination, Path.GetFileName(file)));
            }

            CopyTree(Path.Combine(repository, "src"), Path.Combine(destination, "src"));

            // PacGen.Iot.RaspberryPi compiles the API of the shipped svd/bcm2711.svd into its package.
            CopyTree(Path.Combine(repository, "svd"), Path.Combine(destination, "svd"));
        }

        private static void CopyTree(string source, string destination)
        {
            Directory.CreateDirectory(destination);
            foreach (string file in Directory.EnumerateFiles(source))
            {
                File.Copy(file, Path.Combine(destination, Path.GetFileName(file)));
            }

            foreach (string folder in Directory.EnumerateDirectories(source))
            {
                string name = Path.GetFileName(folder);
                if (name is "bin" or "obj" or ".vs" || name.StartsWith('.'))
                {
                    continue;
                }

                CopyTree(folder, Path.Combine(destination, name));
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
