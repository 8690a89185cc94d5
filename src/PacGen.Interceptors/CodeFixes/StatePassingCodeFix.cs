using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PacGen.Interceptors.CodeFixes
{
    /// <summary>
    /// PACGEN201: turns <c>reg.Write(w =&gt; w.Mode(mode))</c>, which allocates a closure over <c>mode</c>, into the
    /// state-passing form <c>reg.Write(mode, static (w, state) =&gt; w.Mode(state))</c>, which the interceptor folds.
    /// Offered when the lambda captures exactly one variable and the method has a state overload (Write does).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(StatePassingCodeFix))]
    [Shared]
    public sealed class StatePassingCodeFix : CodeFixProvider
    {
        public const string Title = "Pass the captured value as state";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("PACGEN201");

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || model is null)
            {
                return;
            }

            SyntaxNode node = root.FindNode(context.Diagnostics[0].Location.SourceSpan, getInnermostNodeForTie: true);
            if (node.FirstAncestorOrSelf<SimpleLambdaExpressionSyntax>() is not { ExpressionBody: { } } lambda ||
                lambda.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Arguments.Count: 1, Parent: InvocationExpressionSyntax invocation } } ||
                invocation.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Write" } ||
                Captures(model, lambda, context.CancellationToken) is not { Count: > 0 } captures ||
                captures.Select(capture => capture.Symbol).Distinct(SymbolEqualityComparer.Default).Count() != 1)
            {
                return;
            }

            context.RegisterCodeFix(
                CodeAction.Create(Title, cancellationToken => Rewrite(context.Document, root, invocation, lambda, captures), nameof(StatePassingCodeFix)),
                context.Diagnostics);
        }

        /// <summary>The identifiers in the lambda body that read a local or parameter declared outside it.</summary>
        private static List<(IdentifierNameSyntax Name, ISymbol Symbol)> Captures(SemanticModel model, SimpleLambdaExpressionSyntax lambda, CancellationToken cancellationToken)
        {
            var captures = new List<(IdentifierNameSyntax, ISymbol)>();
            foreach (IdentifierNameSyntax name in lambda.ExpressionBody!.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
            {
                ISymbol? symbol = model.GetSymbolInfo(name, cancellationToken).Symbol;
                bool outer = symbol is ILocalSymbol ||
                             (symbol is IParameterSymbol parameter && !lambda.Span.Contains(parameter.Locations.FirstOrDefault()?.SourceSpan ?? default));
                if (outer && symbol is not null)
                {
                    captures.Add((name, symbol));
                }
            }

            return captures;
        }

        private static Task<Document> Rewrite(
            Document document,
            SyntaxNode root,
            InvocationExpressionSyntax invocation,
            SimpleLambdaExpressionSyntax lambda,
            List<(IdentifierNameSyntax Name, ISymbol Symbol)> captures)
        {
            string parameter = lambda.Parameter.Identifier.ValueText == "state" ? "state1" : "state";
            ExpressionSyntax body = lambda.ExpressionBody!.ReplaceNodes(
                captures.Select(capture => capture.Name),
                (original, _) => SyntaxFactory.IdentifierName(parameter).WithTriviaFrom(original));
            ParenthesizedLambdaExpressionSyntax stateLambda = SyntaxFactory.ParenthesizedLambdaExpression(
                    SyntaxFactory.ParameterList(SyntaxFactory.SeparatedList(new[]
                    {
                        SyntaxFactory.Parameter(lambda.Parameter.Identifier.WithoutTrivia()),
                        SyntaxFactory.Parameter(SyntaxFactory.Identifier(parameter)),
                    })),
                    body)
                .WithModifiers(SyntaxFactory.TokenList(SyntaxFactory.Token(SyntaxKind.StaticKeyword)));
            ArgumentListSyntax arguments = SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(new[]
            {
                SyntaxFactory.Argument(SyntaxFactory.IdentifierName(captures[0].Symbol.Name)),
                SyntaxFactory.Argument(stateLambda),
            }));
            InvocationExpressionSyntax rewritten = invocation.WithArgumentList(arguments.NormalizeWhitespace().WithTriviaFrom(invocation.ArgumentList));
            return Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(invocation, rewritten)));
        }
    }
}
