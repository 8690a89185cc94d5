using System.IO;
using PacGen.Testing;
using Xunit;
using PacGen.TestSupport;

namespace PacGen.Cli.Tests
{
    public sealed class NewCommandTests
    {
        private static string SmallSvd => RepoPaths.TestData("small-v1.svd");

        [Fact]
        public void Scaffolds_a_library_a_test_project_and_a_solution()
        {
            using var temp = new TempDirectory();
            string target = temp.Combine("Small");

            CliRun run = CliRun.Of("new", SmallSvd, "-o", target, "--name", "Small.Pac", "--namespace", "Small.Chip");

            Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
            string library = File.ReadAllText(Path.Combine(target, "src", "Small.Pac", "Small.Pac.csproj"));
            Assert.Contains("<PackageReference Include=\"PacGen\" Version=\"" + Commands.NewCommand.ToolVersion() + "\" />", library);
            Assert.Contains("<PacGenSvd Include=\"small-v1.svd\" Namespace=\"Small.Chip\" NameStyle=\"CSharp\" />", library);
            Assert.Contains("<PacGenApiAssembly>false</PacGenApiAssembly>", library); // the library is the PAC assembly
            Assert.Equal(File.ReadAllText(SmallSvd), File.ReadAllText(Path.Combine(target, "src", "Small.Pac", "small-v1.svd")));
            Assert.Contains("src/Small.Pac/Small.Pac.csproj", File.ReadAllText(Path.Combine(target, "Small.Pac.slnx")));
            Assert.Contains("tests/Small.Pac.Tests/Small.Pac.Tests.csproj", File.ReadAllText(Path.Combine(target, "Small.Pac.slnx")));

            string tests = Path.Combine(target, "tests", "Small.Pac.Tests");
            string testProject = File.ReadAllText(Path.Combine(tests, "Small.Pac.Tests.csproj"));
            Assert.Contains("<PackageReference Include=\"xunit\" Version=\"2.9.3\" />", testProject);
            Assert.Contains("<PackageReference Include=\"Microsoft.NET.Test.Sdk\" Version=\"18.0.1\" />", testProject);
            Assert.Contains("<PackageReference Include=\"xunit.runner.visualstudio\" Version=\"3.1.5\" PrivateAssets=\"all\" />", testProject);
            Assert.Contains("PacGen.Simulation", testProject);
            Assert.Contains("PacGen.Testing", testProject);
        }

        [Fact]
        public void The_verified_snapshot_is_the_generated_public_api_listing()
        {
            using var temp = new TempDirectory();
            string target = temp.Combine("Small");

            CliRun run = CliRun.Of("new", SmallSvd, "-o", target, "--name", "Small.Pac", "--namespace", "Small.Chip");

            Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
            string listing = PacGenTestRunner.Run(File.ReadAllText(SmallSvd), "small-v1.svd", "Small.Chip", "CSharp").PublicApiListing;
            Assert.Equal(listing, File.ReadAllText(Path.Combine(target, "tests", "Small.Pac.Tests", "Snapshots", "PublicApi.verified.txt")));
        }

        [Fact]
        public void The_smoke_test_writes_a_plain_read_write_register_through_the_generated_api()
        {
            using var temp = new TempDirectory();
            string target = temp.Combine("Small");

            CliRun run = CliRun.Of("new", SmallSvd, "-o", target, "--name", "Small.Pac", "--namespace", "Small.Chip");

            Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
            string smoke = File.ReadAllText(Path.Combine(target, "tests", "Small.Pac.Tests", "SimulationSmokeTests.cs"));
            // TIMER0.CTRL: the first register that is read-write with plain read-write fields (EN at bit 0).
            Assert.Contains("var peripheral = new global::Small.Chip.Timer0((nuint)0x40000000);", smoke);
            Assert.Contains("peripheral.Ctrl.Write(new global::Small.Chip.Timer0.CtrlRegister.W((uint)0x1));", smoke);
            Assert.Contains("Assert.Equal(0x1UL, device.Peek(\"TIMER0.CTRL\"));", smoke);
        }

        [Fact]
        public void Refuses_a_folder_that_is_not_empty()
        {
            using var temp = new TempDirectory();
            temp.Write("Small/keep.txt", "mine");

            CliRun run = CliRun.Of("new", SmallSvd, "-o", temp.Combine("Small"));

            Assert.True(run.ExitCode == ExitCodes.Failed, run.ToString());
            Assert.Equal(new[] { temp.Combine("Small", "keep.txt") }, Directory.GetFileSystemEntries(temp.Combine("Small")));
        }

        [Theory]
        [InlineData("STM32L0x1", "STM32L0x1.Pac")]
        [InlineData("bcm2711_lpa", "bcm2711_lpa.Pac")]
        [InlineData("4chip v2", "Chip4chip_v2.Pac")]
        public void The_default_name_comes_from_the_device_name(string device, string expected)
        {
            Assert.Equal(expected, Commands.NewCommand.DefaultName(device));
        }

        [Theory]
        [InlineData("new")]
        [InlineData("new", "no-such.svd")]
        [InlineData("new", "a.svd", "b.svd")]
        public void Usage_errors_exit_2(params string[] args)
        {
            CliRun run = CliRun.Of(args);

            Assert.True(run.ExitCode == ExitCodes.Usage, run.ToString());
        }

        [Fact]
        public void An_unusable_project_name_is_a_usage_error()
        {
            using var temp = new TempDirectory();

            CliRun run = CliRun.Of("new", SmallSvd, "-o", temp.Combine("x"), "--name", "1 bad");

            Assert.True(run.ExitCode == ExitCodes.Usage, run.ToString());
            Assert.False(Directory.Exists(temp.Combine("x")));
        }
    }
}
