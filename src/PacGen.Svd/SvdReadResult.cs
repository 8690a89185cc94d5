using PacGen.Svd.Diagnostics;
using PacGen.Svd.Model;

namespace PacGen.Svd
{
    /// <summary>The resolved device (null when the document could not be read at all) and every diagnostic, in report order.</summary>
    public sealed record SvdReadResult(Device? Device, EquatableArray<SvdDiagnostic> Diagnostics)
    {
        public bool HasErrors
        {
            get
            {
                foreach (SvdDiagnostic diagnostic in Diagnostics)
                {
                    if (diagnostic.Severity == SvdSeverity.Error)
                    {
                        return true;
                    }
                }

                return false;
            }
        }
    }
}
