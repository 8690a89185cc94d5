using System.Collections.Generic;
using PacGen.Generator.Diagnostics;
using PacGen.Svd.Model;

namespace PacGen.Generator.Naming
{
    /// <summary>
    /// Chooses identifiers for SVD names within scopes and records a PACGEN101 warning whenever the chosen
    /// identifier is not simply the SVD name in the chosen casing style (invalid characters, keyword, collision).
    /// </summary>
    internal sealed class Namer
    {
        private readonly List<GeneratorDiagnostic> _diagnostics;

        public Namer(NameStyle style, List<GeneratorDiagnostic> diagnostics)
        {
            Style = style;
            _diagnostics = diagnostics;
        }

        public NameStyle Style { get; }

        /// <summary>The identifier for an SVD name, not yet claimed in any scope.</summary>
        public string Identifier(string svdName) => IdentifierFactory.Create(svdName, Style);

        /// <summary>Claims the identifier for <paramref name="svdName"/> (plus <paramref name="suffix"/>) in <paramref name="scope"/>.</summary>
        public string Claim(NameScope scope, string svdName, SourcePosition position, string prefix = "", string suffix = "")
        {
            string identifier = IdentifierFactory.Create(svdName, Style, out bool sanitized);
            if (prefix.Length > 0 || suffix.Length > 0)
            {
                identifier = prefix + identifier.TrimStart('_') + suffix;
                if (identifier.Length == 0 || (identifier[0] >= '0' && identifier[0] <= '9'))
                {
                    identifier = "_" + identifier;
                }
            }

            return ClaimIdentifier(scope, identifier, svdName, position, sanitized);
        }

        /// <summary>Claims an identifier built by the emitter (<c>ClearM3</c>, <c>Fsel42Output</c>) for an SVD element.</summary>
        public string ClaimDerived(NameScope scope, string identifier, string svdName, SourcePosition position) =>
            ClaimIdentifier(scope, identifier, svdName, position, sanitized: false);

        private string ClaimIdentifier(NameScope scope, string identifier, string svdName, SourcePosition position, bool sanitized)
        {
            string chosen = scope.Claim(identifier, out bool renamed);
            if (sanitized || renamed)
            {
                _diagnostics.Add(GeneratorDiagnosticDescriptors.Create(
                    GeneratorDiagnosticDescriptors.IdentifierSanitized,
                    position,
                    svdName,
                    scope.Description,
                    chosen));
            }

            return chosen;
        }
    }
}
