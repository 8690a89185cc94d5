using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PacGen.Generator.Diagnostics;
using PacGen.Svd.Diagnostics;

namespace PacGen.Generator.Pipeline
{
    /// <summary>Turns located diagnostics into Roslyn diagnostics in the SVD file.</summary>
    internal static class DiagnosticReporter
    {
        private static readonly Dictionary<string, DiagnosticDescriptor> s_frontEnd = CreateFrontEndDescriptors();

        public static Diagnostic ToDiagnostic(LocatedDiagnostic located) => ToDiagnostic(located, null);

        /// <summary>The diagnostic at <paramref name="severity"/> (a warning the project's options make an error).</summary>
        public static Diagnostic ToDiagnostic(LocatedDiagnostic located, SvdSeverity? severity)
        {
            var position = new LinePosition(located.Line, located.Column);
            Location location = Location.Create(located.Path, new TextSpan(located.Start, located.Length), new LinePositionSpan(position, position));
            DiagnosticDescriptor? descriptor = GeneratorDiagnosticDescriptors.Find(located.Id);
            object[] arguments = new object[located.Arguments.Count];
            for (int i = 0; i < arguments.Length; i++)
            {
                arguments[i] = located.Arguments[i];
            }

            if (descriptor is null && !s_frontEnd.TryGetValue(located.Id, out descriptor))
            {
                descriptor = FrontEndDescriptor(located.Id, located.Id, "PacGen.Svd", located.Severity);
            }

            if (severity is null || severity.Value == located.Severity)
            {
                return Diagnostic.Create(descriptor, location, arguments);
            }

            return Diagnostic.Create(descriptor, location, ToRoslyn(severity.Value), additionalLocations: null, properties: null, arguments);
        }

        private static DiagnosticSeverity ToRoslyn(SvdSeverity severity) =>
            severity == SvdSeverity.Error ? DiagnosticSeverity.Error : severity == SvdSeverity.Warning ? DiagnosticSeverity.Warning : DiagnosticSeverity.Info;

        private static Dictionary<string, DiagnosticDescriptor> CreateFrontEndDescriptors()
        {
            var descriptors = new Dictionary<string, DiagnosticDescriptor>(System.StringComparer.Ordinal);
            foreach (SvdDiagnosticDescriptor svd in SvdDiagnosticDescriptors.All)
            {
                descriptors[svd.Id] = FrontEndDescriptor(svd.Id, svd.Title, svd.Category, svd.Severity);
            }

            return descriptors;
        }

        // The front end formats its own messages (it is BCL-only and knows nothing of Roslyn), so its descriptors
        // are built from its table at run time with a pass-through format; ids are tracked in AnalyzerReleases.
#pragma warning disable RS1017 // DiagnosticId must be a compile-time constant: ids come from PacGen.Svd's table.
        private static DiagnosticDescriptor FrontEndDescriptor(string id, string title, string category, SvdSeverity severity) =>
            new DiagnosticDescriptor(
                id,
                title,
                "{0}",
                category,
                ToRoslyn(severity),
                isEnabledByDefault: true);
#pragma warning restore RS1017
    }
}
