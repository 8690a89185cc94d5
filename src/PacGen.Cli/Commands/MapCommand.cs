using System.CommandLine;
using PacGen.Cli.Map;
using PacGen.Cli.Output;
using PacGen.Svd;

namespace PacGen.Cli.Commands
{
    /// <summary><c>pacgen map &lt;file.svd&gt;</c>: the flattened register map as CSV on stdout.</summary>
    internal static class MapCommand
    {
        public static Command Create(CliContext context)
        {
            var svd = new Argument<string>("file.svd") { Description = "The SVD file to read, or a device YAML patch (svdtools format) whose _svd names it." };
            var enums = new Option<bool>("--enums") { Description = "Print the enumerated values instead: peripheral,register,path,field,usage,variants (NAME=0xV;...)." };
            var command = new Command(
                "map",
                "Print the flattened register map as CSV: one row per register instance after every derivedFrom and " +
                "dim expansion, with absolute addresses and fields (NAME:bitOffset:bitWidth:access). Diagnostics go to " +
                "stderr. Exit codes: 0 ok, 1 the SVD has errors, 2 usage error.")
                .WithExamples(
                    "pacgen map svd/bcm2711.svd",
                    "pacgen map chip.svd > chip.csv",
                    "pacgen map devices/stm32l0x1.yaml --enums");
            command.Arguments.Add(svd);
            command.Options.Add(enums);
            command.SetAction(parsed =>
            {
                LoadedSvd loaded = SvdLoader.Load(parsed.GetRequiredValue(svd));
                SvdLoader.WriteDiagnostics(context.Error, loaded);
                if (loaded.HasErrors || loaded.Device is null)
                {
                    return ExitCodes.Failed;
                }

                if (parsed.GetValue(enums))
                {
                    EnumMapCsv.Write(context.Out, DeviceMap.Flatten(loaded.Device));
                }
                else
                {
                    RegisterMapCsv.Write(context.Out, DeviceMap.Flatten(loaded.Device));
                }
                return ExitCodes.Ok;
            });
            return command;
        }
    }
}
