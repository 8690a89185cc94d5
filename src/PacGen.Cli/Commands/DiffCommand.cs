using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using PacGen.Cli.Diff;
using PacGen.Cli.Output;
using PacGen.Svd;

namespace PacGen.Cli.Commands
{
    /// <summary><c>pacgen diff &lt;old.svd&gt; &lt;new.svd&gt;</c>: what changed in the generated API between two SVD versions.</summary>
    internal static class DiffCommand
    {
        public static Command Create(CliContext context)
        {
            var oldSvd = new Argument<string>("old.svd") { Description = "The earlier version." };
            var newSvd = new Argument<string>("new.svd") { Description = "The later version." };
            var command = new Command(
                "diff",
                "List API-level differences between two versions of an SVD, one per line: peripherals, registers, " +
                "fields and enumerated values added, removed or renamed (same address and shape, another name), and " +
                "changed base addresses, offsets, sizes, access, reset values and masks, and field positions " +
                "(bitOffset:bitWidth). Prints nothing when the APIs are the same. Exit codes: 0 same, 1 different, " +
                "2 usage error (or an SVD with errors, reported on stderr).")
                .WithExamples(
                    "pacgen diff chip-1.0.svd chip-1.1.svd",
                    "pacgen diff old.svd new.svd > api-changes.txt");
            command.Arguments.Add(oldSvd);
            command.Arguments.Add(newSvd);
            command.SetAction(parsed =>
            {
                context.Progress.Report(1, 2, "reading " + parsed.GetRequiredValue(oldSvd));
                LoadedSvd before = SvdLoader.Load(parsed.GetRequiredValue(oldSvd));
                context.Progress.Report(2, 2, "reading " + parsed.GetRequiredValue(newSvd));
                LoadedSvd after = SvdLoader.Load(parsed.GetRequiredValue(newSvd));
                context.Progress.Clear();
                SvdLoader.WriteDiagnostics(context.Error, before);
                SvdLoader.WriteDiagnostics(context.Error, after);

                // Comparing a half-read device would report its errors as API changes.
                if (before.HasErrors || after.HasErrors || before.Device is null || after.Device is null)
                {
                    context.Error.WriteLine("pacgen: cannot compare SVDs that have errors");
                    return ExitCodes.Usage;
                }

                IReadOnlyList<string> lines = ApiDiff.Compare(
                    before.Device, DeviceMap.Flatten(before.Device).ToList(),
                    after.Device, DeviceMap.Flatten(after.Device).ToList());
                foreach (string line in lines)
                {
                    context.Out.WriteLine(line);
                }

                return lines.Count == 0 ? ExitCodes.Ok : ExitCodes.Failed;
            });
            return command;
        }
    }
}
