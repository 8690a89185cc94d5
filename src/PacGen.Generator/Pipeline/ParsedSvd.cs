using System.Collections.Generic;
using System.Threading;
using PacGen.Svd;
using PacGen.Svd.Diagnostics;
using PacGen.Svd.Model;

namespace PacGen.Generator.Pipeline
{
    /// <summary>The resolved model of one SVD file plus everything needed to emit and to locate diagnostics.</summary>
    /// <param name="AtomicAliases">The AtomicAliases metadata, unparsed (the emit step reports it when invalid).</param>
    /// <param name="Device">Null when the front end could not produce a device (its diagnostics say why).</param>
    internal sealed record ParsedSvd(
        string Path,
        string? Namespace,
        string? NameStyle,
        Device? Device,
        EquatableArray<LocatedDiagnostic> Diagnostics,
        LineMap Lines,
        string? AtomicAliases = null)
    {
        /// <summary>Which part of the output this compilation gets (from the file's metadata).</summary>
        public SvdOutput Output { get; init; }

        /// <summary>
        /// The file <see cref="Lines"/> maps and later stages locate model positions in: the SVD a device YAML names;
        /// null when that is <see cref="Path"/> itself.
        /// </summary>
        public string? LinesPath { get; init; }

        /// <summary>Reads the SVD; an unexpected exception becomes PACGEN100 (stage parse) and no device.</summary>
        public static ParsedSvd Create(SvdFile file, CancellationToken cancellationToken) =>
            CreateGuarded(file, cancellationToken) with { Output = file.Output };

        private static ParsedSvd CreateGuarded(SvdFile file, CancellationToken cancellationToken)
        {
            try
            {
                PipelineGuard.Enter(PipelineGuard.ParseStage);
                return CreateCore(file, cancellationToken);
            }
            catch (System.Exception ex) when (PipelineGuard.IsGuarded(ex))
            {
                Generator.Diagnostics.GeneratorDiagnostic internalError = PipelineGuard.Diagnostic(file.Path, PipelineGuard.ParseStage, ex);
                var located = new LocatedDiagnostic(internalError.Id, SvdSeverity.Error, internalError.Arguments, file.Path, 0, 0, 0, 0);
                var empty = new LineMap(EquatableArray<int>.Empty, 0);
                return new ParsedSvd(file.Path, file.Namespace, file.NameStyle, null, new[] { located }.ToEquatableArray(), empty, file.AtomicAliases);
            }
        }

        private static ParsedSvd CreateCore(SvdFile file, CancellationToken cancellationToken)
        {
            string text = file.Text ?? string.Empty;
            // A text the reader refuses unread (PACGEN003) needs no line map: mapping 100 MB of lines would be the
            // only work done on it.
            LineMap lines = text.Length > SvdReaderOptions.Default.MaxBytes
                ? new LineMap(new[] { 0 }.ToEquatableArray(), text.Length)
                : LineMap.Create(text);
            cancellationToken.ThrowIfCancellationRequested();
            if (file.Text is null)
            {
                SvdDiagnostic unreadable = SvdDiagnosticDescriptors.FileUnreadable.Create(
                    SourcePosition.Unknown, null, file.Path, "the build gave the generator no text for it");
                return new ParsedSvd(file.Path, file.Namespace, file.NameStyle, null, new[] { Locate(unreadable, file.Path, lines) }.ToEquatableArray(), lines, file.AtomicAliases);
            }

            if (file.Patch != null)
            {
                return PatchedRead.Create(file, lines);
            }

            SvdReadResult result = SvdReader.Read(text, SvdReaderOptions.Default with { DecodedAs = file.Encoding });
            var diagnostics = new List<LocatedDiagnostic>(result.Diagnostics.Count);
            foreach (SvdDiagnostic diagnostic in result.Diagnostics)
            {
                diagnostics.Add(Locate(diagnostic, file.Path, lines));
            }

            return new ParsedSvd(file.Path, file.Namespace, file.NameStyle, result.Device, diagnostics.ToEquatableArray(), lines, file.AtomicAliases);
        }

        internal static LocatedDiagnostic Locate(SvdDiagnostic diagnostic, string path, LineMap lines)
        {
            lines.Locate(diagnostic.Position, out int start, out int length, out int line, out int column);
            return new LocatedDiagnostic(
                diagnostic.Id, diagnostic.Severity, diagnostic.Arguments, path, start, length, line, column);
        }
    }
}
