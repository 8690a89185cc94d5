using System.CommandLine;

namespace PacGen.Cli.Commands
{
    /// <summary><c>--name-style csharp|svd</c>, passed to the generator as the <c>NameStyle</c> item metadata.</summary>
    internal static class NameStyleOption
    {
        public static Option<string> Create()
        {
            var option = new Option<string>("--name-style")
            {
                Description = "Identifiers in C# PascalCase (csharp, the default) or as the SVD spells them (svd).",
                DefaultValueFactory = _ => "csharp",
            };
            option.AcceptOnlyFromAmong("csharp", "svd");
            return option;
        }

        /// <summary>The metadata value the generator expects: <c>CSharp</c> or <c>Svd</c>.</summary>
        public static string ToMetadata(string value) => value == "svd" ? "Svd" : "CSharp";
    }
}
