using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using Xunit;
using Xunit.Abstractions;
using PacGen.TestSupport;

namespace PacGen.EndToEnd.Tests
{
    /// <summary>
    /// Issue 13: a user's console app with stm32l0x1.svd as a <c>PacGenSvd</c> item gets the API compiled once into
    /// obj/…/pacgen/App.PacGen.stm32l0x1/App.PacGen.stm32l0x1.dll; editing the app's code never compiles it again,
    /// editing the SVD does, and a build interrupted while compiling it leaves nothing a later build would use.
    /// </summary>
    [Collection(PackedFeedCollection.Name)]
    public sealed class InnerLoopTests
    {
        private const string SkippedApiCompile = "Skipping target \"PacGenCompileApiAssemblies\" because all output files are up-to-date";
        private const string EditedDescription = "control register, as edited by the inner-loop test";
        private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(10);
        private readonly PackedFeed _feed;
        private readonly ITestOutputHelper _log;

        public InnerLoopTests(PackedFeed feed, ITestOutputHelper log)
        {
            _feed = feed;
            _log = log;
        }

        [Fact]
        public void Editing_the_apps_code_rebuilds_the_app_but_never_compiles_the_api_again_and_svd_warnings_appear_once()
        {
            App app = CreateApp("inner-loop-edit");
            ProcessResult clean = Build(app);

            // Any SVD warning comes from the project's compilation, located in the SVD, each once: the API's compilation
            // reports none. (The shipped stm32l0x1.svd builds warning-free since renames are info, so this may be empty;
            // the one-report-per-diagnostic split itself is tested in PacGen.Generator.Tests' SvdOutputTests.)
            string[] svdWarnings = clean.Output.Split('\n').Select(static line => line.Trim()).Where(static line => line.Contains("warning PACGEN", StringComparison.Ordinal)).ToArray();
            Assert.All(svdWarnings, static line => Assert.Matches(@"stm32l0x1\.svd\(\d+,\d+\): warning PACGEN\d{3}", line));
            Assert.Equal(svdWarnings.Length, svdWarnings.Distinct(StringComparer.Ordinal).Count());

            // The API is the referenced assembly, not part of the app: no generated API source in the app's compilation,
            // the interceptor still folded the closures (binding to the referenced assembly), and the app runs.
            Assert.True(File.Exists(app.ApiAssembly), "no API assembly at " + app.ApiAssembly + "\n" + clean);
            Assert.Empty(Directory.GetFiles(app.AppGeneratedFolder, "Stm32L0x1.*.g.cs", SearchOption.AllDirectories));
            Assert.NotEmpty(Directory.GetFiles(app.ApiGeneratedFolder, "Stm32L0x1.Gpiob.g.cs", SearchOption.AllDirectories));
            string interceptors = Assert.Single(Directory.GetFiles(app.AppGeneratedFolder, "PacGen.Interceptors.g.cs", SearchOption.AllDirectories));
            Assert.Contains("global::Stm32L0x1.Gpiob.OdrRegister", File.ReadAllText(interceptors));
            Assert.True(File.Exists(Path.Combine(app.OutputFolder, "App.PacGen.stm32l0x1.dll")), "the API assembly is not copied to the output");
            Assert.Equal("GPIOB.ODR=0x00000008\n", Run(app));

            DateTime apiWritten = File.GetLastWriteTimeUtc(app.ApiAssembly);
            byte[] apiBytes = File.ReadAllBytes(app.ApiAssembly);
            DateTime appWritten = File.GetLastWriteTimeUtc(app.AppAssembly);
            Thread.Sleep(1100); // coarse file systems: a rewrite must be able to show in the timestamp

            File.WriteAllText(app.ProgramFile, File.ReadAllText(app.ProgramFile).Replace("GPIOB.ODR=0x", "GPIOB ODR = 0x", StringComparison.Ordinal));
            ProcessResult edit = Build(app);

            Assert.Contains(SkippedApiCompile, edit.Output);
            Assert.Equal(apiWritten, File.GetLastWriteTimeUtc(app.ApiAssembly));
            Assert.Equal(apiBytes, File.ReadAllBytes(app.ApiAssembly));
            Assert.NotEqual(appWritten, File.GetLastWriteTimeUtc(app.AppAssembly)); // the edit itself was compiled
            Assert.Equal("GPIOB ODR = 0x00000008\n", Run(app));
        }

