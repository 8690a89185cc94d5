using System;
using System.Collections.Generic;
using PacGen.Svd.Diagnostics;
using PacGen.Svd.Model;
using PacGen.Svd.Parsing;

namespace PacGen.Svd.Patching
{
    /// <summary>
    /// Applies an <see cref="SvdPatch"/> to a loaded SVD element tree, between loading and parsing. All or nothing:
    /// when the patch reports an error the caller gets no patched tree, never a half-patched one.
    /// </summary>
    internal static class SvdPatcher
    {
        /// <summary>Applies the patch in place; returns the context (diagnostics, origins of written elements).</summary>
        public static PatchContext Apply(SvdElement device, SvdPatch patch, Func<string, string?> readText)
        {
            var diagnostics = new PatchDiagnostics();
            foreach (SvdDiagnostic d in patch.Diagnostics)
            {
                diagnostics.Add(d);
            }

            var context = new PatchContext(diagnostics, SvdPatch.FullPath(patch.Path), readText);
            if (patch.Root != null && !patch.HasErrors)
            {
                new DevicePatcher(context).Process(device, patch.Root);
            }

            return context;
        }

        /// <summary>
        /// The patched SVD as XML text (<c>pacgen patch</c>), or null with the reasons in <paramref name="diagnostics"/>.
        /// </summary>
        public static string? PatchText(string svdText, SvdPatch patch, Func<string, string?> readText, List<SvdDiagnostic> diagnostics)
        {
            var bag = new DiagnosticBag();
            SvdElement? root = SafeXmlLoader.Load(svdText, SvdReaderOptions.Default.MaxBytes, bag);
            diagnostics.AddRange(bag.Items);
            if (root == null)
            {
                return null;
            }

            PatchContext context = Apply(root, patch, readText);
            diagnostics.AddRange(context.Diagnostics.Items);
            return context.Diagnostics.HasErrors ? null : SvdWriter.Write(root);
        }

        /// <summary>A front-end diagnostic about an element the patch wrote, moved to the YAML line that wrote it.</summary>
        public static SvdDiagnostic Relocate(SvdDiagnostic diagnostic, PatchContext context) =>
            context.TryOrigin(diagnostic.Position, out var origin)
                ? diagnostic with { Position = new SourcePosition(origin.Line, origin.Column), File = origin.File }
                : diagnostic;
    }
}
