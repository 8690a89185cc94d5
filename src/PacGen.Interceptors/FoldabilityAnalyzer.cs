using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace PacGen.Interceptors
{
    /// <summary>
    /// Explains every register closure the interceptor cannot fold (why, and what to write instead), and rejects
    /// constants that do not fit their field. Uses the same <see cref="FoldAnalysis"/> as the generator.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class FoldabilityAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            Descriptors.CapturesVariable,
            Descriptors.BlockBody,
            Descriptors.NotALambda,
            Descriptors.NotConstantChain,
            Descriptors.ConstantOutOfRange,
            Descriptors.InterceptorsDisabled,
            Descriptors.InternalError);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterOperationAction(AnalyzeInvocation, OperationKind.Invocation);
        }

        /// <summary>Analyzes one invocation; an unexpected exception becomes PACGEN207 at the call, never AD0001.</summary>
        private static void AnalyzeInvocation(OperationAnalysisContext context)
        {
            try
            {
                InterceptorGuard.Enter(InterceptorGuard.AnalyzeStage);
                AnalyzeInvocationCore(context);
            }
            catch (System.Exception ex) when (InterceptorGuard.IsGuarded(ex))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.InternalError, context.Operation.Syntax.GetLocation(), "analyzer", InterceptorGuard.Describe(InterceptorGuard.AnalyzeStage, ex)));
            }
        }

        private static void AnalyzeInvocationCore(OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            if (RegisterShape.TryClassify(invocation.TargetMethod, out AccessKind kind, out RegisterTypes types) && invocation.Instance is not null)
            {
                ReportUnfoldable(context, invocation, kind, types);
                return;
            }

            ReportOutOfRange(context, invocation);
        }

        private static void ReportUnfoldable(OperationAnalysisContext context, IInvocationOperation invocation, AccessKind kind, RegisterTypes types)
        {
            FoldAnalysis analysis = FoldAnalysis.Analyze(invocation, kind, types);
            Location location = analysis.Culprit.GetLocation();
            switch (analysis.Reason)
            {
                case UnfoldableReason.None:
                    if (!InterceptorsSwitch.IsEnabled(invocation.Syntax.SyntaxTree.Options))
                    {
                        context.ReportDiagnostic(Diagnostic.Create(Descriptors.InterceptorsDisabled, invocation.Syntax.GetLocation()));
                    }

                    return;
                case UnfoldableReason.CapturesVariable:
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.CapturesVariable, location, analysis.Detail));
                    return;
                case UnfoldableReason.BlockBody:
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.BlockBody, location));
                    return;
                case UnfoldableReason.MethodGroup:
                case UnfoldableReason.StoredDelegate:
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.NotALambda, location, analysis.Detail));
                    return;
                default:
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.NotConstantChain, location, analysis.Detail));
                    return;
            }
        }

        /// <summary>A constant passed to a checked W setter whose generated range check would throw.</summary>
        private static void ReportOutOfRange(OperationAnalysisContext context, IInvocationOperation invocation)
        {
            IMethodSymbol setter = invocation.TargetMethod;
            if (setter.IsStatic || setter.Parameters.Length != 1 || setter.ContainingType is not { Name: "W", ContainingType: { } register } ||
                !RegisterShape.TryGetTypes(register, out _) || invocation.Arguments.Length != 1 ||
                invocation.Arguments[0].Value.ConstantValue is not { HasValue: true, Value: { } constant } ||
                !FieldRange.TryGet(setter, out FieldRange range))
            {
                return;
            }

            ulong value;
            try
            {
                value = System.Convert.ToUInt64(constant, CultureInfo.InvariantCulture);
            }
            catch (System.OverflowException)
            {
                value = ulong.MaxValue;
            }

            if (value < range.Minimum || value > range.Maximum)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.ConstantOutOfRange,
                    invocation.Arguments[0].Syntax.GetLocation(),
                    invocation.Arguments[0].Syntax.ToString(),
                    range.Field,
                    "0x" + range.Minimum.ToString("X", CultureInfo.InvariantCulture),
                    "0x" + range.Maximum.ToString("X", CultureInfo.InvariantCulture)));
            }
        }
    }
}
