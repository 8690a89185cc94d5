using System.Collections.Generic;
using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using PacGen.Svd.Model;

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

        public void Report(SvdDiagnosticDescriptor descriptor, XObject? node, params object?[] args) =>
            Report(descriptor, PositionOf(node), args);

        public static SourcePosition PositionOf(XObject? node) =>
            node is IXmlLineInfo info && info.HasLineInfo()
                ? new SourcePosition(info.LineNumber, info.LinePosition)
                : SourcePosition.Unknown;
    }
}
