using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using PacGen.Svd.Diagnostics;
using Xunit;

namespace PacGen.Robustness.Tests.Support
{
    /// <summary>
    /// The three promises of docs/robustness.md, checked on one <see cref="ChainRun"/>:
    /// no last-resort guard fired (and nothing escaped as CS8785), PacGen and the compiler each finished within their
    /// time bound (<see cref="TimeBounds"/>), and either
    /// the generated code compiles with zero errors or an error located in the SVD says why nothing was generated.
    /// </summary>
    internal static class Invariants
    {
        /// <summary>
        /// The ids of the last-resort guards: each is a bug report, never an expected outcome. CS8785 is the compiler's
        /// "generator threw", AD0001 its "analyzer threw".
        /// </summary>
        public static readonly IReadOnlyList<string> GuardIds = new[] { "PACGEN001", "PACGEN100", "PACGEN207", "CS8785", "AD0001" };

        /// <summary>Everything wrong with the run; empty when the invariants hold.</summary>
        public static List<string> Violations(ChainRun run, TimeSpan bound)
        {
            var violations = new List<string>();
            foreach (Diagnostic diagnostic in run.GeneratorDiagnostics.Where(d => GuardIds.Contains(d.Id)))
            {
                violations.Add("guard hit: " + diagnostic);
            }

            foreach (SvdDiagnostic diagnostic in run.Reader.Diagnostics.Where(d => GuardIds.Contains(d.Id)))
            {
                violations.Add("reader guard hit: " + diagnostic.ToCanonicalString(run.Path));
            }

            if (run.Elapsed > bound)
            {
                violations.Add("took " + run.Elapsed.TotalSeconds.ToString("F2", System.Globalization.CultureInfo.InvariantCulture) +
                               " s, above the bound of " + bound.TotalSeconds.ToString("F2", System.Globalization.CultureInfo.InvariantCulture) + " s");
            }

            TimeSpan compileBound = TimeBounds.ForCompile(run.GeneratedLength);
            if (run.CompileElapsed > compileBound)
            {
                violations.Add("compiling " + run.GeneratedLength + " chars of C# took " +
                               run.CompileElapsed.TotalSeconds.ToString("F2", System.Globalization.CultureInfo.InvariantCulture) + " s, above " +
                               compileBound.TotalSeconds.ToString("F2", System.Globalization.CultureInfo.InvariantCulture) + " s");
            }

            if (run.CompileErrors.Length > 0)
            {
                violations.Add(run.CompileErrors.Length + " compile errors in the generated code");
            }

            foreach (Diagnostic diagnostic in run.GeneratorDiagnostics.Where(d => d.Id.StartsWith("PACGEN", StringComparison.Ordinal)))
            {
                string? path = diagnostic.Location.GetLineSpan().Path;
                if (!string.Equals(path, run.Path, StringComparison.Ordinal))
                {
                    violations.Add("diagnostic not located in the SVD file: " + diagnostic);
                }
            }

            bool hasErrors = run.GeneratorDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
            if ((run.Sources.Count == 0 || hasErrors) && !HasLocatedError(run))
            {
                violations.Add(run.Sources.Count == 0
                    ? "nothing was generated and no error says where in the SVD why"
                    : "errors were reported but none is located in the SVD");
            }

            return violations;
        }

        /// <summary>Asserts the invariants and returns the run for further, input-specific assertions.</summary>
        public static ChainRun AssertHold(ChainRun run, TimeSpan bound)
        {
            List<string> violations = Violations(run, bound);
            Assert.True(violations.Count == 0, string.Join("\n", violations) + "\n" + run.Describe());
            return run;
        }

        /// <summary>
        /// An error the build shows in the SVD file, with a line and column (Roslyn locates every generator
        /// diagnostic in the AdditionalFile; a document-level one, like "too large", at 1,1). Tests of particular
        /// inputs additionally assert the front end's own position where the input has one to point at.
        /// </summary>
        public static bool HasLocatedError(ChainRun run) =>
            run.GeneratorDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error && d.Location.Kind == LocationKind.ExternalFile &&
                                              string.Equals(d.Location.GetLineSpan().Path, run.Path, StringComparison.Ordinal));
    }
}
