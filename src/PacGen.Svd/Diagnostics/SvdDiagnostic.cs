using System;
using System.Globalization;
using PacGen.Svd.Model;

namespace PacGen.Svd.Diagnostics
{
    public enum SvdSeverity
    {
        Info,
        Warning,
        Error,
    }

    /// <summary>One entry of the descriptor table (<see cref="SvdDiagnosticDescriptors"/>): a stable id and its wording.</summary>
    /// <param name="Id">Stable id, <c>PACGEN0xx</c> for the SVD front end.</param>
    /// <param name="MessageFormat">A <see cref="string.Format(string, object[])"/> format, invariant culture.</param>
    public sealed record SvdDiagnosticDescriptor(
        string Id,
        string Title,
        string MessageFormat,
        SvdSeverity Severity,
        string Category)
    {
        /// <summary>
        /// A diagnostic of this descriptor: each argument formatted with the invariant culture and kept (the
        /// generator reports them through its Roslyn descriptor of the same id and format), the message formatted from them.
        /// </summary>
        public SvdDiagnostic Create(SourcePosition position, string? file, params object?[] args)
        {
            string[] arguments = new string[args.Length];
            for (int i = 0; i < args.Length; i++)
            {
                arguments[i] = Convert.ToString(args[i], CultureInfo.InvariantCulture) ?? string.Empty;
            }

            string message = string.Format(CultureInfo.InvariantCulture, MessageFormat, arguments);
            return new SvdDiagnostic(Id, Severity, message, position, file) { Arguments = new EquatableArray<string>(arguments) };
        }
    }

    /// <summary>A reported problem in an SVD file, located by line and column.</summary>
    /// <param name="File">
    /// Null for a position in the SVD being read; the YAML file's path for a patch diagnostic (PACGEN3xx, or a
    /// front-end diagnostic about an element a patch wrote).
    /// </param>
    public sealed record SvdDiagnostic(
        string Id,
        SvdSeverity Severity,
        string Message,
        SourcePosition Position,
        string? File = null)
    {
        /// <summary>The message's arguments, invariant strings, in the order of the descriptor's format.</summary>
        public EquatableArray<string> Arguments { get; init; } = EquatableArray<string>.Empty;

        /// <summary>MSBuild canonical form: <c>file(line,col): error PACGEN012: message</c> (<see cref="File"/> wins over <paramref name="file"/>).</summary>
        public string ToCanonicalString(string file) =>
            (File ?? file) + "(" + Position.Line + "," + Position.Column + "): " +
            (Severity == SvdSeverity.Error ? "error" : Severity == SvdSeverity.Warning ? "warning" : "info") +
            " " + Id + ": " + Message;
    }
}
