using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PacGen.Interceptors
{
    /// <summary>
    /// The range a checked setter accepts, read from its generated body: PacGen emits
    /// <c>W Mode3(uint bits) =&gt; bits &lt;= 0x3u ? Mode3Unchecked(bits) : throw Helpers.OutOfRange("MODE3", bits, 0x0, 0x3)</c>,
    /// so the field name and bounds are the last arguments of the <c>OutOfRange</c> call. Available wherever the
    /// setter is source (PacGen output in this project); registers from PAC assemblies are checked at run time.
    /// </summary>
    internal readonly struct FieldRange
    {
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
            if (setter.DeclaringSyntaxReferences.Length != 1 ||
                setter.DeclaringSyntaxReferences[0].GetSyntax() is not MethodDeclarationSyntax declaration)
            {
                return false;
            }

            foreach (InvocationExpressionSyntax call in declaration.DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                string name = call.Expression is MemberAccessExpressionSyntax member ? member.Name.Identifier.ValueText : call.Expression.ToString();
                SeparatedSyntaxList<ArgumentSyntax> arguments = call.ArgumentList.Arguments;
                if (name == "OutOfRange" && arguments.Count == 4 &&
                    arguments[0].Expression is LiteralExpressionSyntax { Token.Value: string field } &&
                    TryNumber(arguments[2].Expression, out ulong minimum) && TryNumber(arguments[3].Expression, out ulong maximum))
                {
                    range = new FieldRange(field, minimum, maximum);
                    return true;
                }
            }

            return false;
        }

        private static bool TryNumber(ExpressionSyntax expression, out ulong value)
        {
            value = 0;
            if (expression is not LiteralExpressionSyntax { Token.Value: { } literal } || !expression.IsKind(SyntaxKind.NumericLiteralExpression))
            {
                return false;
            }

            value = System.Convert.ToUInt64(literal, CultureInfo.InvariantCulture);
            return true;
        }
    }
}
