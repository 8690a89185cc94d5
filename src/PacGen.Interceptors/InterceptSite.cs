namespace PacGen.Interceptors
{
    /// <summary>
    /// One call site to rewrite, reduced to strings so the incremental pipeline can compare runs by value (no
    /// symbols or syntax survive past the transform step).
    /// </summary>
    /// <param name="LocationVersion">First argument of <c>[InterceptsLocation]</c>.</param>
    /// <param name="LocationData">Second argument of <c>[InterceptsLocation]</c>.</param>
    /// <param name="DisplayLocation">file(line,column) of the call, for a comment in the output.</param>
    /// <param name="Register">Fully qualified register struct.</param>
    /// <param name="ReceiverRefKind">"in" or "ref": the interceptor's this-parameter must match the method's implicit this.</param>
    /// <param name="Kind">Which register method is intercepted.</param>
    /// <param name="DelegateType">Fully qualified delegate parameter type, as the intercepted method declares it (substituted).</param>
    /// <param name="StateType">Fully qualified TState, for the state-passing kinds; else empty.</param>
    /// <param name="Value">The W expression to write, in terms of <c>register</c>, <c>state</c> and the read value <c>r</c>.</param>
    internal sealed record InterceptSite(
        int LocationVersion,
        string LocationData,
        string DisplayLocation,
        string Register,
        string ReceiverRefKind,
        AccessKind Kind,
        string DelegateType,
        string StateType,
        string Value);
}
