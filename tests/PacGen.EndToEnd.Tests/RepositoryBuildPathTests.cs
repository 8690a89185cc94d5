using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using Xunit;
using Xunit.Abstractions;

namespace PacGen.EndToEnd.Tests
{
    /// <summary>
    /// The build paths a contributor or a release job tries on a fresh clone (issue 17): `dotnet pack` at the root
    /// (the packed feed every test here uses is that pack), and `dotnet build src/PacGen.Cli -o &lt;absolute dir&gt;`.
    /// </summary>
    [Collection(PackedFeedCollection.Name)]
    public sealed class RepositoryBuildPathTests
    {
        private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(10);
        private readonly PackedFeed _feed;
        private readonly ITestOutputHelper _log;

        public RepositoryBuildPathTests(PackedFeed feed, ITestOutputHelper log)
        {
            _feed = feed;
            _log = log;
        }

        [Fact]
        public void PackAtTheRootPacksExactlyTheShippedPackagesWithoutWarningsOrDebugBuilds()
        {
            _feed.EnsurePacked();
            string[] packed = Directory.GetFiles(_feed.FeedDirectory, "*.nupkg")
                .Select(path => Path.GetFileName(path)[..^(_feed.Version.Length + ".nupkg".Length + 1)])
                .Order(StringComparer.Ordinal)
                .ToArray();
            Assert.Equal(PackedFeed.ShippedPackageIds.Order(StringComparer.Ordinal), packed);

            // NU5017 (a package with nothing in it), NU5128 and friends, or any compiler warning: none.
            string[] warnings = Regex.Matches(_feed.PackResult.Output, @"^.*: warning [A-Z]+[0-9]+.*$", RegexOptions.Multiline)
                .Select(match => match.Value)
                .ToArray();
            Assert.True(warnings.Length == 0, string.Join("\n", warnings));

            // A Release pack builds Release only (project references used to be built in their default configuration).
            Assert.True(_feed.DebugFoldersAfterPack.Length == 0, "Debug builds: " + string.Join(", ", _feed.DebugFoldersAfterPack));

            // PacGen.Testing is the packing project's package (its library and the generator it runs), not a stray pack
            // of src/PacGen.Testing with the same id.
            using ZipArchive testing = ZipFile.OpenRead(_feed.Package("PacGen.Testing"));
            Assert.Equal(
                new[] { "lib/net8.0/PacGen.Generator.dll", "lib/net8.0/PacGen.Testing.dll" },
                testing.Entries.Select(entry => entry.FullName).Where(name => name.StartsWith("lib/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
            using var nuspec = new StreamReader(testing.GetEntry("PacGen.Testing.nuspec")!.Open());
            string dependencies = nuspec.ReadToEnd();
            Assert.Contains("id=\"PacGen.Svd\" version=\"" + _feed.Version + "\"", dependencies, StringComparison.Ordinal);
            Assert.Contains("id=\"Microsoft.CodeAnalysis.CSharp\"", dependencies, StringComparison.Ordinal);
        }

        [Fact]
        public void TheAnalyzerPackageShipsTheCodeFixBesideTheGenerators()
        {
            _feed.EnsurePacked();
            using ZipArchive package = ZipFile.OpenRead(_feed.Package("PacGen"));
            ZipArchiveEntry[] analyzers = package.Entries
                .Where(entry => entry.FullName.StartsWith("analyzers/dotnet/cs/", StringComparison.Ordinal))
                .OrderBy(entry => entry.FullName, StringComparer.Ordinal)
                .ToArray();
            Assert.Equal(
                new[]
                {
                    "analyzers/dotnet/cs/PacGen.Generator.dll",
                    "analyzers/dotnet/cs/PacGen.Interceptors.CodeFixes.dll",
                    "analyzers/dotnet/cs/PacGen.Interceptors.dll",
                    "analyzers/dotnet/cs/PacGen.Svd.dll",
                    "analyzers/dotnet/cs/YamlDotNet.dll",
                },
                analyzers.Select(entry => entry.FullName));

            // The shipped assembly is the code fix itself: it defines the state-passing CodeFixProvider.
            ZipArchiveEntry codeFix = analyzers.Single(entry => entry.Name == "PacGen.Interceptors.CodeFixes.dll");
            using var bytes = new MemoryStream();
            using (Stream stream = codeFix.Open())
            {
                stream.CopyTo(bytes);
            }

            bytes.Position = 0;
            using var pe = new PEReader(bytes);
            MetadataReader metadata = pe.GetMetadataReader();
            string[] types = metadata.TypeDefinitions.Select(handle => metadata.GetString(metadata.GetTypeDefinition(handle).Name)).ToArray();
            Assert.Contains("StatePassingCodeFix", types);
        }

        [Fact]
        public void BuildingTheCliIntoAnAbsoluteOutputFolderGivesAWorkingTool()
        {
            _feed.EnsurePacked();
            string output = _feed.NewWorkFolder("cli-output");
            ChildProcess.Dotnet(_feed.Sources, s_timeout, _log, "build", Path.Combine("src", "PacGen.Cli"), "-o", output, "-nodeReuse:false").Succeeded();

            // The tool loads the generator and the SVD front end from that folder: `check` runs both.
            ProcessResult check = ChildProcess.Run(
                Path.Combine(output, OperatingSystem.IsWindows() ? "pacgen.exe" : "pacgen"),
                new[] { "check", Path.Combine(_feed.Sources, "svd", "bcm2711.svd") },
                _feed.Sources,
                s_timeout,
                _log).Succeeded();
            Assert.Contains("0 errors", check.Output, StringComparison.Ordinal);
        }
    }
}
