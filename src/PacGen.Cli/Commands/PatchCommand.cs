using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using PacGen.Cli.Output;
using PacGen.Svd.Diagnostics;

namespace PacGen.Cli.Commands
{
    /// <summary><c>pacgen patch &lt;device.yaml&gt; [-o out.svd]</c>: svdtools' <c>svd patch</c>, the patched SVD written out.</summary>
    internal static class PatchCommand
    {
        public static Command Create(CliContext context)
        {
            var yaml = new Argument<string>("device.yaml") { Description = "The device patch (svdtools format); its _svd key names the SVD, relative to it." };
            var output = new Option<string?>("--output", "-o") { Description = "Where to write the patched SVD (default: the SVD's path with .patched appended, as svdtools does)." };
            var command = new Command(
                "patch",
                "Apply an svdtools-format YAML patch (with every file it includes) to the SVD its _svd key names and " +
                "write the patched SVD. Diagnostics (PACGEN3xx, located in the YAML) go to stderr. Exit codes: 0 written, " +
                "1 the patch or the SVD has errors (nothing is written), 2 usage error.")
                .WithExamples(
                    "pacgen patch devices/stm32l0x1.yaml -o stm32l0x1.patched.svd",
                    "pacgen patch svd/bcm2711.yaml");
            command.Arguments.Add(yaml);
            command.Options.Add(output);
            command.SetAction(parsed =>
            {
                string path = parsed.GetRequiredValue(yaml);
                var diagnostics = new List<SvdDiagnostic>();
                string? text = SvdLoader.ReadSvdText(path, diagnostics, out string svdPath);
                SvdLoader.WriteDiagnostics(context.Error, svdPath, diagnostics);
                if (text == null || diagnostics.Any(d => d.Severity == SvdSeverity.Error))
                {
                    return ExitCodes.Failed;
                }

                string target = parsed.GetValue(output) ?? svdPath + ".patched";
                File.WriteAllText(target, text);
                context.Out.WriteLine("wrote " + Path.GetFullPath(target));
                return ExitCodes.Ok;
            });
            return command;
        }
    }
}
