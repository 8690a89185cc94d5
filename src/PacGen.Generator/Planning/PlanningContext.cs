using System.Collections.Generic;
using PacGen.Generator.Diagnostics;
using PacGen.Generator.Naming;

namespace PacGen.Generator.Planning
{
    /// <summary>What every planner of one device (or of one peripheral type, when planned in parallel) shares: naming and the diagnostics sink.</summary>
    internal sealed class PlanningContext
    {
        public PlanningContext(string @namespace, Namer namer, List<GeneratorDiagnostic> diagnostics)
        {
            Namespace = @namespace;
            Namer = namer;
            Diagnostics = diagnostics;
        }

        /// <summary>The C# namespace, without <c>global::</c>.</summary>
        public string Namespace { get; }

        public Namer Namer { get; }

        public List<GeneratorDiagnostic> Diagnostics { get; }

        /// <summary>The atomic alias windows of the peripheral type being planned (Set/Clear/Toggle methods), or null.</summary>
        public AtomicAliasPlan? AtomicAliases { get; init; }

        /// <summary><c>global::Bcm2711</c>.</summary>
        public string GlobalNamespace => "global::" + Namespace;
    }
}
