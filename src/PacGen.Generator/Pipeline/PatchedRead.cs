using System;
using System.Collections.Generic;
using PacGen.Svd;
using PacGen.Svd.Diagnostics;
using PacGen.Svd.Model;
using PacGen.Svd.Patching;

namespace PacGen.Generator.Pipeline
{
    /// <summary>
    /// The parse step of a patched device: loads the patch from the device's tracked inputs, applies it to the SVD
    /// (the item itself, or the one a device YAML's <c>_svd</c> names) and reads the result. All or nothing, as the
    /// patch stage is: a patch error gives its diagnostics (located in the YAML) and no device, never a half-patched API.
    /// </summary>
    internal static class PatchedRead
    {
        public static ParsedSvd Create(SvdFile file, LineMap fileLines)
        {
            Func<string, string?> readText = PatchDependencies.Reader(file, file.Inputs);
            SvdPatch patch = SvdPatch.Load(file.Patch!, readText);
            bool itemIsSvd = SvdFile.IsSvdPath(file.Path);
            SvdReadResult result = itemIsSvd
                ? SvdReader.Read(file.Text ?? string.Empty, patch, readText, SvdReaderOptions.Default with { DecodedAs = file.Encoding })
                : SvdReader.ReadPatched(patch, readText);

            string svdPath = itemIsSvd ? file.Path : patch.SvdPath ?? file.Path;
            var lines = new Dictionary<string, LineMap>(StringComparer.Ordinal) { [PatchInput.FullPath(file.Path)] = fileLines };
            LineMap svdLines = Lines(lines, svdPath, readText);
            var diagnostics = new List<LocatedDiagnostic>(result.Diagnostics.Count);
            foreach (SvdDiagnostic diagnostic in result.Diagnostics)
            {
                string path = diagnostic.File ?? svdPath;
                diagnostics.Add(ParsedSvd.Locate(diagnostic, SamePath(path, file.Path) ? file.Path : path, Lines(lines, path, readText)));
            }

            return new ParsedSvd(file.Path, file.Namespace, file.NameStyle, result.Device, diagnostics.ToEquatableArray(), svdLines, file.AtomicAliases)
            {
                LinesPath = SamePath(svdPath, file.Path) ? null : svdPath,
            };
        }

        private static bool SamePath(string a, string b) => string.Equals(PatchInput.FullPath(a), PatchInput.FullPath(b), StringComparison.Ordinal);

        private static LineMap Lines(Dictionary<string, LineMap> cache, string path, Func<string, string?> readText)
        {
            string key = PatchInput.FullPath(path);
            if (!cache.TryGetValue(key, out LineMap? map))
            {
                map = LineMap.Create(readText(key) ?? string.Empty);
                cache.Add(key, map);
            }

            return map;
        }
    }
}
