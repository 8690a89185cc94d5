using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PacGen.Interceptors
{
    /// <summary>
    /// The range a checked setter accepts, read from its <c>[PacGen.Runtime.FieldRange(field, minimum, maximum)]</c>
    /// attribute. Read through the symbol only, so it is found the same way whether the register types are source
    /// (PacGen output in this project) or metadata (a referenced PAC assembly).
    /// </summary>
    internal readonly struct FieldRange
    {
        private const string AttributeName = "FieldRangeAttribute";
        private const string AttributeNamespace = "PacGen.Runtime";

        private FieldRange(string field, ulong minimum, ulong maximum)
        {
            Field = field;
            Minimum = minimum;
            Maximum = maximum;
        }

        public string Field { get; }

        public ulong Minimum { get; }

        public ulong Maximum { get; }

        public static bool TryGet(IMethodSymbol setter, out FieldRange range)
        {
            range = default;
            foreach (AttributeData attribute in setter.GetAttributes())
            {
                if (attribute.AttributeClass is { Name: AttributeName } type &&
                    type.ContainingNamespace?.ToDisplayString() == AttributeNamespace &&
                    attribute.ConstructorArguments is { Length: 3 } arguments &&
                    arguments[0].Value is string field &&
                    arguments[1].Value is ulong minimum &&
                    arguments[2].Value is ulong maximum)
                {
                    range = new FieldRange(field, minimum, maximum);
                    return true;
                }
            }

            return false;
        }
    }
}
