using System;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.IO;

namespace PacGen.Cli
{
    /// <summary>Entry point. <see cref="Run"/> is the whole tool with its console swapped for writers, so tests run it in-process.</summary>
    public static class Program
    {
        public static int Main(string[] args) =>
            Run(args, Console.Out, Console.Error, ProgressReporter.ForConsole());

        /// <summary>Runs pacgen with the given arguments, writing results to <paramref name="stdout"/> and diagnostics to <paramref name="stderr"/>.</summary>
        public static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
            Run(args, stdout, stderr, ProgressReporter.Silent);

        internal static int Run(string[] args, TextWriter stdout, TextWriter stderr, ProgressReporter progress)
        {
            var context = new CliContext(stdout, stderr, progress);
            RootCommand root = CliCommands.Create(context);
            ParseResult parsed = root.Parse(args);
            var invocation = new InvocationConfiguration
            {
                Output = stdout,
                Error = stderr,
                // Exceptions are ours to map to an exit code (3), not System.CommandLine's (1, which means "the SVD has errors").
                EnableDefaultExceptionHandler = false,
            };

            try
            {
                int code = parsed.Invoke(invocation);
                return parsed.Action is ParseErrorAction ? ExitCodes.Usage : code;
            }
            catch (UsageException e)
            {
                stderr.WriteLine("pacgen: " + e.Message);
                return ExitCodes.Usage;
            }
            catch (Exception e)
            {
                stderr.WriteLine("pacgen: internal error: " + e);
                return ExitCodes.InternalError;
            }
            finally
            {
                progress.Clear();
                stdout.Flush();
                stderr.Flush();
            }
        }
    }
}
