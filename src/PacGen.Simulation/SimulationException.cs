using System;

namespace PacGen.Simulation;

/// <summary>
/// A register access the simulated chip cannot serve (unmapped address, wrong width, misaligned) or a misuse of the
/// simulation API (unknown register name). The message names the address and the register or peripheral involved,
/// because that is what a failing driver test needs to find the bug.
/// </summary>
public sealed class SimulationException : Exception
{
    public SimulationException(string message)
        : base(message)
    {
    }

    public SimulationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
