using Microsoft.CodeAnalysis;

namespace PacGen.Interceptors
{
    /// <summary>Every diagnostic of the interceptor analyzer, in one table (ids PACGEN2xx; see AnalyzerReleases.*.md).</summary>
    internal static class Descriptors
    {
        private const string Category = "PacGen.Performance";

        public static readonly DiagnosticDescriptor CapturesVariable = new(
            "PACGEN201",
            "Register closure captures a variable and cannot be folded",
            "This closure captures {0}: every call allocates a closure and calls a delegate. {1}.",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor BlockBody = new(
            "PACGEN202",
            "Register closure with a block body cannot be folded",
            "This closure has a block body, so it stays a delegate call; write it as one setter chain: w => w.A(...).B(...)",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor NotALambda = new(
            "PACGEN203",
            "Register access through a stored delegate or method group cannot be folded",
            "'{0}' is called through a delegate on every access; write the setter chain inline (w => w.A(...)) or use the value form Write(W.Reset...(...))",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor NotConstantChain = new(
            "PACGEN204",
            "Register closure is not a constant setter chain and cannot be folded",
            "'{0}' is not a W setter with constant arguments or the lambda's own parameters, so this closure stays a delegate call; compute the value first and use the value form or the state-passing form",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor ConstantOutOfRange = new(
            "PACGEN205",
            "Constant does not fit the field",
            "{0} does not fit field {1}: allowed {2}..{3}",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor InterceptorsDisabled = new(
            "PACGEN206",
            "Register closures are not folded in this project",
            "Register closures stay delegate calls because the project does not enable interceptors; add <InterceptorsNamespaces>$(InterceptorsNamespaces);PacGen.Generated</InterceptorsNamespaces> (the PacGen package's props do)",
            Category,
            DiagnosticSeverity.Info,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor NotFoldable = new(
            "PACGEN208",
            "Register call cannot be folded",
            "This {0} stays a delegate call: {1}",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor WriteWithZeroSideEffects = new(
            "PACGEN209",
            "WriteWithZero writes 0 to bits where 0 has an effect",
            "WriteWithZero starts from 0, so on {0} it {1} unless the setters write 1 there; use Write, which starts from W.Reset (those bits 1, no effect), or suppress this warning if that is what you mean",
            "PacGen.Usage",
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor InternalError = new(
            "PACGEN207",
            "PacGen's interceptor generator or analyzer failed",
            "PacGen's {0} failed ({1}); the register call stays a delegate call, which is correct but slower. This is a bug in PacGen; please report it.",
            "PacGen.Internal",
            DiagnosticSeverity.Error,
            isEnabledByDefault: true);
    }
}
