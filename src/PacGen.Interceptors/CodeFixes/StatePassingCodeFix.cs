using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace PacGen.Interceptors.CodeFixes
{
    /// <summary>
    /// PACGEN201: turns a capturing closure into the state-passing form of the same method, which the interceptor
    /// folds: <c>reg.Write(w =&gt; w.Mode(mode))</c> → <c>reg.Write(mode, static (w, state) =&gt; w.Mode(state))</c>,
    /// <c>reg.Modify((r, w) =&gt; w.A(a).B(b))</c> → <c>reg.Modify((a, b), static (r, w, state) =&gt; w.A(state.a).B(state.b))</c>.
    /// Offered when the register has that method's state overload and every capture is a variable or a member of
    /// <c>this</c> (see <see cref="ClosureCaptures"/>); the advice in the diagnostic comes from the same code.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(StatePassingCodeFix))]
    [Shared]
    public sealed class StatePassingCodeFix : CodeFixProvider
    {
        public const string Title = "Pass the captured values as state";

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
            if (node.FirstAncestorOrSelf<LambdaExpressionSyntax>() is not { } lambda ||
                lambda.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Arguments.Count: 1, Parent: InvocationExpressionSyntax invocation } } ||
                !HasImplicitParameters(lambda) ||
                model.GetOperation(invocation, context.CancellationToken) is not IInvocationOperation call ||
                !RegisterShape.TryClassify(call.TargetMethod, out AccessKind kind, out RegisterTypes types) ||
                StatePassing.StateKind(kind, types) is null ||
                model.GetOperation(lambda, context.CancellationToken) is not IAnonymousFunctionOperation function)
            {
                return;
            }

            ClosureCaptures captures = ClosureCaptures.Find(function);
            if (captures.All.IsEmpty || !captures.AllMovable)
            {
                return;
            }

            context.RegisterCodeFix(
                CodeAction.Create(Title, _ => Rewrite(context.Document, root, invocation, lambda, function, captures), nameof(StatePassingCodeFix)),
                context.Diagnostics);
        }

        /// <summary><c>w =&gt; …</c> or <c>(r, w) =&gt; …</c>: a state parameter can be added without writing a type.</summary>
        private static bool HasImplicitParameters(LambdaExpressionSyntax lambda) => lambda switch
        {
            SimpleLambdaExpressionSyntax => true,
            ParenthesizedLambdaExpressionSyntax parenthesized => parenthesized.ParameterList.Parameters.All(parameter => parameter.Type is null),
            _ => false,
        };

        private static Task<Document> Rewrite(
            Document document,
            SyntaxNode root,
            InvocationExpressionSyntax invocation,
            LambdaExpressionSyntax lambda,
            IAnonymousFunctionOperation function,
            ClosureCaptures captures)
        {
            string stateName = StatePassing.StateParameterName(lambda);
            var replacements = new Dictionary<SyntaxNode, string>();
            for (int i = 0; i < captures.All.Length; i++)
            {
                foreach (IOperation reference in captures.All[i].References)
                {
                    replacements[reference.Syntax] = StatePassing.StateAccess(captures, i, stateName);
                }
            }

            CSharpSyntaxNode body = lambda.Body.ReplaceNodes(
                replacements.Keys,
                (original, _) => SyntaxFactory.ParseExpression(replacements[original]).WithTriviaFrom(original));
            IEnumerable<ParameterSyntax> parameters = function.Symbol.Parameters
                .Select(parameter => SyntaxFactory.Parameter(SyntaxFactory.Identifier(parameter.Name)))
                .Append(SyntaxFactory.Parameter(SyntaxFactory.Identifier(stateName)));
            ParenthesizedLambdaExpressionSyntax stateLambda = SyntaxFactory.ParenthesizedLambdaExpression(
                    SyntaxFactory.TokenList(SyntaxFactory.Token(SyntaxKind.StaticKeyword)),
                    SyntaxFactory.ParameterList(SyntaxFactory.SeparatedList(parameters)),
                    body as BlockSyntax,
                    body as ExpressionSyntax)
                .NormalizeWhitespace();
            ArgumentListSyntax arguments = SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(new[]
            {
                SyntaxFactory.Argument(SyntaxFactory.ParseExpression(StatePassing.StateExpression(captures))).NormalizeWhitespace(),
                SyntaxFactory.Argument(stateLambda),
            }));
            InvocationExpressionSyntax rewritten = invocation.WithArgumentList(arguments.NormalizeWhitespace().WithTriviaFrom(invocation.ArgumentList));
            return Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(invocation, rewritten)));
        }
    }
}
