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
            _items.Add(descriptor.Create(position, null, args));
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

        /// <summary>
        /// Hex digits of an address or value for a message (<c>0x{1}</c> in the table): arguments travel as invariant
        /// strings, so the table has no format specifiers and Roslyn's descriptors use the same formats.
        /// </summary>
        public static string Hex(ulong value) => value.ToString("X", CultureInfo.InvariantCulture);

        public void Report(SvdDiagnosticDescriptor descriptor, SvdElement? element, params object?[] args) =>
            Report(descriptor, element?.Position ?? SourcePosition.Unknown, args);
    }
}
