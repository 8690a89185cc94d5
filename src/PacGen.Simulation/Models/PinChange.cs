namespace PacGen.Simulation.Models;

/// <summary>A pin's level changed at <see cref="Time"/> (virtual time).</summary>
public readonly record struct PinChange(System.TimeSpan Time, int Pin, bool Level);
