using System;
using System.Collections.Generic;
using PacGen.Generator.Diagnostics;
using PacGen.Generator.Naming;
using PacGen.Generator.Planning;
using PacGen.Svd.Model;

namespace PacGen.Generator.Pipeline
{
    /// <summary>The plan of one SVD file, and every diagnostic so far (front end and planning), located.</summary>
    /// <param name="Plan">Null when there is nothing to generate (no device, or planning failed: the diagnostics say why).</param>
    internal sealed record PlannedDevice(string Path, DevicePlan? Plan, EquatableArray<LocatedDiagnostic> Diagnostics)
    {
        /// <summary>Which part of the output the compilation gets (from the SVD's metadata; see <see cref="SvdOutput"/>).</summary>
        public SvdOutput Output { get; init; }

        /// <summary>Plans the code for a parsed SVD; an exception becomes PACGEN100 (stage plan) rather than CS8785.</summary>
        /// <param name="parallel">Plan peripheral types on several threads (tools only; see <see cref="DevicePlanner.Plan"/>).</param>
        public static PlannedDevice Create(ParsedSvd parsed, bool parallel = false) => CreateAll(parsed, parallel) with { Output = parsed.Output };

        private static PlannedDevice CreateAll(ParsedSvd parsed, bool parallel)
        {
            var diagnostics = new List<LocatedDiagnostic>(parsed.Diagnostics);
            if (parsed.Device is null)
            {
                return new PlannedDevice(parsed.Path, null, diagnostics.ToEquatableArray());
            }

            var generatorDiagnostics = new List<GeneratorDiagnostic>();
            try
            {
                PipelineGuard.Enter(PipelineGuard.PlanStage);
                NameStyle style = ResolveNameStyle(parsed.NameStyle, generatorDiagnostics);
                string @namespace = ResolveNamespace(parsed.Namespace, parsed.Device.Name, generatorDiagnostics);
                AtomicAliases? aliases = ResolveAtomicAliases(parsed.AtomicAliases, generatorDiagnostics);
                DevicePlan plan = DevicePlanner.Plan(parsed.Device, @namespace, style, parallel, aliases);
                generatorDiagnostics.AddRange(plan.Diagnostics);
                AddLocated(diagnostics, generatorDiagnostics, parsed);
                return new PlannedDevice(parsed.Path, plan, diagnostics.ToEquatableArray());
            }
            catch (Exception ex) when (PipelineGuard.IsGuarded(ex))
            {
                generatorDiagnostics.Add(PipelineGuard.Diagnostic(parsed.Path, PipelineGuard.PlanStage, ex));
                AddLocated(diagnostics, generatorDiagnostics, parsed);
                return new PlannedDevice(parsed.Path, null, diagnostics.ToEquatableArray());
            }
        }

        private static void AddLocated(List<LocatedDiagnostic> target, List<GeneratorDiagnostic> found, ParsedSvd parsed)
        {
            foreach (GeneratorDiagnostic diagnostic in found)
            {
                parsed.Lines.Locate(diagnostic.Position, out int start, out int length, out int line, out int column);
                Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor = GeneratorDiagnosticDescriptors.Find(diagnostic.Id)!;
                // Info stays info (PACGEN101 renames): the API's compile fails fast on what fails the build (ApiFailFast).
                var severity = descriptor.DefaultSeverity switch
                {
                    Microsoft.CodeAnalysis.DiagnosticSeverity.Error => Svd.Diagnostics.SvdSeverity.Error,
                    Microsoft.CodeAnalysis.DiagnosticSeverity.Warning => Svd.Diagnostics.SvdSeverity.Warning,
                    _ => Svd.Diagnostics.SvdSeverity.Info,
                };
                target.Add(new LocatedDiagnostic(diagnostic.Id, severity, diagnostic.Arguments, parsed.LinesPath ?? parsed.Path, start, length, line, column));
            }
        }

        private static NameStyle ResolveNameStyle(string? metadata, List<GeneratorDiagnostic> diagnostics)
        {
            if (metadata is null || string.Equals(metadata, "CSharp", StringComparison.OrdinalIgnoreCase))
            {
                return NameStyle.CSharp;
            }

            if (string.Equals(metadata, "Svd", StringComparison.OrdinalIgnoreCase))
            {
                return NameStyle.Svd;
            }

            diagnostics.Add(GeneratorDiagnosticDescriptors.Create(GeneratorDiagnosticDescriptors.InvalidNameStyle, SourcePosition.Unknown, metadata));
            return NameStyle.CSharp;
        }

        /// <summary>The AtomicAliases metadata parsed; null (no windows, PACGEN106) when absent or invalid.</summary>
        private static AtomicAliases? ResolveAtomicAliases(string? metadata, List<GeneratorDiagnostic> diagnostics)
        {
            if (metadata is null)
            {
                return null;
            }

            if (AtomicAliases.TryParse(metadata, out AtomicAliases? aliases, out string error))
            {
                return aliases;
            }

            diagnostics.Add(GeneratorDiagnosticDescriptors.Create(GeneratorDiagnosticDescriptors.InvalidAtomicAliases, SourcePosition.Unknown, metadata, error));
            return null;
        }

        /// <summary>The Namespace metadata when it is a valid dotted name; else its parts sanitized (warning); else the device name in PascalCase.</summary>
        private static string ResolveNamespace(string? metadata, string deviceName, List<GeneratorDiagnostic> diagnostics)
        {
            if (metadata is null)
            {
                return IdentifierFactory.Create(deviceName, NameStyle.CSharp);
            }

            string[] parts = metadata.Split('.');
            bool changed = false;
            for (int i = 0; i < parts.Length; i++)
            {
                string part = IdentifierFactory.Create(parts[i], NameStyle.Svd, out bool sanitized);
                changed |= sanitized || !string.Equals(part, parts[i], StringComparison.Ordinal);
                parts[i] = part;
            }

            string result = string.Join(".", parts);
            if (changed)
            {
                diagnostics.Add(GeneratorDiagnosticDescriptors.Create(GeneratorDiagnosticDescriptors.InvalidNamespace, SourcePosition.Unknown, metadata, result));
            }

            return result;
        }
    }
}
