using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

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
                AccessKind.WriteWithZero or AccessKind.WriteWithZeroWithState or
                    AccessKind.AliasSet or AccessKind.AliasClear or AccessKind.AliasToggle => w + ".Zero",
                _ => ModifyStart(types),
            };
        }

        /// <summary>
        /// The generated API's own conversion from R to the W that Modify starts from (PacGen emits
        /// <c>static W FromRead(R)</c>, which its own Modify calls), found by shape so its name is not hard-wired:
        /// a static <c>W X(R)</c> on W, an instance <c>W X()</c> on R, or a constructor <c>W(R)</c>. Declarations
        /// only, so a referenced PAC assembly works like source. Null (not folded) when the register has none.
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
