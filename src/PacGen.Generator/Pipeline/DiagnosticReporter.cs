using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PacGen.Generator.Diagnostics;
using PacGen.Svd.Diagnostics;

namespace PacGen.Generator.Pipeline
{
    /// <summary>Turns located diagnostics into Roslyn diagnostics in the SVD (or patch YAML) file.</summary>
    internal static class DiagnosticReporter
    {
        private static readonly Dictionary<string, DiagnosticDescriptor> s_descriptors = CreateDescriptors();

        public static Diagnostic ToDiagnostic(LocatedDiagnostic located) => ToDiagnostic(located, null);

        /// <summary>The diagnostic at <paramref name="severity"/> (a warning the project's options make an error).</summary>
        public static Diagnostic ToDiagnostic(LocatedDiagnostic located, SvdSeverity? severity)
        {
            var position = new LinePosition(located.Line, located.Column);
            Location location = Location.Create(located.Path, new TextSpan(located.Start, located.Length), new LinePositionSpan(position, position));
            if (!s_descriptors.TryGetValue(located.Id, out DiagnosticDescriptor? descriptor))
            {
                // Unreachable while DiagnosticTableTests hold (every front-end id has a descriptor here); a missing
                // one is a PacGen bug, reported as such rather than dropped.
                return Diagnostic.Create(GeneratorDiagnosticDescriptors.InternalError, location, located.Path, "report", "no descriptor for " + located.Id);
            }

            object[] arguments = new object[located.Arguments.Count];
            for (int i = 0; i < arguments.Length; i++)
            {
                arguments[i] = located.Arguments[i];
            }

            if (severity is null || severity.Value == located.Severity)
            {
                return Diagnostic.Create(descriptor, location, arguments);
            }

            return Diagnostic.Create(descriptor, location, ToRoslyn(severity.Value), additionalLocations: null, properties: null, arguments);
        }

        private static DiagnosticSeverity ToRoslyn(SvdSeverity severity) =>
            severity == SvdSeverity.Error ? DiagnosticSeverity.Error : severity == SvdSeverity.Warning ? DiagnosticSeverity.Warning : DiagnosticSeverity.Info;

        private static Dictionary<string, DiagnosticDescriptor> CreateDescriptors()
        {
            var descriptors = new Dictionary<string, DiagnosticDescriptor>(System.StringComparer.Ordinal);
            foreach (DiagnosticDescriptor descriptor in FrontEndDiagnosticDescriptors.All)
            {
                descriptors.Add(descriptor.Id, descriptor);
            }

            foreach (DiagnosticDescriptor descriptor in GeneratorDiagnosticDescriptors.All)
            {
                descriptors.Add(descriptor.Id, descriptor);
            }

            return descriptors;
        }
    }
}
