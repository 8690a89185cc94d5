using System.CommandLine;
using PacGen.Cli.Commands;

namespace PacGen.Cli
{
    /// <summary>The command tree: <c>pacgen map | check | diff | generate | new | patch</c>.</summary>
    internal static class CliCommands
    {
        public static RootCommand Create(CliContext context)
        {
            RootCommand root = new RootCommand(
                "pacgen: CMSIS-SVD tools for PacGen, the C# peripheral access API generator. " +
                "Exit codes: 0 ok, 1 errors or differences found, 2 usage error, 3 internal error.")
                .WithExamples(
                    "pacgen map svd/bcm2711.svd > bcm2711.csv",
                    "pacgen check vendor/*.svd --strict",
                    "pacgen diff old/chip.svd new/chip.svd",
                    "pacgen generate chip.svd -o Generated --namespace MyBoard.Chip",
                    "pacgen new chip.svd -o MyChip --name MyChip.Pac");
            root.Subcommands.Add(MapCommand.Create(context));
            root.Subcommands.Add(CheckCommand.Create(context));
            root.Subcommands.Add(DiffCommand.Create(context));
            root.Subcommands.Add(GenerateCommand.Create(context));
            root.Subcommands.Add(NewCommand.Create(context));
            root.Subcommands.Add(PatchCommand.Create(context));
            Help.Install(root);
            return root;
        }
    }
}
