using System.Collections.Generic;
using System.Globalization;

namespace PacGen.Cli.Scaffold
{
    /// <summary>
    /// The text of every file <c>pacgen new</c> writes (the SVD itself is copied separately): a solution, the PAC
    /// library, and a test project with a public-API snapshot test and a simulation smoke test.
    /// </summary>
    internal static class ScaffoldFiles
    {
        // Versions the scaffolded tests use; the same ones PacGen's own tests run on.
        private const string XunitVersion = "2.9.3";
        private const string XunitRunnerVersion = "3.1.5";
        private const string TestSdkVersion = "18.0.1";

        public static IReadOnlyList<KeyValuePair<string, string>> Create(ScaffoldSpec spec)
        {
            string tests = spec.Name + ".Tests";
            return new[]
            {
                File(spec.Name + ".slnx", Solution(spec)),
                File(".gitignore", "bin/\nobj/\n*.received.txt\n"),
                File("README.md", Readme(spec)),
                File("src/" + spec.Name + "/" + spec.Name + ".csproj", LibraryProject(spec)),
                File("tests/" + tests + "/" + tests + ".csproj", TestProject(spec)),
                File("tests/" + tests + "/Snapshot.cs", SnapshotHelper(spec)),
                File("tests/" + tests + "/PublicApiTests.cs", PublicApiTests(spec)),
                File("tests/" + tests + "/SimulationSmokeTests.cs", SmokeTests(spec)),
                File("tests/" + tests + "/Snapshots/PublicApi.verified.txt", spec.PublicApiListing),
            };
        }

        private static KeyValuePair<string, string> File(string path, string text) => new(path, text);

        private static string Solution(ScaffoldSpec spec) => $"""
            <Solution>
              <Folder Name="/src/">
                <Project Path="src/{spec.Name}/{spec.Name}.csproj" />
              </Folder>
              <Folder Name="/tests/">
                <Project Path="tests/{spec.Name}.Tests/{spec.Name}.Tests.csproj" />
              </Folder>
            </Solution>

            """;

        private static string Readme(ScaffoldSpec spec) => $"""
            # {spec.Name}

            A peripheral access library for `{spec.SvdFileName}`, generated at build time by [PacGen](https://www.nuget.org/packages/PacGen)
            into the namespace `{spec.Namespace}`.

            - `dotnet build` regenerates the API from the SVD; edit the SVD (or the `<PacGenSvd>` item) to change it.
            - `dotnet test` checks the generated public API against `tests/{spec.Name}.Tests/Snapshots/PublicApi.verified.txt`
              and runs a register write/read on a simulated device (PacGen.Simulation).
            - When the API changes on purpose, the snapshot test writes `PublicApi.received.txt` beside the verified file:
              review it and replace the verified file with it.

            """;

        private static string LibraryProject(ScaffoldSpec spec) => $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net8.0</TargetFramework>
                <LangVersion>latest</LangVersion>
                <Nullable>enable</Nullable>
                <RootNamespace>{spec.Namespace}</RootNamespace>
                <!-- This library is the PAC: the API is generated into its own assembly (projects that reference it
                     compile it once). Firmware projects with the SVD in-project leave this at its default (true):
                     the API is then compiled once into an assembly of its own under obj/. -->
                <PacGenApiAssembly>false</PacGenApiAssembly>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="PacGen" Version="{spec.PacGenVersion}" />
              </ItemGroup>
              <ItemGroup>
                <!-- The generator turns this SVD into the {spec.Namespace} namespace on every build. -->
                <PacGenSvd Include="{spec.SvdFileName}" Namespace="{spec.Namespace}" NameStyle="{spec.NameStyle}" />
              </ItemGroup>
            </Project>

            """;

        private static string TestProject(ScaffoldSpec spec) => $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <LangVersion>latest</LangVersion>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <IsPackable>false</IsPackable>
                <IsTestProject>true</IsTestProject>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Microsoft.NET.Test.Sdk" Version="{TestSdkVersion}" />
                <PackageReference Include="xunit" Version="{XunitVersion}" />
                <PackageReference Include="xunit.runner.visualstudio" Version="{XunitRunnerVersion}" PrivateAssets="all" />
                <!-- Turns the simulation feature switch on in this test project only. -->
                <PackageReference Include="PacGen.Simulation" Version="{spec.PacGenVersion}" />
                <PackageReference Include="PacGen.Testing" Version="{spec.PacGenVersion}" />
              </ItemGroup>
              <ItemGroup>
                <ProjectReference Include="..\..\src\{spec.Name}\{spec.Name}.csproj" />
              </ItemGroup>
              <ItemGroup>
                <None Include="..\..\src\{spec.Name}\{spec.SvdFileName}" Link="{spec.SvdFileName}" CopyToOutputDirectory="PreserveNewest" />
                <None Include="Snapshots\*.verified.txt" CopyToOutputDirectory="PreserveNewest" />
              </ItemGroup>
            </Project>

            """;

