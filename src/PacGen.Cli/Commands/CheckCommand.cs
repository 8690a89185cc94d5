using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using PacGen.Cli.Check;
using PacGen.Cli.Output;
using PacGen.Svd;

namespace PacGen.Cli.Commands
{
    /// <summary><c>pacgen check &lt;svd&gt;... [--strict]</c>: a validation report in the spirit of ARM's svdconv.</summary>
    internal static class CheckCommand
    {
        public static Command Create(CliContext context)
        {
            var files = new Argument<string[]>("files")
            {
                Description = "One or more SVD files.",
                Arity = ArgumentArity.OneOrMore,
            };
            var strict = new Option<bool>("--strict") { Description = "Fail (exit 1) on warnings too." };
            var command = new Command(
                "check",
                "Validate SVD files: every diagnostic with its line and column (MSBuild canonical form), then per file " +
                "what it holds (peripherals, registers, fields, enumerated value sets, counted over the flattened map) " +
                "and its errors and warnings by id. Exit codes: 0 clean, 1 errors (or warnings with --strict), " +
                "2 usage error.")
                .WithExamples(
                    "pacgen check svd/stm32l0x1.svd",
                    "pacgen check vendor/*.svd --strict");
            command.Arguments.Add(files);
            command.Options.Add(strict);
            command.SetAction(parsed => Run(context, parsed.GetRequiredValue(files), parsed.GetValue(strict)));
            return command;
        }

        private static int Run(CliContext context, IReadOnlyList<string> files, bool strict)
        {
            // Check every path up front: a typo in the 40th name should not cost a long run first.
            foreach (string file in files.Where(f => !File.Exists(f)))
            {
                throw new UsageException("file not found: " + file);
            }

            var total = new DiagnosticTally();
            int failedFiles = 0;
            for (int i = 0; i < files.Count; i++)
            {
                context.Progress.Report(i + 1, files.Count, "checking " + files[i]);
                LoadedSvd loaded = SvdLoader.Load(files[i]);
                var tally = new DiagnosticTally();
                tally.Add(loaded.Diagnostics);
                total.Add(loaded.Diagnostics);

                context.Progress.Clear();
                SvdLoader.WriteDiagnostics(context.Out, loaded);
                context.Out.WriteLine(loaded.Path + ": " + Contents(loaded) + "; " + tally);
                if (tally.Errors > 0 || loaded.Device is null || (strict && tally.Warnings > 0))
                {
                    failedFiles++;
                }
            }

            if (files.Count > 1)
            {
                context.Out.WriteLine(
                    "checked " + Count(files.Count, "file") + ": " + failedFiles.ToString(CultureInfo.InvariantCulture) + " failed; " + total);
            }

            return failedFiles == 0 ? ExitCodes.Ok : ExitCodes.Failed;
        }

        private static string Contents(LoadedSvd loaded)
        {
            if (loaded.Device is null)
            {
                return "not readable as a device";
            }

            List<RegisterInstance> rows = DeviceMap.Flatten(loaded.Device).ToList();
            DeviceStatistics stats = DeviceStatistics.Of(loaded.Device, rows);
            return Count(stats.Peripherals, "peripheral") + ", " + Count(stats.Registers, "register") + ", " +
                Count(stats.Fields, "field") + ", " + Count(stats.EnumeratedValueSets, "enumerated value set");
        }

        private static string Count(int count, string noun) =>
            count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
    }
}
