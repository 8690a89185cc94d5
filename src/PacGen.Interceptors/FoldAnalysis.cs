using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace PacGen.Interceptors
{
    /// <summary>Why a call site's closure cannot be replaced by the delegate-free value form.</summary>
    internal enum UnfoldableReason
    {
        None,
        MethodGroup,
        StoredDelegate,
        BlockBody,
        CapturesVariable,
        NotASetterChain,
        ArgumentNotConstant,
    }

    /// <summary>
    /// The result of reading one closure argument: either the setter chain it applies to its W parameter, with
    /// every argument a constant or the lambda's own parameter, or the reason it is not such a chain. Shared by the
    /// interceptor generator (which folds) and the analyzer (which explains), so the two never disagree.
    /// </summary>
    internal sealed class FoldAnalysis
    {
        private FoldAnalysis(
            AccessKind kind,
            RegisterTypes types,
            IAnonymousFunctionOperation? lambda,
            ImmutableArray<SetterStep> steps,
            UnfoldableReason reason,
            string detail,
            SyntaxNode culprit)
        {
            Kind = kind;
            Types = types;
            Lambda = lambda;
            Steps = steps;
            Reason = reason;
            Detail = detail;
            Culprit = culprit;
        }

        public AccessKind Kind { get; }

        public RegisterTypes Types { get; }

        /// <summary>The lambda, when the argument is one.</summary>
        public IAnonymousFunctionOperation? Lambda { get; }

        /// <summary>The setters in call order, starting from the W parameter; empty when not foldable.</summary>
        public ImmutableArray<SetterStep> Steps { get; }

        public UnfoldableReason Reason { get; }

        public bool IsFoldable => Reason == UnfoldableReason.None;

        /// <summary>The offending name or expression, for the diagnostic message.</summary>
        public string Detail { get; }

        /// <summary>Where the diagnostic goes: the offending part of the closure argument.</summary>
        public SyntaxNode Culprit { get; }

        /// <summary>The parameter index of the delegate in each method shape.</summary>
        public static int DelegateOrdinal(AccessKind kind) => kind.HasState() ? 1 : 0;

        public static FoldAnalysis Analyze(IInvocationOperation invocation, AccessKind kind, RegisterTypes types)
        {
            int ordinal = DelegateOrdinal(kind);
            IOperation? argument = null;
            foreach (IArgumentOperation candidate in invocation.Arguments)
            {
                if (candidate.Parameter?.Ordinal == ordinal)
                {
                    argument = candidate.Value;
                }
            }

            if (argument is null)
            {
                return Fail(kind, types, null, UnfoldableReason.StoredDelegate, "?", invocation.Syntax);
            }

            if (argument is not IDelegateCreationOperation creation)
            {
                return Fail(kind, types, null, UnfoldableReason.StoredDelegate, argument.Syntax.ToString(), argument.Syntax);
            }

            if (creation.Target is IMethodReferenceOperation methodReference)
            {
                return Fail(kind, types, null, UnfoldableReason.MethodGroup, methodReference.Method.Name, argument.Syntax);
            }

            if (creation.Target is not IAnonymousFunctionOperation lambda)
            {
                return Fail(kind, types, null, UnfoldableReason.StoredDelegate, argument.Syntax.ToString(), argument.Syntax);
            }

            if (!TryGetReturnedExpression(lambda, out IOperation? returned))
            {
                return Fail(kind, types, lambda, UnfoldableReason.BlockBody, string.Empty, lambda.Syntax);
            }

            return ReadChain(kind, types, lambda, returned!);
        }

        /// <summary>An expression body, or a block that is a single return statement (the same thing spelled longer).</summary>
        private static bool TryGetReturnedExpression(IAnonymousFunctionOperation lambda, out IOperation? returned)
        {
            returned = null;
            if (lambda.Syntax is AnonymousFunctionExpressionSyntax { Block: { } block } && block.Statements.Count != 1)
            {
                return false;
            }

            if (lambda.Body.Operations.Length != 1 || lambda.Body.Operations[0] is not IReturnOperation { ReturnedValue: { } value })
            {
                return false;
            }

            returned = value;
            return true;
        }

        private static FoldAnalysis ReadChain(AccessKind kind, RegisterTypes types, IAnonymousFunctionOperation lambda, IOperation returned)
        {
            IParameterSymbol writeParameter = lambda.Symbol.Parameters[kind.IsModify() ? 1 : 0];
            ImmutableArray<SetterStep>.Builder reversed = ImmutableArray.CreateBuilder<SetterStep>();
            IOperation current = returned;
            while (!(current is IParameterReferenceOperation root && SymbolEqualityComparer.Default.Equals(root.Parameter, writeParameter)))
            {
                if (current is not IInvocationOperation
                    {
                        Instance: { } instance,
                        TargetMethod: { IsStatic: false, IsGenericMethod: false } setter,
                    } call ||
                    !SymbolEqualityComparer.Default.Equals(setter.ContainingType, types.W) ||
                    !SymbolEqualityComparer.Default.Equals(setter.ReturnType, types.W))
                {
                    return Fail(kind, types, lambda, UnfoldableReason.NotASetterChain, current.Syntax.ToString(), current.Syntax);
                }

                ImmutableArray<StepArgument>.Builder arguments = ImmutableArray.CreateBuilder<StepArgument>(setter.Parameters.Length);
                foreach (IParameterSymbol parameter in setter.Parameters)
                {
                    IArgumentOperation? argument = FindArgument(call, parameter.Ordinal);
                    if (argument is null)
                    {
                        return Fail(kind, types, lambda, UnfoldableReason.ArgumentNotConstant, call.Syntax.ToString(), call.Syntax);
                    }

                    FoldAnalysis? failure = ReadArgument(kind, types, lambda, writeParameter, parameter, argument, out StepArgument read);
                    if (failure is not null)
                    {
                        return failure;
                    }

                    arguments.Add(read);
                }

                reversed.Add(new SetterStep(setter, arguments.MoveToImmutable(), call));
                current = instance;
            }

            reversed.Reverse();
            return new FoldAnalysis(kind, types, lambda, reversed.ToImmutable(), UnfoldableReason.None, string.Empty, lambda.Syntax);
        }

        private static IArgumentOperation? FindArgument(IInvocationOperation call, int ordinal)
        {
            foreach (IArgumentOperation argument in call.Arguments)
            {
                if (argument.Parameter?.Ordinal == ordinal)
                {
                    return argument;
                }
            }

            return null;
        }

        /// <summary>Accepts a constant or a pure expression of the lambda's own parameters (<c>s</c>, <c>!r.Od3</c>).</summary>
        private static FoldAnalysis? ReadArgument(
            AccessKind kind,
            RegisterTypes types,
            IAnonymousFunctionOperation lambda,
            IParameterSymbol writeParameter,
            IParameterSymbol parameter,
            IArgumentOperation argument,
            out StepArgument read)
        {
            read = default;
            IOperation value = argument.Value;
            if (argument.ArgumentKind == ArgumentKind.ParamArray || parameter.RefKind != RefKind.None)
            {
                return Fail(kind, types, lambda, UnfoldableReason.ArgumentNotConstant, value.Syntax.ToString(), value.Syntax);
            }

            if (value.ConstantValue.HasValue)
            {
                read = StepArgument.ForConstant(parameter, value.ConstantValue.Value, value);
                return null;
            }

            if (PureArgument.IsPure(value, lambda, writeParameter))
            {
                read = StepArgument.ForExpression(parameter, value);
                return null;
            }

            ClosureCaptures captured = ClosureCaptures.FindIn(lambda, value);
            return captured.All.Length > 0
                ? Fail(kind, types, lambda, UnfoldableReason.CapturesVariable, captured.All[0].Name, value.Syntax)
                : Fail(kind, types, lambda, UnfoldableReason.ArgumentNotConstant, value.Syntax.ToString(), value.Syntax);
        }

        private static FoldAnalysis Fail(
            AccessKind kind,
            RegisterTypes types,
            IAnonymousFunctionOperation? lambda,
            UnfoldableReason reason,
            string detail,
            SyntaxNode culprit) =>
            new FoldAnalysis(kind, types, lambda, ImmutableArray<SetterStep>.Empty, reason, detail, culprit);
    }

    /// <summary>One setter call of a foldable chain.</summary>
    internal readonly struct SetterStep
    {
        public SetterStep(IMethodSymbol setter, ImmutableArray<StepArgument> arguments, IInvocationOperation call)
        {
            Setter = setter;
            Arguments = arguments;
            Call = call;
        }

        public IMethodSymbol Setter { get; }

        /// <summary>In parameter order.</summary>
        public ImmutableArray<StepArgument> Arguments { get; }

        public IInvocationOperation Call { get; }
    }

    /// <summary>A setter argument: a constant (already converted to the parameter type) or a pure expression of the lambda's parameters.</summary>
    internal readonly struct StepArgument
    {
        private StepArgument(IParameterSymbol target, bool isConstant, object? constant, IOperation operation)
        {
            Target = target;
            IsConstant = isConstant;
            Constant = constant;
            Operation = operation;
        }

        /// <summary>The setter parameter this argument is passed to.</summary>
        public IParameterSymbol Target { get; }

        public bool IsConstant { get; }

        public object? Constant { get; }

        /// <summary>The argument as written (with its implicit conversion to the parameter type, if any).</summary>
        public IOperation Operation { get; }

        public static StepArgument ForConstant(IParameterSymbol target, object? constant, IOperation operation) =>
            new StepArgument(target, true, constant, operation);

        public static StepArgument ForExpression(IParameterSymbol target, IOperation operation) =>
            new StepArgument(target, false, null, operation);
    }
}
