using System;
using System.Collections.Generic;

namespace PacGen.Generator.Naming
{
    /// <summary>Reserved C# keywords: an identifier spelled like one would not compile.</summary>
    internal static class CSharpKeywords
    {
        private static readonly HashSet<string> s_reserved = new HashSet<string>(StringComparer.Ordinal)
        {
            "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
            "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit",
            "extern", "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int",
            "interface", "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out",
            "override", "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed",
            "short", "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try",
            "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
            // Contextual keywords that break declarations or expressions in the positions the emitter uses.
            "global", "var", "dynamic", "value", "nameof", "await", "record", "field", "scoped", "file", "nint", "nuint",
        };

        public static bool IsReserved(string identifier) => s_reserved.Contains(identifier);
    }
}
