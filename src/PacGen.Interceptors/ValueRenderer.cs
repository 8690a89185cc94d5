using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PacGen.Interceptors
{
    /// <summary>
    /// Renders a foldable closure as the W expression the value form would write: <c>W.Reset.A((T)(1)).B(state)</c>.
    /// Calling the very setters the closure calls (not re-deriving field masks) keeps the semantics identical by
    /// construction; the JIT folds the constant chain to one immediate.
    /// </summary>
    internal static class ValueRenderer
    {
        /// <summary>Fully qualified, with <c>?</c> on nullable references so signatures match the intercepted method.</summary>
        public static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
            .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

        /// <summary>The name the interceptor gives the state parameter.</summary>
        public const string StateName = "state";

        /// <summary>The name the interceptor gives the value read by Modify.</summary>
        public const string ReadName = "r";

        /// <summary>The whole W expression, or null when the register has no way to start from the value read (Modify).</summary>
        public static string? Render(FoldAnalysis analysis)
        {
            string? start = Start(analysis.Kind, analysis.Types);
            if (start is null)
            {
                return null;
            }

            var text = new StringBuilder(start);
            foreach (SetterStep step in analysis.Steps)
            {
                text.Append('.').Append(step.Setter.Name).Append('(');
                for (int i = 0; i < step.Arguments.Length; i++)
                {
                    text.Append(i == 0 ? string.Empty : ", ").Append(RenderArgument(analysis, step.Arguments[i]));
                }

                text.Append(')');
            }

            return text.ToString();
        }

        /// <summary>Where each method starts: W.Reset, W.Zero, or the value read with write-1 bits masked (Modify).</summary>
        public static string? Start(AccessKind kind, RegisterTypes types)
        {
            string w = types.W.ToDisplayString(TypeFormat);
            return kind switch
            {
                AccessKind.Write or AccessKind.WriteWithState => w + ".Reset",
                AccessKind.WriteWithZero or AccessKind.WriteWithZeroWithState => w + ".Zero",
                _ => ModifyStart(types),
            };
        }

        /// <summary>
        /// The generated API's own conversion from R to the W that Modify starts from, found by shape so its name is
        /// not hard-wired: a static <c>W X(R)</c> on W, an instance <c>W X()</c> on R, or a constructor <c>W(R)</c>.
        /// </summary>
        private static string? ModifyStart(RegisterTypes types)
        {
            if (types.R is not { } r)
            {
                return null;
            }

            foreach (ISymbol member in types.W.GetMembers())
            {
                if (member is IMethodSymbol { Parameters.Length: 1, DeclaredAccessibility: Accessibility.Public } method &&
                    SymbolEqualityComparer.Default.Equals(method.Parameters[0].Type, r) && method.Parameters[0].RefKind == RefKind.None)
                {
                    if (method.MethodKind == MethodKind.Constructor)
                    {
                        return "new " + types.W.ToDisplayString(TypeFormat) + "(" + ReadName + ")";
                    }

                    if (method.IsStatic && method.MethodKind == MethodKind.Ordinary &&
                        SymbolEqualityComparer.Default.Equals(method.ReturnType, types.W))
                    {
                        return types.W.ToDisplayString(TypeFormat) + "." + method.Name + "(" + ReadName + ")";
                    }
                }
            }

            foreach (ISymbol member in r.GetMembers())
            {
                if (member is IMethodSymbol
                    {
                        IsStatic: false, Parameters.Length: 0, MethodKind: MethodKind.Ordinary,
                        DeclaredAccessibility: Accessibility.Public, IsGenericMethod: false,
                    } method &&
                    SymbolEqualityComparer.Default.Equals(method.ReturnType, types.W))
                {
                    return ReadName + "." + method.Name + "()";
                }
            }

            return ModifyStartFromSource(types);
        }

        /// <summary>
        /// When the register is declared in source (PacGen output bound in-process, or hand-written), its own
        /// <c>Modify</c> shows how it turns the bits read into the starting W: <c>new W(&lt;expr of bits&gt;)</c>.
        /// Reuse that expression with the bits taken from the value read, so masks stay the generator's.
        /// </summary>
        private static string? ModifyStartFromSource(RegisterTypes types)
        {
            foreach (ISymbol member in types.Register.GetMembers("Modify"))
            {
                if (member is not IMethodSymbol { DeclaringSyntaxReferences.Length: 1 } modify ||
                    modify.DeclaringSyntaxReferences[0].GetSyntax() is not MethodDeclarationSyntax { Body: { } body })
                {
                    continue;
                }

                string? local = FirstLocal(body);
                foreach (BaseObjectCreationExpressionSyntax creation in body.DescendantNodes().OfType<BaseObjectCreationExpressionSyntax>())
                {
                    bool createsW = creation is ObjectCreationExpressionSyntax
                    {
                        Type: IdentifierNameSyntax { Identifier.ValueText: "W" } or QualifiedNameSyntax { Right.Identifier.ValueText: "W" },
                    };
                    if (!createsW || local is null || creation.ArgumentList is not { Arguments.Count: 1 } arguments)
                    {
                        continue;
                    }

                    ExpressionSyntax start = arguments.Arguments[0].Expression;
                    bool onlyBits = start.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().All(name => name.Identifier.ValueText == local);
                    if (onlyBits && creation.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Arguments.Count: 2 } })
                    {
                        ExpressionSyntax rewritten = start.ReplaceNodes(
                            start.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>(),
                            (_, _) => SyntaxFactory.ParseExpression("(" + ReadName + ".Bits)"));
                        return "new " + types.W.ToDisplayString(TypeFormat) + "(" + rewritten.NormalizeWhitespace().ToFullString() + ")";
                    }
                }
            }

            return null;
        }

        private static string? FirstLocal(BlockSyntax body)
        {
            foreach (LocalDeclarationStatementSyntax declaration in body.DescendantNodes().OfType<LocalDeclarationStatementSyntax>())
            {
                return declaration.Declaration.Variables[0].Identifier.ValueText;
            }

            return null;
        }

        private static string RenderArgument(FoldAnalysis analysis, StepArgument argument)
        {
            string type = argument.Target.Type.ToDisplayString(TypeFormat);
            if (argument.IsConstant)
            {
                string literal = SymbolDisplay.FormatPrimitive(argument.Constant!, quoteStrings: true, useHexadecimalNumbers: false) ?? "null";
                return argument.Constant is null ? "default(" + type + ")" : "(" + type + ")(" + literal + ")";
            }

            return PureArgument.Render(argument.Operation, parameter =>
                parameter.Ordinal == 0 && analysis.Kind.IsModify() ? ReadName : StateName);
        }
    }
}
