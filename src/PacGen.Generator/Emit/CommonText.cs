namespace PacGen.Generator.Emit
{
    /// <summary>
    /// Text every emitter writes the same way. Names from outside the generated code are <c>global::</c>-qualified:
    /// a using alias inside the user's namespace would clash with a user type of the same name (CS0576), and an
    /// unqualified name could bind to one.
    /// </summary>
    internal static class CommonText
    {
        public const string Inline =
            "[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]";

        /// <summary>Hides members that exist for the interceptor and analyzer, not for people.</summary>
        public const string NeverBrowsable =
            "[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]";

        /// <summary>Exception factories and value formatting, shared by every PAC from PacGen.Runtime.</summary>
        public const string Helpers = "global::PacGen.Runtime.GeneratedCodeSupport";

        /// <summary>On every generated type, so tools (coverage, analyzers) tell generated from hand-written code.</summary>
        public static readonly string GeneratedCode =
            "[global::System.CodeDom.Compiler.GeneratedCode(\"PacGen\", \"" + GeneratorVersion.Value + "\")]";
    }
}
