using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;
using Xunit.Abstractions;

namespace PacGen.EndToEnd.Tests
{
    /// <summary>
    /// A TreatWarningsAsErrors project whose SVD has a real problem fails fast (issue 17): the build stops in the compile
    /// of the SVD's API assembly, which reports the SVD's diagnostics located in the SVD and compiles no generated code;
    /// the project's own compile never runs. The same project without the warning as an error builds and runs.
    /// </summary>
    [Collection(PackedFeedCollection.Name)]
    public sealed class FailFastBuildTests
    {
        private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(10);
        private readonly PackedFeed _feed;
        private readonly ITestOutputHelper _log;

        public FailFastBuildTests(PackedFeed feed, ITestOutputHelper log)
        {
            _feed = feed;
            _log = log;
        }

        [Fact]
        public void AWarningsAsErrorsProjectStopsAtTheSvdsWarningBeforeCompilingTheApi()
        {
            _feed.EnsurePacked();
            string app = _feed.NewWorkFolder("fail-fast");
            File.WriteAllText(Path.Combine(app, "chip.svd"), """
                <?xml version="1.0" encoding="utf-8"?>
                <device schemaVersion="1.3">
                  <name>CHIP</name>
                  <width>32</width><size>32</size><resetValue>0</resetValue><resetMask>0xFFFFFFFF</resetMask>
                  <peripherals>
                    <peripheral>
                      <name>TIMER</name>
                      <baseAddress>0x40000000</baseAddress>
                      <addressBlock><offset>0</offset><size>0x100</size><usage>registers</usage></addressBlock>
                      <registers>
                        <register><name>CTRL</name><addressOffset>0</addressOffset><fields><field><name>EN</name><bitOffset>0</bitOffset><bitWidth>1</bitWidth></field></fields></register>
                        <register><name>MODE</name><addressOffset>0</addressOffset></register>
                      </registers>
                    </peripheral>
                  </peripherals>
                </device>
                """);
            File.WriteAllText(Path.Combine(app, "App.csproj"), """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
                  </PropertyGroup>
                  <ItemGroup>
                    <PacGenSvd Include="chip.svd" Namespace="Chip" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(app, "Program.cs"), """
                System.Console.WriteLine(typeof(Chip.Timer).Name);
                """);
            ChildProcess.Dotnet(app, s_timeout, _log, "add", "package", "PacGen", "--version", _feed.Version).Succeeded();

            string intermediate = Path.Combine(app, "obj", "Release", "net10.0");
            string apiFolder = Path.Combine(intermediate, "pacgen", "App.PacGen.chip");
            ProcessResult failed = Build(app);
            Assert.True(failed.ExitCode != 0, failed.ToString());
            // Once, as an error, in the SVD at the second register.
            string[] errors = Regex.Matches(failed.Output, @"^.*error PACGEN\d+.*$", RegexOptions.Multiline).Select(match => match.Value.Trim()).Distinct().ToArray();
            string error = Assert.Single(errors);
            Assert.Contains(Path.Combine(app, "chip.svd") + "(12,", error, StringComparison.Ordinal);
            Assert.Contains("error PACGEN030", error, StringComparison.Ordinal);
            Assert.DoesNotContain("error CS", failed.Output, StringComparison.Ordinal);
            // Nothing was compiled: no generated API source, no API assembly, no app assembly, no temporary folder left.
            Assert.Empty(Directory.Exists(apiFolder) ? Directory.GetFiles(apiFolder, "*.g.cs", SearchOption.AllDirectories) : Array.Empty<string>());
            Assert.False(File.Exists(Path.Combine(apiFolder, "App.PacGen.chip.dll")));
            Assert.False(File.Exists(Path.Combine(intermediate, "App.dll")));
            Assert.Empty(Directory.Exists(apiFolder) ? Directory.GetDirectories(apiFolder, "tmp-*") : Array.Empty<string>());

            // The project accepts this warning: the API is compiled, the warning reported once (by the project's compile).
            ProcessResult built = Build(app, "-p:WarningsNotAsErrors=PACGEN030").Succeeded();
            Assert.Single(Regex.Matches(built.Output, @"^.*warning PACGEN030.*$", RegexOptions.Multiline).Select(match => match.Value.Trim()).Distinct());
            Assert.NotEmpty(Directory.GetFiles(apiFolder, "*.g.cs", SearchOption.AllDirectories));
            string output = ChildProcess.Dotnet(app, s_timeout, _log, Path.Combine(app, "bin", "Release", "net10.0", "App.dll")).Succeeded().Output;
            Assert.Equal("Timer", output.Trim());
        }

        private ProcessResult Build(string app, params string[] properties) =>
            ChildProcess.Dotnet(app, s_timeout, _log, new[] { "build", "-c", "Release", "-nodeReuse:false", "-clp:NoSummary" }.Concat(properties).ToArray());
    }
}