        private static string SnapshotHelper(ScaffoldSpec spec) => $$"""
            using System.Runtime.CompilerServices;
            using Xunit;

            namespace {{spec.Name}}.Tests;

            /// <summary>
            /// A minimal verified-file snapshot: compares text with Snapshots/NAME.verified.txt and, when they differ,
            /// writes Snapshots/NAME.received.txt beside it for review (replace the verified file to accept a change).
            /// </summary>
            internal static class Snapshot
            {
                public static void Verify(string name, string actual, [CallerFilePath] string sourceFile = "")
                {
                    // The source folder when the test runs where it was built (received files land next to the verified
                    // ones); the copy in the output folder otherwise (CI with path maps).
                    string sourceFolder = Path.Combine(Path.GetDirectoryName(sourceFile) ?? string.Empty, "Snapshots");
                    string folder = Directory.Exists(sourceFolder) ? sourceFolder : Path.Combine(AppContext.BaseDirectory, "Snapshots");
                    string verifiedPath = Path.Combine(folder, name + ".verified.txt");
                    string receivedPath = Path.Combine(folder, name + ".received.txt");

                    string received = Normalize(actual);
                    string? verified = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
                    if (verified == received)
                    {
                        File.Delete(receivedPath);
                        return;
                    }

                    Directory.CreateDirectory(folder);
                    File.WriteAllText(receivedPath, received);
                    Assert.Fail(verified is null
                        ? $"No snapshot yet: review {receivedPath} and rename it to {name}.verified.txt."
                        : $"Snapshot {name} changed ({FirstDifference(verified, received)}). Review {receivedPath}; " +
                          $"if the change is intended, replace {verifiedPath} with it.");
                }

                private static string Normalize(string text) => text.Replace("\r\n", "\n").TrimEnd('\n') + "\n";

                private static string FirstDifference(string expected, string actual)
                {
                    string[] e = expected.Split('\n');
                    string[] a = actual.Split('\n');
                    for (int i = 0; i < Math.Max(e.Length, a.Length); i++)
                    {
                        string left = i < e.Length ? e[i] : "<end>";
                        string right = i < a.Length ? a[i] : "<end>";
                        if (left != right)
                        {
                            return $"line {i + 1}: verified '{left}', received '{right}'";
                        }
                    }

                    return "line endings only";
                }
            }

            """;

        private static string PublicApiTests(ScaffoldSpec spec) => $$"""
            using PacGen.Testing;
            using Xunit;

            namespace {{spec.Name}}.Tests;

            public sealed class PublicApiTests
            {
                [Fact]
                public void Generated_public_api_matches_the_verified_snapshot()
                {
                    string svd = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "{{spec.SvdFileName}}"));

                    PacGenRunResult result = PacGenTestRunner.Run(svd, "{{spec.SvdFileName}}", "{{spec.Namespace}}", "{{spec.NameStyle}}");

                    Assert.Empty(result.CompilationDiagnostics);
                    Snapshot.Verify("PublicApi", result.PublicApiListing);
                }
            }

            """;

        private static string SmokeTests(ScaffoldSpec spec)
        {
            string header = $$"""
                using PacGen.Simulation;
                using Xunit;

                namespace {{spec.Name}}.Tests;

                public sealed class SimulationSmokeTests
                {
                    private static SimulatedDevice LoadDevice() =>
                        SimulatedDevice.FromSvdFile(Path.Combine(AppContext.BaseDirectory, "{{spec.SvdFileName}}"));


                """;
            SmokeTarget? target = spec.Smoke;
            if (target is null)
            {
                return header + """
                        [Fact]
                        public void The_simulated_device_loads_the_svd()
                        {
                            // No register of this SVD stores what is written (all read-only or with side effects).
                            Assert.NotEmpty(LoadDevice().Registers);
                        }
                    }

                    """;
            }

            string value = "0x" + target.Value.ToString("X", CultureInfo.InvariantCulture);
            if (target.PeripheralType is null || target.RegisterProperty is null)
            {
                string read = "Read" + target.Size.ToString(CultureInfo.InvariantCulture);
                return header + $$"""
                        [Fact]
                        public void A_register_write_reads_back_through_the_simulated_device()
                        {
                            SimulatedDevice device = LoadDevice();
                            using (device.Activate())
                            {
                                // {{target.SimulatorName}}: generated names could not be matched, so the access goes through the runtime.
                                device.Poke("{{target.SimulatorName}}", {{value}});
                                Assert.Equal(({{target.BitsType}}){{value}}, PacGen.Runtime.Mmio.{{read}}((nuint)0x{{target.Address.ToString("X", CultureInfo.InvariantCulture)}}));
                            }
                        }
                    }

                    """;
            }

            string type = "global::" + spec.Namespace + "." + target.PeripheralType;
            string baseAddress = "0x" + target.BaseAddress.ToString("X", CultureInfo.InvariantCulture);
            return header + $$"""
                    [Fact]
                    public void A_register_write_reads_back_through_the_simulated_device()
                    {
                        SimulatedDevice device = LoadDevice();
                        var peripheral = new {{type}}((nuint){{baseAddress}});
                        using (device.Activate())
                        {
                            peripheral.{{target.RegisterProperty}}.Write(new {{type}}.{{target.RegisterProperty}}Register.W(({{target.BitsType}}){{value}}));

                            Assert.Equal(({{target.BitsType}}){{value}}, peripheral.{{target.RegisterProperty}}.Read().Bits);
                        }

                        Assert.Equal({{value}}UL, device.Peek("{{target.SimulatorName}}"));
                    }
                }

                """;
        }
    }
}
