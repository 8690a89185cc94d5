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

        /// <summary>
        /// Tests only: runs inside the guarded invocation, so a test can prove that an unexpected exception in any
        /// command becomes exit code 3 and one line naming the command and the file. Thread-static: tests run in parallel.
        /// </summary>
        [ThreadStatic]
        internal static Action? FaultInjectionForTests;

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
                FaultInjectionForTests?.Invoke();
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
                // One line, naming what was being done to which file: the stack trace helps nobody at a prompt, and
                // the message is what a bug report needs with the SVD.
                stderr.WriteLine(InternalErrorLine(args, e));
                return ExitCodes.InternalError;
            }
            finally
            {
                progress.Clear();
                stdout.Flush();
                stderr.Flush();
            }
        }

        /// <summary><c>pacgen: internal error in 'check' on chip.svd: InvalidOperationException: …; this is a bug in PacGen</c>.</summary>
        internal static string InternalErrorLine(string[] args, Exception e)
        {
            string command = args.Length > 0 && !args[0].StartsWith("-", StringComparison.Ordinal) ? args[0] : "pacgen";
            var files = new System.Collections.Generic.List<string>();
            foreach (string arg in args)
            {
                if (arg.EndsWith(".svd", StringComparison.OrdinalIgnoreCase) || (arg.Length > 0 && !arg.StartsWith("-", StringComparison.Ordinal) && File.Exists(arg)))
                {
                    files.Add(arg);
                }
            }

            string on = files.Count == 0 ? string.Empty : " on " + string.Join(", ", files);
            string message = e.Message.Replace('\r', ' ').Replace('\n', ' ');
            return "pacgen: internal error in '" + command + "'" + on + ": " + e.GetType().Name + ": " + message +
                   "; this is a bug in PacGen, please report it with the SVD";
        }
    }
}
