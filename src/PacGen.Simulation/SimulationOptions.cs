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

    /// <summary>
    /// Atomic alias windows of the chip (the same declaration as the generator's AtomicAliases metadata, e.g.
    /// <c>AtomicAliases.Parse("xor:0x1000;set:0x2000;clear:0x3000;except:SIO,PPB")</c> for the RP2040): a write at a
    /// register's address plus a window offset sets, clears or inverts the register's bits that are 1 in the value.
    /// Null (the default): no windows, such an access hits no register.
    /// </summary>
    public PacGen.Svd.Model.AtomicAliases? AtomicAliases { get; init; }
}
