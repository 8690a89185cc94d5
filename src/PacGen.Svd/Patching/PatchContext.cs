using System;
using System.Collections.Generic;
using PacGen.Svd.Diagnostics;
using PacGen.Svd.Model;
using PacGen.Svd.Patching.Yaml;

namespace PacGen.Svd.Patching
{
    /// <summary>
    /// State of one patch run: its diagnostics, the files it may read, and the positions of elements it writes.
    /// An element written from YAML gets a synthetic position (negative line = index into <see cref="Origins"/>), so
    /// a front-end diagnostic about it later is reported at the YAML line that wrote it.
    /// </summary>
    internal sealed class PatchContext
    {
        private readonly List<PatchLocation> _origins = new List<PatchLocation>();
        private readonly Dictionary<PatchLocation, int> _originIndex = new Dictionary<PatchLocation, int>();

        public PatchContext(PatchDiagnostics diagnostics, string deviceFile, Func<string, string?> readText)
        {
            Diagnostics = diagnostics;
            DeviceFile = deviceFile;
            ReadText = readText;
        }

        public PatchDiagnostics Diagnostics { get; }

        public string DeviceFile { get; }

        /// <summary>Reads other SVD files (<c>_copy: from: other.svd:PERIPH</c>).</summary>
        public Func<string, string?> ReadText { get; }

        /// <summary>Every SVD file read besides the patched one (build inputs).</summary>
        public List<string> OtherSvdFiles { get; } = new List<string>();

        public IReadOnlyList<PatchLocation> Origins => _origins;

        public SourcePosition Position(PatchNode node) => Position(node.Location);

        public SourcePosition Position(PatchLocation location)
        {
            if (!_originIndex.TryGetValue(location, out int index))
            {
                index = _origins.Count;
                _origins.Add(location);
                _originIndex[location] = index;
            }

            return new SourcePosition(-(index + 1), 0);
        }

        /// <summary>The YAML location of a synthetic position, or false for a position in the SVD.</summary>
        public bool TryOrigin(SourcePosition position, out PatchLocation location)
        {
            int index = -position.Line - 1;
            if (index >= 0 && index < _origins.Count)
            {
                location = _origins[index];
                return true;
            }

            location = default;
            return false;
        }

        public void NoMatch(PatchScalar spec, string what, string where) =>
            Diagnostics.Report(PatchDiagnosticDescriptors.NoMatch, spec.Location, spec.Value, what, where);

        public void Invalid(PatchNode at, string message) =>
            Diagnostics.Report(PatchDiagnosticDescriptors.InvalidModification, at.Location, message);

        public void UnknownKey(PatchScalar key, string level) =>
            Diagnostics.Report(PatchDiagnosticDescriptors.UnknownKey, key.Location, key.Value, level);
    }
}