        [Fact]
        public void Editing_the_svd_compiles_the_api_again_and_an_interrupted_compile_is_never_used()
        {
            App app = CreateApp("inner-loop-svd");
            Build(app);
            DateTime apiWritten = File.GetLastWriteTimeUtc(app.ApiAssembly);
            Assert.DoesNotContain(EditedDescription, File.ReadAllText(app.ApiDocumentation));
            Thread.Sleep(1100);

            // Edit the SVD, then kill a build while it compiles the API (its temporary folder exists): the assembly in
            // place is still the old one, complete, older than the SVD, so the next build compiles it again.
            string svd = File.ReadAllText(app.SvdFile);
            int at = svd.IndexOf("<description>control register</description>", StringComparison.Ordinal);
            Assert.True(at > 0);
            File.WriteAllText(app.SvdFile, svd.Substring(0, at) + "<description>" + EditedDescription + "</description>" +
                svd.Substring(at + "<description>control register</description>".Length));
            bool interrupted = InterruptWhileCompilingApi(app);
            _log.WriteLine(interrupted ? "interrupted inside the API compile" : "the build finished before it could be interrupted");
            Assert.True(File.Exists(app.ApiAssembly));
            Assert.Equal(apiWritten, File.GetLastWriteTimeUtc(app.ApiAssembly));

            string apiFolder = Path.GetDirectoryName(app.ApiAssembly)!;
            int leftovers = Directory.GetDirectories(apiFolder, "tmp-*").Length; // a killed build's folder stays; it is never read
            ProcessResult rebuilt = Build(app);
            Assert.DoesNotContain(SkippedApiCompile, rebuilt.Output);
            Assert.Contains("Building target \"PacGenCompileApiAssemblies\"", rebuilt.Output);
            Assert.True(File.GetLastWriteTimeUtc(app.ApiAssembly) > apiWritten);
            Assert.Contains(EditedDescription, File.ReadAllText(app.ApiDocumentation));
            Assert.Equal(leftovers, Directory.GetDirectories(apiFolder, "tmp-*").Length); // a finished build removes its own
            Assert.Equal("GPIOB.ODR=0x00000008\n", Run(app));
        }

        private bool InterruptWhileCompilingApi(App app)
        {
            string apiFolder = Path.GetDirectoryName(app.ApiAssembly)!;
            using System.Diagnostics.Process build = ChildProcess.StartDotnet(app.Folder, "build", "-c", "Release", "--no-restore", "-nodeReuse:false");
            DateTime deadline = DateTime.UtcNow + s_timeout;
            try
            {
                while (!build.HasExited && DateTime.UtcNow < deadline)
                {
                    if (Directory.GetDirectories(apiFolder, "tmp-*").Length > 0)
                    {
                        build.Kill(entireProcessTree: true);
                        build.WaitForExit();
                        return true;
                    }

                    Thread.Sleep(50);
                }

                return false;
            }
            finally
            {
                if (!build.HasExited)
                {
                    build.Kill(entireProcessTree: true);
                }

                build.WaitForExit();
            }
        }

        private App CreateApp(string name)
        {
            _feed.EnsurePacked();
            string folder = _feed.NewWorkFolder(name);
            File.Copy(RepoPaths.Svd("stm32l0x1.svd"), Path.Combine(folder, "stm32l0x1.svd"));
            File.WriteAllText(Path.Combine(folder, "App.csproj"), """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                    <!-- ST's SVD has names PacGen renames (PACGEN101): the SVD's business, not this code's. -->
                    <WarningsNotAsErrors>$(WarningsNotAsErrors);PACGEN101</WarningsNotAsErrors>
                    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
                  </PropertyGroup>
                  <ItemGroup>
                    <PacGenSvd Include="stm32l0x1.svd" Namespace="Stm32L0x1" />
                    <None Include="stm32l0x1.svd" CopyToOutputDirectory="PreserveNewest" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(folder, "Program.cs"), """
                using PacGen.Simulation;
                using Stm32L0x1;

                SimulatedDevice chip = SimulatedDevice.FromSvdFile(Path.Combine(AppContext.BaseDirectory, "stm32l0x1.svd"));
                using (chip.Activate())
                {
                    Gpiob.Instance.Moder.Modify((r, w) => w.Mode3(0b01));
                    Gpiob.Instance.Odr.Write(w => w.Od3(true));
                    Console.WriteLine("GPIOB.ODR=0x" + chip.Peek("GPIOB.ODR").ToString("X8"));
                }
                """);
            ChildProcess.Dotnet(folder, s_timeout, _log, "add", "package", "PacGen", "--version", _feed.Version).Succeeded();
            ChildProcess.Dotnet(folder, s_timeout, _log, "add", "package", "PacGen.Simulation", "--version", _feed.Version).Succeeded();
            return new App(folder);
        }

        // Detailed console verbosity: the log says, per target, whether it ran and why (the binlog's information as text).
        private ProcessResult Build(App app) =>
            ChildProcess.Dotnet(app.Folder, s_timeout, _log, "build", "-c", "Release", "--no-restore", "-nodeReuse:false", "-v:d", "-clp:NoSummary").Succeeded();

        private string Run(App app) =>
            ChildProcess.Dotnet(app.Folder, s_timeout, _log, app.AppAssembly).Succeeded().Output.Replace("\r\n", "\n");

        private sealed record App(string Folder)
        {
            public string ProgramFile => Path.Combine(Folder, "Program.cs");

            public string SvdFile => Path.Combine(Folder, "stm32l0x1.svd");

            public string Intermediate => Path.Combine(Folder, "obj", "Release", "net10.0");

            public string ApiAssembly => Path.Combine(Intermediate, "pacgen", "App.PacGen.stm32l0x1", "App.PacGen.stm32l0x1.dll");

            public string ApiDocumentation => Path.ChangeExtension(ApiAssembly, ".xml");

            public string ApiGeneratedFolder => Path.Combine(Intermediate, "pacgen", "App.PacGen.stm32l0x1", "generated");

            public string AppGeneratedFolder => Path.Combine(Intermediate, "generated");

            public string OutputFolder => Path.Combine(Folder, "bin", "Release", "net10.0");

            public string AppAssembly => Path.Combine(OutputFolder, "App.dll");
        }
    }
}
