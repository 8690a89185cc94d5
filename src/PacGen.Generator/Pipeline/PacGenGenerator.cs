using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PacGen.Generator.Diagnostics;
using PacGen.Generator.Emit;
using PacGen.Svd.Model;

namespace PacGen.Generator.Pipeline
{
    /// <summary>
    /// Generates a peripheral access API for every device AdditionalFile: an SVD (optionally patched), or a device YAML.
    /// One pipeline branch per file (read → parse → plan → emit), each step holding only equatable models, so editing
    /// C# code re-runs nothing and editing one SVD regenerates only that SVD's files.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class PacGenGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValuesProvider<(AdditionalText File, AnalyzerConfigOptionsProvider Options)> additional = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider);

            IncrementalValuesProvider<SvdFile> devices = additional
                .Where(static pair => SvdFile.IsDevice(pair.File, pair.Options.GetOptions(pair.File)))
                .Select(static (pair, cancellationToken) => SvdFile.Create(pair.File, pair.Options.GetOptions(pair.File), cancellationToken))
                .WithTrackingName(TrackingNames.SvdFiles);

            // Every file a patch may read (YAML, SVDs marked PacGenInput), collected once; each device then keeps
            // only the texts its own patch reads, so an edit reaches the devices that include the file and no other.
            IncrementalValueProvider<EquatableArray<PatchInput>> inputs = additional
                .Where(static pair => PatchInput.IsInput(pair.File, pair.Options.GetOptions(pair.File)))
                .Select(static (pair, cancellationToken) => PatchInput.Create(pair.File, cancellationToken))
                .Collect()
                .Select(static (all, _) => PatchInput.Sort(all))
                .WithTrackingName(TrackingNames.PatchInputs);

            IncrementalValuesProvider<SvdFile> files = devices
                .Combine(inputs)
                .Select(static (pair, _) => PatchDependencies.Select(pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.PatchedFiles);

            IncrementalValuesProvider<ParsedSvd> parsed = files
                .Select(static (file, cancellationToken) => ParsedSvd.Create(file, cancellationToken))
                .WithTrackingName(TrackingNames.Parse);

            IncrementalValuesProvider<PlannedDevice> planned = parsed
                .Select(static (model, _) => PlannedDevice.Create(model))
                .WithTrackingName(TrackingNames.Plan);

            IncrementalValuesProvider<GeneratedDevice> generated = planned
                .Select(static (plan, _) => GeneratedDevice.Create(plan))
                .WithTrackingName(TrackingNames.Emit);

            // Hint names derive from the namespace, so two SVDs generating one namespace would collide. Each branch
            // learns which namespaces the others claim from this small collected list (equal when unchanged, so
            // the per-SVD outputs stay cached).
            IncrementalValueProvider<EquatableArray<NamespaceClaim>> claims = generated
                .Select(static (device, _) => new NamespaceClaim(device.Path, device.Namespace))
                .Collect()
                .Select(static (all, _) => NamespaceClaim.Sort(all))
                .WithTrackingName(TrackingNames.Namespaces);

            // The project's warning options, in the compile of an API assembly only (ApiFailFast): one small record,
            // equal across edits.
            IncrementalValueProvider<ApiFailFast> failFast = context.AnalyzerConfigOptionsProvider
                .Select(static (options, _) => ApiFailFast.Read(options.GlobalOptions))
                .WithTrackingName(TrackingNames.ApiFailFast);

            context.RegisterSourceOutput(
                generated.Combine(claims).Combine(failFast),
                static (output, pair) => AddOutput(output, pair.Left.Left, pair.Left.Right, pair.Right));
        }

        /// <summary>Reports and adds one SVD's output; an unexpected exception becomes PACGEN100 (stage output).</summary>
        private static void AddOutput(SourceProductionContext output, GeneratedDevice device, EquatableArray<NamespaceClaim> claims, ApiFailFast failFast)
        {
            try
            {
                PipelineGuard.Enter(PipelineGuard.OutputStage);
                if (device.Output == SvdOutput.Api && failFast.Fails(device.Diagnostics))
                {
                    ReportFailFast(output, device, failFast);
                    return;
                }

                AddOutputCore(output, device, claims);
            }
            catch (System.Exception ex) when (PipelineGuard.IsGuarded(ex))
            {
                GeneratorDiagnostic internalError = PipelineGuard.Diagnostic(device.Path, PipelineGuard.OutputStage, ex);
                output.ReportDiagnostic(DiagnosticReporter.ToDiagnostic(new LocatedDiagnostic(
                    internalError.Id, Svd.Diagnostics.SvdSeverity.Error, internalError.Arguments, device.Path, 0, 0, 0, 0)));
            }
        }

        // The API's compile of an SVD the project's build would fail on: every diagnostic at the severity the project's
        // build gives it, and no source, so the compile stops without compiling the generated API.
        private static void ReportFailFast(SourceProductionContext output, GeneratedDevice device, ApiFailFast failFast)
        {
            foreach (LocatedDiagnostic diagnostic in device.Diagnostics)
            {
                Svd.Diagnostics.SvdSeverity? severity = failFast.EffectiveSeverity(diagnostic);
                if (severity is not null)
                {
                    output.ReportDiagnostic(DiagnosticReporter.ToDiagnostic(diagnostic, severity.Value));
                }
            }
        }

        private static void AddOutputCore(SourceProductionContext output, GeneratedDevice device, EquatableArray<NamespaceClaim> claims)
        {
            foreach (LocatedDiagnostic diagnostic in device.ReportedDiagnostics)
            {
                output.ReportDiagnostic(DiagnosticReporter.ToDiagnostic(diagnostic));
            }

            if (NamespaceClaim.ClaimedEarlier(claims, device.Path, device.Namespace))
            {
                if (device.Output != SvdOutput.Api)
                {
                    output.ReportDiagnostic(DiagnosticReporter.ToDiagnostic(new LocatedDiagnostic(
                        GeneratorDiagnosticDescriptors.DuplicateOutput.Id,
                        Svd.Diagnostics.SvdSeverity.Error,
                        new[] { device.Path, device.Namespace ?? string.Empty }.ToEquatableArray(),
                        device.Path,
                        0,
                        0,
                        0,
                        0)));
                }

                return;
            }

            foreach (GeneratedSource source in device.Sources)
            {
                output.AddSource(source.HintName, source.Text);
            }
        }
    }
}
