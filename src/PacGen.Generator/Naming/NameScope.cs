using System;
using System.Collections.Generic;
using System.Globalization;

namespace PacGen.Generator.Naming
{
    /// <summary>
    /// The identifiers already declared in one C# declaration space (a namespace, a type): hands out unique
    /// names, suffixing <c>_2</c>, <c>_3</c>… in claim order, which is SVD document order, so renames are stable.
    /// </summary>
    internal sealed class NameScope
    {
        private readonly HashSet<string> _used = new HashSet<string>(StringComparer.Ordinal);

        /// <param name="description">What the scope is, for messages (<c>peripheral type Gpio</c>).</param>
        /// <param name="reserved">Names the scope already has: the enclosing type's own name, fixed members.</param>
        public NameScope(string description, params string[] reserved)
        {
            Description = description;
            foreach (string name in reserved)
            {
                _used.Add(name);
            }
        }

        public string Description { get; }

        public bool Contains(string name) => _used.Contains(name);

        /// <summary>Claims <paramref name="preferred"/> or, when taken, the first free <c>preferred_N</c>.</summary>
        public string Claim(string preferred, out bool renamed)
        {
            renamed = false;
            string candidate = preferred;
            for (int n = 2; !_used.Add(candidate); n++)
            {
                renamed = true;
                candidate = preferred + "_" + n.ToString(CultureInfo.InvariantCulture);
            }

            return candidate;
        }
    }
}
