using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;
using PacGen.TestSupport;

namespace PacGen.Cli.Tests
{
    public sealed class CheckCommandTests
    {
        [Fact]
        public void A_clean_file_reports_its_contents_and_exits_0()
        {
            CliRun run = CliRun.Of("check", RepoPaths.TestData("small-v1.svd"));

            Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
            Assert.Equal(
                new[] { RepoPaths.TestData("small-v1.svd") + ": 3 peripherals, 13 registers, 22 fields, 2 enumerated value sets; 0 errors, 0 warnings" },
                run.OutLines);
        }

        [Fact]
        public void Errors_are_listed_with_line_and_column_counted_by_id_and_exit_1()
        {
            using var temp = new TempDirectory();
            string svd = temp.Write("broken.svd", TestSvds.SingleRegister().Replace("<dimIncrement>4</dimIncrement>", string.Empty));

            CliRun run = CliRun.Of("check", svd);

            Assert.True(run.ExitCode == ExitCodes.Failed, run.ToString());
            string[] lines = run.OutLines;
            Assert.Matches(@"^.*broken\.svd\(\d+,\d+\): error PACGEN\d{3}: ", lines[0]);
            Assert.Matches(@": .*; 1 error \(PACGEN\d{3}: 1\), 0 warnings$", lines[^1]);
        }

        [Fact]
        public void Warnings_pass_unless_strict()
        {
            using var temp = new TempDirectory();
            string svd = temp.Write("warn.svd", TestSvds.SingleRegister(extraRegisterXml: "        <bogusElement>1</bogusElement>\n"));

            CliRun lenient = CliRun.Of("check", svd);
            CliRun strict = CliRun.Of("check", svd, "--strict");

            Assert.True(lenient.ExitCode == ExitCodes.Ok, lenient.ToString());
            Assert.Matches(@"0 errors, 1 warning \(PACGEN\d{3}: 1\)$", lenient.OutLines[^1]);
            Assert.True(strict.ExitCode == ExitCodes.Failed, strict.ToString());
        }

        [Fact]
        public void Several_files_get_a_total_line()
        {
            using var temp = new TempDirectory();
            string broken = temp.Write("broken.svd", TestSvds.SingleRegister().Replace("<dimIncrement>4</dimIncrement>", string.Empty));

            CliRun run = CliRun.Of("check", RepoPaths.TestData("small-v1.svd"), broken, RepoPaths.TestData("small-v2.svd"));

            Assert.True(run.ExitCode == ExitCodes.Failed, run.ToString());
            Assert.Matches(@"^checked 3 files: 1 failed; 1 error \(PACGEN\d{3}: 1\), 0 warnings$", run.OutLines[^1]);
        }

        [Theory]
        [InlineData("check")]
        [InlineData("check", "--strict")]
        [InlineData("check", "no-such-file.svd")]
        [InlineData("check", "--nope", "x.svd")]
        public void Usage_errors_exit_2(params string[] args)
        {
            CliRun run = CliRun.Of(args);

            Assert.True(run.ExitCode == ExitCodes.Usage, run.ToString());
        }

        public static IEnumerable<object[]> CorpusFiles() =>
            Directory.Exists(RepoPaths.Corpus)
                ? Directory.EnumerateFiles(RepoPaths.Corpus, "*.svd", SearchOption.AllDirectories)
                    .Select(f => Path.GetRelativePath(RepoPaths.Corpus, f))
                    .OrderBy(f => f, System.StringComparer.Ordinal)
                    .Select(f => new object[] { f })
                : Enumerable.Empty<object[]>();

        [CorpusTheory]
        [MemberData(nameof(CorpusFiles))]
        public void Every_corpus_file_checks_without_crashing(string relativePath)
        {
            CliRun run = CliRun.Of("check", Path.Combine(RepoPaths.Corpus, relativePath));

            Assert.True(run.ExitCode is ExitCodes.Ok or ExitCodes.Failed, run.ToString());
            Assert.Matches(@": .*; \d+ errors?( \(.+\))?, \d+ warnings?( \(.+\))?$", run.OutLines[^1]);
        }
    }
}
