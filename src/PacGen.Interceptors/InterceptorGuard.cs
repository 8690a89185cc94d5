using System;

namespace PacGen.Interceptors
{
    /// <summary>
    /// The last resort of the interceptor generator and the analyzer: an unexpected exception must neither drop the
    /// user's build (CS8785 / AD0001) nor produce a wrong interceptor. A call whose analysis fails is simply not
    /// intercepted (it stays a correct delegate call); the analyzer, running the same analysis on the same call,
    /// reports PACGEN207 there, and a failure in the generator's output step reports PACGEN207 itself.
    /// </summary>
    internal static class InterceptorGuard
    {
        /// <summary>Reading one call site (the generator's per-call step).</summary>
        public const string ReadStage = "call-site read";

        /// <summary>Generating the PacGen API of the project's SVDs for binding.</summary>
        public const string ApiStage = "SVD API generation";

        /// <summary>Emitting the interceptors file.</summary>
        public const string EmitStage = "interceptor emission";

        /// <summary>The analyzer's per-invocation work.</summary>
        public const string AnalyzeStage = "call analysis";

        /// <summary>
        /// Tests only: called with the stage name at the start of each guarded step, so a test can prove an exception
        /// there is contained. Not thread-static: the analyzer runs on the compiler's worker threads.
        /// </summary>
        internal static volatile Action<string>? FaultInjectionForTests;

        public static bool IsGuarded(Exception ex) => !(ex is OutOfMemoryException) && !(ex is OperationCanceledException);

        public static void Enter(string stage) => FaultInjectionForTests?.Invoke(stage);

        /// <summary>The second message argument: what failed, on one line.</summary>
        public static string Describe(string stage, Exception ex) => stage + ": " + ex.GetType().Name + ": " + ex.Message.Replace('\n', ' ');
    }
}
