using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace PacGen.Interceptors
{
    /// <summary>Turns one invocation into an <see cref="InterceptSite"/> when it is a foldable register call.</summary>
    internal static class InterceptSiteReader
    {
        /// <summary>The cheap syntactic filter: <c>x.Write(…)</c>, <c>x.WriteWithZero(…)</c>, <c>x.Modify(…)</c>, <c>x.Set/Clear/Toggle(…)</c> with a lambda.</summary>
        public static bool IsCandidate(SyntaxNode node) =>
            node is InvocationExpressionSyntax
            {
                Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Write" or "WriteWithZero" or "Modify" or "Set" or "Clear" or "Toggle" },
                ArgumentList.Arguments: { Count: 1 or 2 } arguments,
            } && arguments[arguments.Count - 1].Expression is LambdaExpressionSyntax;

        public static InterceptSite? Read(SemanticModel model, InvocationExpressionSyntax syntax, CancellationToken cancellationToken)
        {
            if (model.GetOperation(syntax, cancellationToken) is not IInvocationOperation { Instance: not null } invocation ||
                !RegisterShape.TryClassify(invocation.TargetMethod, out AccessKind kind, out RegisterTypes types))
            {
                return null;
            }

            FoldAnalysis analysis = FoldAnalysis.Analyze(invocation, kind, types);
            string? value = analysis.IsFoldable ? ValueRenderer.Render(analysis) : null;
            if (value is null || model.GetInterceptableLocation(syntax, cancellationToken) is not { } location)
            {
                return null;
            }

            IMethodSymbol method = invocation.TargetMethod;
            string delegateType = method.Parameters[FoldAnalysis.DelegateOrdinal(kind)].Type.ToDisplayString(ValueRenderer.TypeFormat);
            string stateType = kind.HasState() ? method.TypeArguments[0].ToDisplayString(ValueRenderer.TypeFormat) : string.Empty;
            return new InterceptSite(
                location.Version,
                location.Data,
                DisplayLocation(syntax),
                types.Register.ToDisplayString(ValueRenderer.TypeFormat),
                method.IsReadOnly || types.Register.IsReadOnly ? "in" : "ref",
                kind,
                delegateType,
                stateType,
                value);
        }

        /// <summary>file.cs(line,column) of the method name: no directory, so the output is the same on every machine.</summary>
        private static string DisplayLocation(InvocationExpressionSyntax syntax)
        {
            SyntaxToken name = ((MemberAccessExpressionSyntax)syntax.Expression).Name.Identifier;
            Microsoft.CodeAnalysis.Text.LinePosition start = name.GetLocation().GetLineSpan().StartLinePosition;
            return System.IO.Path.GetFileName(syntax.SyntaxTree.FilePath) + "(" +
                (start.Line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "," +
                (start.Character + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
        }
    }
}
