using System;
using PacGen.Generator.Diagnostics;
using PacGen.Svd.Model;

namespace PacGen.Generator.Pipeline
{
    /// <summary>
    /// The generator's last resort: an exception inside a pipeline step becomes one PACGEN100 naming the SVD and
    /// the step, never CS8785 (which would drop every generated file of the compilation and say nothing useful).
    /// Cancellation and out-of-memory still propagate: the compiler owns those.
    /// </summary>
    internal static class PipelineGuard
    {
        /// <summary>Reading the AdditionalFile and running the SVD front end.</summary>
        public const string ParseStage = "parse";

        /// <summary>Planning the C# API: names, type sharing, enums, masks.</summary>
        public const string PlanStage = "plan";

        /// <summary>Writing the C# sources from the plan.</summary>
        public const string EmitStage = "emit";

        /// <summary>Reporting diagnostics and adding sources to the compilation.</summary>
        public const string OutputStage = "output";

        /// <summary>
        /// Tests only: called with the stage name at the start of each guarded step, so a test can prove that an
        /// exception there becomes PACGEN100. Thread-static: the test's driver runs the steps on its own thread.
        /// </summary>
        [ThreadStatic]
        internal static Action<string>? FaultInjectionForTests;

        public static bool IsGuarded(Exception ex) => !(ex is OutOfMemoryException) && !(ex is OperationCanceledException);

        public static void Enter(string stage) => FaultInjectionForTests?.Invoke(stage);

        /// <summary>The PACGEN100 for an exception in <paramref name="stage"/> of the SVD at <paramref name="path"/>.</summary>
        public static GeneratorDiagnostic Diagnostic(string path, string stage, Exception ex) =>
            GeneratorDiagnosticDescriptors.Create(
                GeneratorDiagnosticDescriptors.InternalError, SourcePosition.Unknown, path, stage, ex.GetType().Name + ": " + ex.Message);
    }
}
