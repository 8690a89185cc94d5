using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace PacGen.EndToEnd.Tests
{
    /// <summary>
    /// A consumer of the packed PacGen package with a device YAML (issue 14): YamlDotNet ships in analyzers/ and loads
    /// in the compiler, the YAML's includes and the SVD its <c>_svd</c> names are tracked (an edit rebuilds the API),
    /// and a broken patch fails the build with a diagnostic in the YAML, never a crash or a half-patched API.
    /// </summary>
    [Collection(PackedFeedCollection.Name)]
    public sealed class PatchedDeviceBuildTests
    {
        private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(10);
        private readonly PackedFeed _feed;
        private readonly ITestOutputHelper _log;

        public PatchedDeviceBuildTests(PackedFeed feed, ITestOutputHelper log)
        {
            _feed = feed;
            _log = log;
        }

        [Fact]
        public void DeviceYamlFromThePackageBuildsTracksItsIncludesAndReportsABrokenPatchInTheYaml()
        {
            _feed.EnsurePacked();
            using (ZipArchive package = ZipFile.OpenRead(Path.Combine(_feed.FeedDirectory, "PacGen." + _feed.Version + ".nupkg")))
            {
                Assert.Contains(package.Entries, entry => entry.FullName == "analyzers/dotnet/cs/YamlDotNet.dll");
                Assert.Contains(package.Entries, entry => entry.FullName == "build/PacGen.Patch.targets");
            }

            string app = _feed.NewWorkFolder("patched");
            Directory.CreateDirectory(Path.Combine(app, "devices"));
            Directory.CreateDirectory(Path.Combine(app, "peripherals"));
            File.WriteAllText(Path.Combine(app, "chip.svd"), Svd);
            File.WriteAllText(Path.Combine(app, "devices", "chip.yaml"), "_svd: ../chip.svd\n_include:\n  - ../peripherals/p.yaml\n");
            string included = Path.Combine(app, "peripherals", "p.yaml");
            File.WriteAllText(included, Enum("On"));
            File.WriteAllText(Path.Combine(app, "Patched.csproj"), """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                  </PropertyGroup>
                  <ItemGroup>
                    <PacGenSvd Include="devices/chip.yaml" Namespace="Chip" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(app, "Program.cs"), "System.Console.WriteLine(Chip.P.F.On);\n");

            ChildProcess.Dotnet(app, s_timeout, _log, "add", "package", "PacGen", "--version", _feed.Version).Succeeded();
            ProcessResult first = ChildProcess.Dotnet(app, s_timeout, _log, "build", "-c", "Release", "-nodeReuse:false").Succeeded();
            Assert.DoesNotContain("MultipleGlobalAnalyzerKeys", first.Output);
            Assert.Equal("On\n", Run(app));

            // Editing the included file (not a project item of its own) regenerates and recompiles the API.
            File.WriteAllText(included, Enum("Enabled"));
            File.WriteAllText(Path.Combine(app, "Program.cs"), "System.Console.WriteLine(Chip.P.F.Enabled);\n");
            ChildProcess.Dotnet(app, s_timeout, _log, "build", "-c", "Release", "-nodeReuse:false").Succeeded();
            Assert.Equal("Enabled\n", Run(app));

            File.WriteAllText(included, "P: [unclosed\n");
            ProcessResult broken = ChildProcess.Dotnet(app, s_timeout, _log, "build", "-c", "Release", "-nodeReuse:false");
            Assert.NotEqual(0, broken.ExitCode);
            Assert.Contains(included + "(2,1): error PACGEN300", broken.Output); // YamlDotNet reports the unclosed list where input ends
            Assert.DoesNotContain("CS8785", broken.Output);
            Assert.DoesNotContain("AD0001", broken.Output);
            Assert.DoesNotContain("PACGEN100", broken.Output);
        }

        private string Run(string app) =>
            ChildProcess.Dotnet(app, s_timeout, _log, Path.Combine(app, "bin", "Release", "net10.0", "Patched.dll")).Succeeded().Output.Replace("\r\n", "\n");

        private static string Enum(string one) => "P:\n  R:\n    F:\n      Off: [0, \"off\"]\n      " + one + ": [1, \"on\"]\n";

        private const string Svd = """
            <?xml version="1.0" encoding="utf-8"?>
            <device schemaVersion="1.3">
              <name>CHIP</name>
              <addressUnitBits>8</addressUnitBits>
              <width>32</width>
              <size>32</size>
              <peripherals>
                <peripheral>
                  <name>P</name>
                  <description>The patched peripheral</description>
                  <baseAddress>0x40000000</baseAddress>
                  <registers>
                    <register>
                      <name>R</name>
                      <description>The patched register</description>
                      <addressOffset>0</addressOffset>
                      <fields>
                        <field><name>F</name><description>The patched field</description><bitOffset>0</bitOffset><bitWidth>1</bitWidth></field>
                      </fields>
                    </register>
                  </registers>
                </peripheral>
              </peripherals>
            </device>
            """;
    }
}
