using System;
using System.ComponentModel;

namespace PacGen.Runtime
{
    /// <summary>
    /// Marks a generated checked field setter with the values it accepts: the field's SVD name and the inclusive
    /// range from its bit width and <c>writeConstraint</c>. The setter throws outside the range; PacGen's analyzer
    /// reads this attribute (from source or from a referenced PAC assembly alike) to reject an out-of-range constant
    /// at compile time (PACGEN205). Not conditional, so it survives into the compiled PAC.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class FieldRangeAttribute : Attribute
    {
        /// <summary>Records the field and its accepted range.</summary>
        /// <param name="field">The field's name in the SVD (<c>MODE3</c>), as the setter's exception message names it.</param>
        /// <param name="minimum">The smallest value the setter accepts.</param>
        /// <param name="maximum">The largest value the setter accepts.</param>
        public FieldRangeAttribute(string field, ulong minimum, ulong maximum)
        {
            Field = field;
            Minimum = minimum;
            Maximum = maximum;
        }

        /// <summary>The field's name in the SVD.</summary>
        public string Field { get; }

        /// <summary>The smallest value the setter accepts.</summary>
        public ulong Minimum { get; }

        /// <summary>The largest value the setter accepts.</summary>
        public ulong Maximum { get; }
    }
}
