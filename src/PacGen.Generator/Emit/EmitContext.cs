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

        /// <summary>Alias names every generated file declares in its namespace (reserved in every type scope).</summary>
        public static readonly string[] AliasNames = { "MethodImpl", "MethodImplOptions" };

        public const string Inline = "[MethodImpl(MethodImplOptions.AggressiveInlining)]";
    }
}
