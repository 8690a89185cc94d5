using System;
using System.IO;
using System.Linq;
using Xunit;
using Xunit.Abstractions;
using PacGen.TestSupport;

namespace PacGen.EndToEnd.Tests
{
    /// <summary>A user's console app: PacGen + PacGen.Simulation from the feed, bcm2711.svd as a PacGenSvd item.</summary>
    [Collection(PackedFeedCollection.Name)]
    public sealed class ConsumerProjectTests
    {
        private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(10);
        private readonly PackedFeed _feed;
        private readonly ITestOutputHelper _log;

        public ConsumerProjectTests(PackedFeed feed, ITestOutputHelper log)
        {
            _feed = feed;
            _log = log;
        }

        [Fact]
        public void A_console_app_generates_the_bcm2711_api_builds_with_warnings_as_errors_and_drives_the_simulation()
        {
            _feed.EnsurePacked();
            string app = _feed.NewWorkFolder("console");
            File.Copy(RepoPaths.Svd("bcm2711.svd"), Path.Combine(app, "bcm2711.svd"));
            File.WriteAllText(Path.Combine(app, "Blinky.csproj"), """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <!-- No exceptions: the shipped bcm2711.svd builds warning-free (renames are info, RSR/ECR a read/write pair). -->
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
                  </PropertyGroup>
                  <ItemGroup>
                    <PacGenSvd Include="bcm2711.svd" Namespace="Bcm2711" />
                    <None Include="bcm2711.svd" CopyToOutputDirectory="PreserveNewest" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(app, "Program.cs"), """
                using Bcm2711;
                using PacGen.Simulation;

                SimulatedDevice device = SimulatedDevice.FromSvdFile(Path.Combine(AppContext.BaseDirectory, "bcm2711.svd"));
                using (device.Activate())
                {
                    Gpio.Instance.Gpfsel4.Write(w => w.Fsel42(Gpio.Fsel42.Output));
                    Console.WriteLine("GPFSEL4=0x" + device.Peek("GPIO.GPFSEL4").ToString("X8"));
                    Console.WriteLine("FSEL42=" + Gpio.Instance.Gpfsel4.Read().Fsel42);
                }
                """);

            ChildProcess.Dotnet(app, s_timeout, _log, "add", "package", "PacGen", "--version", _feed.Version).Succeeded();
            ChildProcess.Dotnet(app, s_timeout, _log, "add", "package", "PacGen.Simulation", "--version", _feed.Version).Succeeded();
            ChildProcess.Dotnet(app, s_timeout, _log, "build", "-c", "Release", "-nodeReuse:false").Succeeded();
            ProcessResult run = ChildProcess.Dotnet(app, s_timeout, _log, Path.Combine(app, "bin", "Release", "net10.0", "Blinky.dll")).Succeeded();

            // FSEL42 is bits 6..8 of GPFSEL4; OUTPUT is 0b001.
            Assert.Equal("GPFSEL4=0x00000040\nFSEL42=Output\n", run.Output.Replace("\r\n", "\n"));

            // The package wired the interceptors in (InterceptorsNamespaces from PacGen.props): the closure was folded.
            string generated = Path.Combine(app, "obj", "Release", "net10.0", "generated");
            string interceptors = Assert.Single(Directory.GetFiles(generated, "PacGen.Interceptors.g.cs", SearchOption.AllDirectories));
            Assert.Contains("global::Bcm2711.Gpio.Gpfsel4Register", File.ReadAllText(interceptors));

            // `pacgen generate` (the installed tool) writes exactly what the packaged generator produced in this build:
            // in the compile of the API's own assembly (obj/…/pacgen/, issue 13), not in the app's compilation.
            Assert.Empty(Directory.GetFiles(generated, "Bcm2711.*.g.cs", SearchOption.AllDirectories));
            string apiGenerated = Path.Combine(app, "obj", "Release", "net10.0", "pacgen", "Blinky.PacGen.bcm2711", "generated");
            string fromBuild = Path.GetDirectoryName(Assert.Single(Directory.GetFiles(apiGenerated, "Bcm2711.Gpio.g.cs", SearchOption.AllDirectories)))!;
            string fromTool = Path.Combine(_feed.Root, "console-generate");
            ChildProcess.Run(_feed.InstallTool(), new[] { "generate", Path.Combine(app, "bcm2711.svd"), "-o", fromTool, "--namespace", "Bcm2711" },
                app, s_timeout, _log).Succeeded();
            string[] names = Directory.GetFiles(fromBuild).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;
            Assert.Equal(names, Directory.GetFiles(fromTool).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray());
            foreach (string name in names)
            {
                Assert.True(
                    File.ReadAllText(Path.Combine(fromBuild, name)) == File.ReadAllText(Path.Combine(fromTool, name)),
                    name + " differs between the build and `pacgen generate`");
            }
        }
    }
}
