using System.Collections.Generic;
using System.Linq;
using PacGen.Svd.Diagnostics;
using PacGen.Svd.Model;

namespace PacGen.Cli.Output
{
    /// <summary>An SVD file as read: the device (null when it could not be built) and every diagnostic.</summary>
    internal sealed record LoadedSvd(string Path, Device? Device, IReadOnlyList<SvdDiagnostic> Diagnostics)
    {
        public bool HasErrors => Device is null || Diagnostics.Any(d => d.Severity == SvdSeverity.Error);

        public bool HasWarnings => Diagnostics.Any(d => d.Severity == SvdSeverity.Warning);
    }
}
