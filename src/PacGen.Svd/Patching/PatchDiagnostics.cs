using System.Collections.Generic;
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
            _items.Add(descriptor.Create(new SourcePosition(location.Line, location.Column), location.File, args));
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
