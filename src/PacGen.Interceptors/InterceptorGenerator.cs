using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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
                .Select(static (options, _) => InterceptorsSwitch.IsEnabled(options))
                .WithTrackingName(InterceptorTrackingNames.Enabled);

            // Register types this compilation already sees (a referenced PAC assembly, or hand-written).
            IncrementalValueProvider<InterceptSiteList> direct = context.SyntaxProvider
                .CreateSyntaxProvider(
                    static (node, _) => InterceptSiteReader.IsCandidate(node),
                    static (syntax, cancellationToken) =>
                        GuardedRead(syntax.SemanticModel, (InvocationExpressionSyntax)syntax.Node, cancellationToken))
                .Where(static site => site is not null)
                .Select(static (site, _) => site!)
                .Collect()
                .Select(static (sites, _) => new InterceptSiteList(sites))
                .WithTrackingName(InterceptorTrackingNames.DirectSites);

            // Register types PacGen generates from this project's own SVDs, invisible to the compilation above. One
            // in-process PacGen run per SVD, so editing one SVD re-generates only that SVD's API here too. Not for an
            // SVD whose API the package compiled into an assembly of its own (PacGenOutput=Diagnostics): this
            // compilation references that assembly, so its call sites are bound directly, above.
            // A patched device (svdtools YAML) needs the files its patch reads beside it; they are collected once
            // and handed only to patched devices, so an unpatched SVD's API stays cached when a YAML is edited.
            IncrementalValueProvider<ImmutableArray<AdditionalText>> patchInputs = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Where(static pair => GeneratedApi.IsPatchInput(pair.Left, pair.Right.GetOptions(pair.Left)))
                .Select(static (pair, _) => pair.Left)
                .Collect();

            IncrementalValueProvider<ImmutableArray<SyntaxTree>> api = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Where(static pair => GeneratedApi.IsDevice(pair.Left, pair.Right.GetOptions(pair.Left)))
                .Select(static (pair, _) => (Device: pair.Left, Patched: GeneratedApi.IsPatched(pair.Right.GetOptions(pair.Left))))
                .Combine(patchInputs)
                .Select(static (pair, _) => pair.Left.Patched
                    ? ImmutableArray.Create(pair.Left.Device).AddRange(pair.Right)
                    : ImmutableArray.Create(pair.Left.Device))
                .WithComparer(AdditionalTextsComparer.Instance)
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Combine(context.ParseOptionsProvider)
                .Select(static (input, cancellationToken) =>
                {
                    try
                    {
                        if (GeneratedApi.IsInReferencedAssembly(input.Left.Left[0], input.Left.Right))
                        {
                            return ImmutableArray<SyntaxTree>.Empty;
                        }

                        InterceptorGuard.Enter(InterceptorGuard.ApiStage);
                        return GeneratedApi.Generate(input.Left.Left, input.Left.Right, input.Right, cancellationToken);
                    }
                    catch (Exception ex) when (InterceptorGuard.IsGuarded(ex))
                    {
                        // Without the API no call binds, so nothing is intercepted: slower, never wrong. The SVD's own
                        // problems are PacGen's generator's to report (with its own guard, PACGEN100).
                        return ImmutableArray<SyntaxTree>.Empty;
                    }
                })
                .WithTrackingName(InterceptorTrackingNames.GeneratedApi)
                .Collect()
                .Select(static (perSvd, _) => perSvd.SelectMany(static trees => trees).ToImmutableArray());

            // Re-runs on every edit (binding depends on the whole compilation), but yields equal lists for equal
            // calls, so the interceptor source is not produced again unless a call site really changed.
            IncrementalValueProvider<InterceptSiteList> viaApi = context.SyntaxProvider
                .CreateSyntaxProvider(
                    static (node, _) => InterceptSiteReader.IsCandidate(node),
                    static (syntax, _) => (InvocationExpressionSyntax)syntax.Node)
                .Collect()
                .Combine(context.CompilationProvider)
                .Combine(api)
                .Select(static (input, cancellationToken) =>
                {
                    ImmutableArray<InvocationExpressionSyntax> calls = input.Left.Left;
                    if (input.Right.IsEmpty || calls.IsEmpty)
                    {
                        return InterceptSiteList.Empty;
                    }

                    Compilation withApi = input.Left.Right.AddSyntaxTrees(input.Right);
                    ImmutableArray<InterceptSite>.Builder sites = ImmutableArray.CreateBuilder<InterceptSite>();
                    foreach (InvocationExpressionSyntax call in calls)
                    {
                        if (GuardedRead(withApi.GetSemanticModel(call.SyntaxTree), call, cancellationToken) is { } site)
                        {
                            sites.Add(site);
                        }
                    }

                    return new InterceptSiteList(sites.ToImmutable());
                })
                .WithTrackingName(InterceptorTrackingNames.ApiSites);

            context.RegisterSourceOutput(direct.Combine(viaApi).Combine(enabled), static (output, input) =>
            {
                // Without the namespace opt-in the compiler rejects interceptors (CS9137): emit nothing and let the
                // analyzer tell the user, rather than break their build.
                try
                {
                    InterceptorGuard.Enter(InterceptorGuard.EmitStage);
                    ImmutableArray<InterceptSite> sites = Distinct(input.Left.Left.Sites, input.Left.Right.Sites);
                    if (input.Right && !sites.IsEmpty)
                    {
                        output.AddSource(InterceptorEmitter.HintName, InterceptorEmitter.Emit(sites));
                    }
                }
                catch (Exception ex) when (InterceptorGuard.IsGuarded(ex))
                {
                    output.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.InternalError, Location.None, "interceptor generator", InterceptorGuard.Describe(InterceptorGuard.EmitStage, ex)));
                }
            });
        }

        /// <summary>
        /// One call site, or null when it is not interceptable or its analysis failed: a failed call is left alone
        /// (a correct delegate call), and the analyzer reports PACGEN207 at it.
        /// </summary>
        private static InterceptSite? GuardedRead(SemanticModel model, InvocationExpressionSyntax call, System.Threading.CancellationToken cancellationToken)
        {
            try
            {
                InterceptorGuard.Enter(InterceptorGuard.ReadStage);
                return InterceptSiteReader.Read(model, call, cancellationToken);
            }
            catch (Exception ex) when (InterceptorGuard.IsGuarded(ex))
            {
                return null;
            }
        }

        private static ImmutableArray<InterceptSite> Distinct(ImmutableArray<InterceptSite> first, ImmutableArray<InterceptSite> second)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            ImmutableArray<InterceptSite>.Builder all = ImmutableArray.CreateBuilder<InterceptSite>();
            foreach (InterceptSite site in first.AddRange(second))
            {
                if (seen.Add(site.LocationData))
                {
                    all.Add(site);
                }
            }

            return all.ToImmutable();
        }
    }
}
