using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PacGen.Interceptors
{
    /// <summary>
    /// Rewrites every foldable <c>Write</c> / <c>WriteWithZero</c> / <c>Modify</c> closure on a generated register into
    /// the value form, so <c>reg.Write(w =&gt; w.A(1))</c> costs what <c>reg.Write(W.Reset.A(1))</c> costs: no delegate
    /// call, no allocation, a single store of a constant the JIT computes.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class InterceptorGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValueProvider<bool> enabled = context.ParseOptionsProvider
                .Select(static (options, _) => InterceptorsSwitch.IsEnabled(options));

            IncrementalValueProvider<ImmutableArray<InterceptSite>> sites = context.SyntaxProvider
                .CreateSyntaxProvider(
                    static (node, _) => InterceptSiteReader.IsCandidate(node),
                    static (syntax, cancellationToken) =>
                        InterceptSiteReader.Read(syntax.SemanticModel, (InvocationExpressionSyntax)syntax.Node, cancellationToken))
                .Where(static site => site is not null)
                .Select(static (site, _) => site!)
                .Collect();

            context.RegisterSourceOutput(sites.Combine(enabled), static (output, input) =>
            {
                // Without the namespace opt-in the compiler rejects interceptors (CS9137): emit nothing and let the
                // analyzer tell the user, rather than break their build.
                if (input.Right && !input.Left.IsEmpty)
                {
                    output.AddSource(InterceptorEmitter.HintName, InterceptorEmitter.Emit(input.Left));
                }
            });
        }
    }
}
