using System.CommandLine;

namespace PacGen.Cli.Commands
{
    /// <summary><c>--namespace N</c>, passed to the generator as the <c>Namespace</c> item metadata (generate and new).</summary>
    internal static class NamespaceOption
    {
        public static Option<string?> Create() =>
            new Option<string?>("--namespace") { Description = "The namespace of the generated API (default: from the device name)." };
    }
}
