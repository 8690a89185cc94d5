using System.Collections.Generic;

namespace PacGen.Generator.Emit
{
    /// <summary>A field array (<c>FSEL%s</c> with dim): its elements and the indexed accessor's name.</summary>
    internal sealed class FieldArrayPlan
    {
        public FieldArrayPlan(string identifier, List<FieldPlan> elements, int increment)
        {
            Identifier = identifier;
            Elements = elements;
            Increment = increment;
        }

        /// <summary>The name of <c>R.Fsel(int index)</c> and <c>W.Fsel(int index, value)</c>.</summary>
        public string Identifier { get; }

        public List<FieldPlan> Elements { get; }

        /// <summary>Bits between elements.</summary>
        public int Increment { get; }
    }
}
