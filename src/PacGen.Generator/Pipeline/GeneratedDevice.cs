using System;
using System.Collections.Generic;
using PacGen.Generator.Diagnostics;
using PacGen.Generator.Emit;
using PacGen.Svd.Model;

namespace PacGen.Generator.Pipeline
{
    /// <summary>What one SVD file contributes to the compilation: sources and every diagnostic, located.</summary>
    internal sealed record GeneratedDevice(string Path, string? Namespace, EquatableArray<GeneratedSource> Sources, EquatableArray<LocatedDiagnostic> Diagnostics)
    {
        /// <summary>Which part of the output the compilation gets: no <see cref="Sources"/> for Diagnostics, see <see cref="ReportedDiagnostics"/>.</summary>
        public SvdOutput Output { get; init; }

        /// <summary>The diagnostics this compilation reports: none in the API assembly's compilation (the project reports them).</summary>
        public EquatableArray<LocatedDiagnostic> ReportedDiagnostics => Output == SvdOutput.Api ? EquatableArray<LocatedDiagnostic>.Empty : Diagnostics;

        /// <summary>Plans and emits the code for a parsed SVD (the two pipeline steps in sequence, for tools and tests).</summary>
        /// <param name="parallel">Plan and emit peripheral types on several threads (tools only).</param>
        public static GeneratedDevice Create(ParsedSvd parsed, bool parallel = false) => Create(PlannedDevice.Create(parsed, parallel), parallel);

        /// <summary>Writes the planned code; an exception becomes PACGEN100 (stage emit) rather than CS8785.</summary>
        public static GeneratedDevice Create(PlannedDevice planned, bool parallel = false) => CreateAll(planned, parallel) with { Output = planned.Output };

        private static GeneratedDevice CreateAll(PlannedDevice planned, bool parallel)
        {
            // A diagnostics-only compilation writes no source text: the step's output stays small and cheap to
            // compare on every edit.
            if (planned.Plan is null || planned.Output == SvdOutput.Diagnostics)
            {
                return new GeneratedDevice(planned.Path, planned.Plan?.Namespace, EquatableArray<GeneratedSource>.Empty, planned.Diagnostics);
            }

            try
            {
                PipelineGuard.Enter(PipelineGuard.EmitStage);
                return new GeneratedDevice(planned.Path, planned.Plan.Namespace, DeviceEmitter.Emit(planned.Plan, parallel), planned.Diagnostics);
            }
            catch (Exception ex) when (PipelineGuard.IsGuarded(ex))
            {
                GeneratorDiagnostic internalError = PipelineGuard.Diagnostic(planned.Path, PipelineGuard.EmitStage, ex);
                var diagnostics = new List<LocatedDiagnostic>(planned.Diagnostics)
                {
                    new LocatedDiagnostic(internalError.Id, Svd.Diagnostics.SvdSeverity.Error, internalError.Arguments, planned.Path, 0, 0, 0, 0),
                };
                return new GeneratedDevice(planned.Path, null, EquatableArray<GeneratedSource>.Empty, diagnostics.ToEquatableArray());
            }
        }
    }
}
