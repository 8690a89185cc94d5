namespace PacGen.Simulation;

/// <summary>The direction of a bus access.</summary>
public enum AccessKind
{
    Read,
    Write,
}
