using System.Collections.Generic;
using System.Globalization;
using PacGen.Svd.Model;
using PacGen.Svd.Parsing;

namespace PacGen.Svd.Diagnostics
{
    /// <summary>Collects diagnostics while reading; formats messages with the invariant culture.</summary>
    internal sealed class DiagnosticBag
    {
        private readonly List<SvdDiagnostic> _items = new List<SvdDiagnostic>();

        public bool HasErrors { get; private set; }

        public IReadOnlyList<SvdDiagnostic> Items => _items;

        public void Report(SvdDiagnosticDescriptor descriptor, SourcePosition position, params object?[] args)
        {
            string message = string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, args);
            _items.Add(new SvdDiagnostic(descriptor.Id, descriptor.Severity, message, position));
            if (descriptor.Severity == SvdSeverity.Error)
            {
                HasErrors = true;
            }
        }

        /// <summary>Adds a diagnostic made elsewhere (the patch stage's).</summary>
        public void Add(SvdDiagnostic diagnostic)
        {
            _items.Add(diagnostic);
            HasErrors |= diagnostic.Severity == SvdSeverity.Error;
        }

        public void Report(SvdDiagnosticDescriptor descriptor, SvdElement? element, params object?[] args) =>
            Report(descriptor, element?.Position ?? SourcePosition.Unknown, args);
    }
}
