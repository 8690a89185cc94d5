using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using PacGen.Cli.Generate;
using PacGen.Cli.Output;
using PacGen.Cli.Scaffold;
using PacGen.Testing;

namespace PacGen.Cli.Commands
{
    /// <summary><c>pacgen new &lt;svd&gt;</c>: scaffolds a PAC library, its tests and a solution that build at once.</summary>
    internal static class NewCommand
    {
        public static Command Create(CliContext context)
        {
            var svd = new Argument<string>("svd") { Description = "The SVD file of the chip." };
            var output = new Option<string?>("--output", "-o") { Description = "The folder to create (must be new or empty; default: ./<name>)." };
            var name = new Option<string?>("--name") { Description = "The library's project and solution name (default: <device>.Pac)." };
            Option<string?> ns = NamespaceOption.Create();
            Option<string> nameStyle = NameStyleOption.Create();
            var command = new Command(
                "new",
                "Scaffold a peripheral access library for an SVD: a solution, a class library referencing the PacGen " +
                "package with the SVD as a <PacGenSvd> item, and a test project with a snapshot test of the generated " +
                "public API and a register write/read smoke test on PacGen.Simulation. It builds and tests at once " +
                "(dotnet test). Exit codes: 0 created, 1 SVD errors or a non-empty target folder, 2 usage error.")
                .WithExamples(
                    "pacgen new svd/stm32l0x1.svd",
                    "pacgen new chip.svd -o MyChip --name MyChip.Pac --namespace MyBoard.Chip");
            command.Arguments.Add(svd);
            command.Options.Add(output);
            command.Options.Add(name);
            command.Options.Add(ns);
            command.Options.Add(nameStyle);
            command.SetAction(parsed =>
            {
                string svdPath = parsed.GetRequiredValue(svd);
                context.Progress.Report(1, 3, "reading " + svdPath);
                LoadedSvd loaded = SvdLoader.Load(svdPath);
                context.Progress.Clear();
                SvdLoader.WriteDiagnostics(context.Error, loaded);
                if (loaded.HasErrors || loaded.Device is null)
                {
                    return ExitCodes.Failed;
                }

                string projectName = parsed.GetValue(name) ?? DefaultName(loaded.Device.Name);
                if (!IsValidProjectName(projectName))
                {
                    throw new UsageException("'" + projectName + "' is not a usable project name (letters, digits, '.', '_' and '-', starting with a letter)");
                }

                string directory = parsed.GetValue(output) ?? projectName;
                if (!ScaffoldWriter.CanWriteInto(directory))
                {
                    context.Error.WriteLine(Path.GetFullPath(directory) + ": error: the folder is not empty; choose a new one with -o");
                    return ExitCodes.Failed;
                }

                context.Progress.Report(2, 3, "generating the API listing");
                string style = NameStyleOption.ToMetadata(parsed.GetRequiredValue(nameStyle));
                // A device YAML: the project gets the patched SVD (named after the YAML), so it builds without the patch files.
                string svdText = File.ReadAllText(loaded.Path);
                string svdFileName = Path.GetFileName(svdPath);
                if (PacGen.Svd.Patching.SvdPatch.IsPatchPath(svdPath))
                {
                    svdText = SvdLoader.ReadSvdText(svdPath, new System.Collections.Generic.List<PacGen.Svd.Diagnostics.SvdDiagnostic>(), out _)
                        ?? throw new InvalidOperationException("The patch of " + svdPath + " failed after it read cleanly");
                    svdFileName = Path.GetFileNameWithoutExtension(svdPath) + ".svd";
                    svdPath = Path.Combine(Path.GetTempPath(), "pacgen-" + Guid.NewGuid().ToString("N"), svdFileName);
                    Directory.CreateDirectory(Path.GetDirectoryName(svdPath)!);
                    File.WriteAllText(svdPath, svdText);
                }

                PacGenRunResult generated = PacGenTestRunner.Run(svdText, svdFileName, parsed.GetValue(ns), style);
                context.Progress.Clear();
                if (generated.GeneratorDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
                {
                    foreach (Diagnostic diagnostic in generated.GeneratorDiagnostics)
                    {
                        context.Error.WriteLine(diagnostic.ToString());
                    }

                    return ExitCodes.Failed;
                }

                string generatedNamespace = parsed.GetValue(ns) ??
                    generated.Sources.Select(s => GeneratedFileMarker.NamespaceOf(s.Value)).FirstOrDefault(n => n != null) ??
                    throw new InvalidOperationException("The generator produced no namespace for " + svdPath);
                var spec = new ScaffoldSpec(
                    projectName,
                    svdFileName,
                    generatedNamespace,
                    style,
                    ToolVersion(),
                    generated.PublicApiListing,
                    SmokeTarget.Find(loaded.Device, generatedNamespace, generated.Sources.Select(s => s.Value)));

                context.Progress.Report(3, 3, "writing " + directory);
                ScaffoldWriter.Write(directory, spec, svdPath);
                context.Progress.Clear();
                context.Out.WriteLine("created " + projectName + " in " + Path.GetFullPath(directory) + " (PacGen " + spec.PacGenVersion + ")");
                context.Out.WriteLine("next: cd " + directory + " && dotnet test");
                return ExitCodes.Ok;
            });
            return command;
        }

        /// <summary><c>STM32L0x1</c> → <c>STM32L0x1.Pac</c>; characters a project name cannot hold become '_'.</summary>
        internal static string DefaultName(string deviceName)
        {
            string cleaned = Regex.Replace(deviceName, "[^A-Za-z0-9_.-]", "_").Trim('.', '-');
            if (cleaned.Length == 0 || !char.IsLetter(cleaned[0]))
            {
                cleaned = "Chip" + cleaned;
            }

            return cleaned + ".Pac";
        }

        private static bool IsValidProjectName(string name) => Regex.IsMatch(name, "^[A-Za-z][A-Za-z0-9_.-]*$");

        /// <summary>This tool's package version (informational version without the +commit suffix): the scaffold references the PacGen packages of the same release.</summary>
        internal static string ToolVersion()
        {
            string version = typeof(NewCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.1.0";
            int plus = version.IndexOf('+', StringComparison.Ordinal);
            return plus < 0 ? version : version.Substring(0, plus);
        }
    }
}
