using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;

namespace PacGen.Cli.Commands
{
    /// <summary>
    /// Adds an "Examples:" section to <c>--help</c>. Kept out of the descriptions because System.CommandLine repeats a
    /// subcommand's whole description in its parent's command list.
    /// </summary>
    internal static class Help
    {
        // Weak: in-process test runs build a fresh command tree per run.
        private static readonly ConditionalWeakTable<Command, string[]> s_examples = new();

        /// <summary>Registers the examples printed under <paramref name="command"/>'s help.</summary>
        public static T WithExamples<T>(this T command, params string[] examples)
            where T : Command
        {
            s_examples.AddOrUpdate(command, examples);
            return command;
        }

        /// <summary>Makes the root's (recursive) help option print the examples of the command asked about.</summary>
        public static void Install(RootCommand root)
        {
            HelpOption option = root.Options.OfType<HelpOption>().Single();
            if (option.Action is HelpAction standard)
            {
                option.Action = new HelpWithExamples(standard);
            }
        }

        private sealed class HelpWithExamples : SynchronousCommandLineAction
        {
            private readonly HelpAction _standard;

            public HelpWithExamples(HelpAction standard) => _standard = standard;

            public override int Invoke(ParseResult parseResult)
            {
                int code = _standard.Invoke(parseResult);
                if (s_examples.TryGetValue(parseResult.CommandResult.Command, out string[]? examples))
                {
                    TextWriter output = parseResult.InvocationConfiguration.Output;
                    output.WriteLine("Examples:");
                    foreach (string example in examples)
                    {
                        output.WriteLine("  " + example);
                    }

                    output.WriteLine();
                }

                return code;
            }
        }
    }
}
