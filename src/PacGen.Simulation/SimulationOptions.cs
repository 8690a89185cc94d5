using System;

namespace PacGen.Simulation;

/// <summary>How a <see cref="SimulatedDevice"/> behaves beyond what the SVD says.</summary>
public sealed class SimulationOptions
{
    public static readonly SimulationOptions Default = new SimulationOptions();

    /// <summary>Virtual time each bus access takes (zero by default: time moves only when advanced or by models).</summary>
    public TimeSpan TimePerAccess { get; init; } = TimeSpan.Zero;

    /// <summary>Whether the access trace records from the start (it can be switched at any time).</summary>
    public bool TraceEnabled { get; init; } = true;
}
