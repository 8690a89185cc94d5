using System.Collections.Generic;
using PacGen.Generator.Diagnostics;
using PacGen.Generator.Naming;

namespace PacGen.Generator.Emit
{
    /// <summary>What every emitter of one device needs: naming, the diagnostics sink, and the shared helper types.</summary>
    internal sealed class EmitContext
    {
        public EmitContext(string @namespace, Namer namer, List<GeneratorDiagnostic> diagnostics)
        {
            Namespace = @namespace;
            Namer = namer;
            Diagnostics = diagnostics;
        }

        /// <summary>The C# namespace, without <c>global::</c>.</summary>
        public string Namespace { get; }

        public Namer Namer { get; }

        public List<GeneratorDiagnostic> Diagnostics { get; }

        /// <summary>The atomic alias windows the registers being emitted have (Set/Clear/Toggle methods), or null.</summary>
        public PacGen.Svd.Model.AtomicAliases? AtomicAliases { get; init; }

        /// <summary><c>global::Bcm2711</c>.</summary>
        public string GlobalNamespace => "global::" + Namespace;

        /// <summary>Exception factories and value formatting, shared by every PAC from PacGen.Runtime.</summary>
        public string Helpers => "global::PacGen.Runtime.GeneratedCodeSupport";

        // Attributes are spelled with global:: names: a using alias inside the user's namespace would clash with a
        // user type of the same name (CS0576), and an unqualified name could bind to one.
        public const string Inline =
            "[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]";

        /// <summary>Hides members that exist for the interceptor and analyzer, not for people.</summary>
        public const string NeverBrowsable =
            "[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]";

        /// <summary>On every generated type, so tools (coverage, analyzers) tell generated from hand-written code.</summary>
        public static readonly string GeneratedCode =
            "[global::System.CodeDom.Compiler.GeneratedCode(\"PacGen\", \"" + GeneratorVersion.Value + "\")]";
    }
}
