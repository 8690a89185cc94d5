using System.IO;
using Xunit;
using PacGen.TestSupport;

namespace PacGen.Cli.Tests
{
    public sealed class ProgressReporterTests
    {
        [Fact]
        public void Draws_one_status_line_in_place_and_erases_it()
        {
            var terminal = new StringWriter();
            ProgressReporter progress = ProgressReporter.ForTerminal(terminal);

            progress.Report(1, 2, "checking a.svd");
            progress.Report(2, 2, "checking b.svd");
            progress.Clear();

            Assert.Equal(
                "\r[1/2] checking a.svd" +
                "\r[2/2] checking b.svd" +
                "\r                    \r",
                terminal.ToString());
        }

        [Fact]
        public void The_silent_reporter_and_in_process_runs_print_no_progress()
        {
            var output = new StringWriter();
            var error = new StringWriter();

            int code = Program.Run(new[] { "check", RepoPaths.TestData("small-v1.svd"), RepoPaths.TestData("small-v2.svd") }, output, error);

            Assert.Equal(ExitCodes.Ok, code);
            Assert.Equal(string.Empty, error.ToString());
            Assert.DoesNotContain("\r[", output.ToString());
        }
    }
}
