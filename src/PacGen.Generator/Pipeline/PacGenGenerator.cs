using System;
using Microsoft.CodeAnalysis;
using PacGen.Generator.Diagnostics;
using PacGen.Generator.Emit;
using PacGen.Svd.Model;

namespace PacGen.Generator.Pipeline
{
    /// <summary>
    /// Generates a peripheral access API for every AdditionalFile ending in <c>.svd</c>.
    /// One pipeline branch per file (read → parse → emit), each step holding only equatable models, so editing
    /// C# code re-runs nothing and editing one SVD regenerates only that SVD's files.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class PacGenGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValuesProvider<SvdFile> files = context.AdditionalTextsProvider
                .Where(static file => SvdFile.IsSvd(file))
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select(static (pair, cancellationToken) => SvdFile.Create(pair.Left, pair.Right.GetOptions(pair.Left), cancellationToken))
                .WithTrackingName(TrackingNames.SvdFiles);

            IncrementalValuesProvider<ParsedSvd> parsed = files
                .Select(static (file, cancellationToken) => ParsedSvd.Create(file, cancellationToken))
                .WithTrackingName(TrackingNames.Parse);

            IncrementalValuesProvider<GeneratedDevice> generated = parsed
                .Select(static (model, _) => GeneratedDevice.Create(model))
                .WithTrackingName(TrackingNames.Emit);

            context.RegisterSourceOutput(generated, static (output, device) => AddOutput(output, device));
        }

        private static void AddOutput(SourceProductionContext output, GeneratedDevice device)
        {
            foreach (LocatedDiagnostic diagnostic in device.Diagnostics)
            {
                output.ReportDiagnostic(DiagnosticReporter.ToDiagnostic(diagnostic));
            }

            foreach (GeneratedSource source in device.Sources)
            {
                try
                {
                    output.AddSource(source.HintName, source.Text);
                }
                catch (ArgumentException)
                {
                    // The hint name is already taken: another SVD generates the same namespace.
                    output.ReportDiagnostic(DiagnosticReporter.ToDiagnostic(new LocatedDiagnostic(
                        GeneratorDiagnosticDescriptors.DuplicateOutput.Id,
                        Svd.Diagnostics.SvdSeverity.Error,
                        new[] { device.Path, device.Namespace ?? string.Empty }.ToEquatableArray(),
                        device.Path,
                        0,
                        0,
                        0,
                        0)));
                    return;
                }
            }
        }
    }
}
