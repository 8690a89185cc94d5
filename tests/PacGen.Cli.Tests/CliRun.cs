using System.IO;

namespace PacGen.Cli.Tests
{
    /// <summary>One in-process run of pacgen: its exit code and what it wrote ('\n' line ends).</summary>
    internal sealed record CliRun(int ExitCode, string Out, string Error)
    {
        public static CliRun Of(params string[] args)
        {
            var output = new StringWriter { NewLine = "\n" };
            var error = new StringWriter { NewLine = "\n" };
            int code = Program.Run(args, output, error);
            return new CliRun(code, output.ToString(), error.ToString());
        }

        public string[] OutLines => Out.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);

        public override string ToString() => "exit " + ExitCode + "\n--- stdout\n" + Out + "\n--- stderr\n" + Error;
    }
}
