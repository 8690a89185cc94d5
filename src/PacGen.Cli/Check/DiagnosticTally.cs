using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PacGen.Svd.Diagnostics;

namespace PacGen.Cli.Check
{
    /// <summary>Counts diagnostics by severity and id, for the per-file and total summaries of <c>pacgen check</c>.</summary>
    internal sealed class DiagnosticTally
    {
        private readonly SortedDictionary<string, int> _errors = new(StringComparer.Ordinal);
        private readonly SortedDictionary<string, int> _warnings = new(StringComparer.Ordinal);

        public int Errors => _errors.Values.Sum();

        public int Warnings => _warnings.Values.Sum();

        public void Add(IEnumerable<SvdDiagnostic> diagnostics)
        {
            foreach (SvdDiagnostic diagnostic in diagnostics)
            {
                SortedDictionary<string, int>? bucket = diagnostic.Severity switch
                {
                    SvdSeverity.Error => _errors,
                    SvdSeverity.Warning => _warnings,
                    _ => null,
                };
                if (bucket != null)
                {
                    bucket[diagnostic.Id] = bucket.TryGetValue(diagnostic.Id, out int count) ? count + 1 : 1;
                }
            }
        }

        /// <summary><c>2 errors (PACGEN012: 1, PACGEN016: 1), 0 warnings</c>.</summary>
        public override string ToString() =>
            Describe(Errors, "error", _errors) + ", " + Describe(Warnings, "warning", _warnings);

        private static string Describe(int total, string noun, SortedDictionary<string, int> byId)
        {
            string text = total.ToString(CultureInfo.InvariantCulture) + " " + noun + (total == 1 ? string.Empty : "s");
            if (total == 0)
            {
                return text;
            }

            return text + " (" + string.Join(", ", byId.Select(p => p.Key + ": " + p.Value.ToString(CultureInfo.InvariantCulture))) + ")";
        }
    }
}
