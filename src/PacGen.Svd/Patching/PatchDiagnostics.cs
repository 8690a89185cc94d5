using System.Collections.Generic;
using System.Globalization;
using PacGen.Svd.Diagnostics;
using PacGen.Svd.Model;
using PacGen.Svd.Patching.Yaml;

namespace PacGen.Svd.Patching
{
    /// <summary>Collects patch diagnostics, each located in its YAML file.</summary>
    internal sealed class PatchDiagnostics
    {
        private readonly List<SvdDiagnostic> _items = new List<SvdDiagnostic>();

        public bool HasErrors { get; private set; }

        public IReadOnlyList<SvdDiagnostic> Items => _items;

        public void Report(SvdDiagnosticDescriptor descriptor, PatchLocation location, params object?[] args)
        {
            string message = string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, args);
            _items.Add(new SvdDiagnostic(descriptor.Id, descriptor.Severity, message, new SourcePosition(location.Line, location.Column), location.File));
            if (descriptor.Severity == SvdSeverity.Error)
            {
                HasErrors = true;
            }
        }

        public void Add(SvdDiagnostic diagnostic)
        {
            _items.Add(diagnostic);
            HasErrors |= diagnostic.Severity == SvdSeverity.Error;
        }
    }
}
