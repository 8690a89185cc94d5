using System.IO;
using System.Linq;
using PacGen.Testing;
using Xunit;
using PacGen.TestSupport;

namespace PacGen.Cli.Tests
{
    public sealed class GenerateCommandTests
    {
        private static string SmallSvd => RepoPaths.TestData("small-v1.svd");

        [Fact]
        public void Writes_exactly_the_generator_output()
        {
            using var temp = new TempDirectory();
            PacGenRunResult expected = PacGenTestRunner.Run(File.ReadAllText(SmallSvd), SmallSvd, "Small.Chip", "CSharp");

            CliRun run = CliRun.Of("generate", SmallSvd, "-o", temp.Path, "--namespace", "Small.Chip");

            Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
            Assert.NotEmpty(expected.Sources);
            Assert.Equal(
                expected.Sources.Select(s => s.Key).OrderBy(k => k, System.StringComparer.Ordinal),
                Directory.GetFiles(temp.Path).Select(Path.GetFileName).OrderBy(k => k, System.StringComparer.Ordinal));
            foreach (var source in expected.Sources)
            {
                Assert.Equal(source.Value, File.ReadAllText(temp.Combine(source.Key)));
            }
        }

        [Fact]
        public void Svd_name_style_is_passed_to_the_generator()
        {
            using var temp = new TempDirectory();
            PacGenRunResult expected = PacGenTestRunner.Run(File.ReadAllText(SmallSvd), SmallSvd, null, "Svd");

            CliRun run = CliRun.Of("generate", SmallSvd, "-o", temp.Path, "--name-style", "svd");

            Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
            foreach (var source in expected.Sources)
            {
                Assert.Equal(source.Value, File.ReadAllText(temp.Combine(source.Key)));
            }
        }

        [Fact]
        public void Refuses_to_overwrite_a_file_it_did_not_generate_and_writes_nothing()
        {
            using var temp = new TempDirectory();
            string first = PacGenTestRunner.Run(File.ReadAllText(SmallSvd), SmallSvd, "Small.Chip").Sources[0].Key;
            string mine = temp.Write(first, "// my own code\n");

            CliRun run = CliRun.Of("generate", SmallSvd, "-o", temp.Path, "--namespace", "Small.Chip");

            Assert.True(run.ExitCode == ExitCodes.Failed, run.ToString());
            Assert.Contains("refusing to overwrite", run.Error);
            Assert.Equal("// my own code\n", File.ReadAllText(mine));
            Assert.Equal(new[] { mine }, Directory.GetFileSystemEntries(temp.Path));
        }

        [Fact]
        public void Regenerating_keeps_unchanged_files_and_removes_stale_ones_of_the_same_namespace_only()
        {
            using var temp = new TempDirectory();
            Assert.Equal(ExitCodes.Ok, CliRun.Of("generate", SmallSvd, "-o", temp.Path, "--namespace", "Small.Chip").ExitCode);
            string header = File.ReadAllLines(Directory.GetFiles(temp.Path)[0]).Take(2).Aggregate((a, b) => a + "\n" + b);
            string stale = temp.Write("Small.Chip.Removed.g.cs", header + "\nnamespace Small.Chip\n{\n}\n");
            string otherDevice = temp.Write("Other.Chip.Uart.g.cs", header + "\nnamespace Other.Chip\n{\n}\n");
            string userFile = temp.Write("Notes.cs", "// mine\nnamespace Small.Chip { }\n");

            CliRun run = CliRun.Of("generate", SmallSvd, "-o", temp.Path, "--namespace", "Small.Chip");

            Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
            Assert.Matches(@"^wrote 0 files to .* \(\d+ unchanged, 1 stale removed\)$", run.OutLines[0]);
            Assert.False(File.Exists(stale));
            Assert.True(File.Exists(otherDevice));
            Assert.True(File.Exists(userFile));
        }

        [Fact]
        public void Svd_errors_exit_1_and_write_nothing()
        {
            using var temp = new TempDirectory();
            string broken = temp.Write("in/broken.svd", TestSvds.SingleRegister().Replace("<dimIncrement>4</dimIncrement>", string.Empty));
            string output = temp.Combine("out");

            CliRun run = CliRun.Of("generate", broken, "-o", output);

            Assert.True(run.ExitCode == ExitCodes.Failed, run.ToString());
            Assert.Matches(@"broken\.svd\(\d+,\d+\): error PACGEN\d{3}: ", run.Error);
            Assert.False(Directory.Exists(output));
        }

        [Theory]
        [InlineData("generate", "x.svd")]
        [InlineData("generate", "-o", "out")]
        [InlineData("generate", "x.svd", "-o", "out", "--name-style", "kebab")]
        public void Usage_errors_exit_2(params string[] args)
        {
            CliRun run = CliRun.Of(args);

            Assert.True(run.ExitCode == ExitCodes.Usage, run.ToString());
        }
    }
}
