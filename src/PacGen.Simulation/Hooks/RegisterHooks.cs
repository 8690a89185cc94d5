namespace PacGen.Simulation;

/// <summary>
/// Behaviour attached to a register, run on every bus read of it under the device lock, after the value is taken
/// from storage and before readAction clear/set is applied. It may replace the returned value and change any
/// register's storage through <see cref="ReadAccess.Device"/> (<see cref="SimulatedDevice.Peek(string)"/> /
/// <see cref="SimulatedDevice.Poke(string, ulong)"/>); readAction <c>modify</c> side effects belong here.
/// </summary>
public delegate void ReadHook(ReadAccess access);

/// <summary>
/// Behaviour attached to a register, run on every bus write to it under the device lock, after the write has been
/// applied to storage. It may change any register's storage through <see cref="WriteAccess.Device"/>.
/// </summary>
public delegate void WriteHook(WriteAccess access);

/// <summary>A read in progress, as a <see cref="ReadHook"/> sees it.</summary>
public sealed class ReadAccess
{
    internal ReadAccess(SimulatedDevice device, SimulatedRegister register, ulong value)
    {
        Device = device;
        Register = register;
        Value = value;
    }

    public SimulatedDevice Device { get; }

    public SimulatedRegister Register { get; }

    /// <summary>The value the read returns; a hook may set it (masked to the register's size).</summary>
    public ulong Value { get; set; }
}

/// <summary>A completed write, as a <see cref="WriteHook"/> sees it.</summary>
public sealed class WriteAccess
{
    internal WriteAccess(SimulatedDevice device, SimulatedRegister register, ulong written, ulong before, ulong after)
    {
        Device = device;
        Register = register;
        Written = written;
        Before = before;
        After = after;
    }

    public SimulatedDevice Device { get; }

    public SimulatedRegister Register { get; }

    /// <summary>The value on the bus.</summary>
    public ulong Written { get; }

    /// <summary>The register's stored value before the write.</summary>
    public ulong Before { get; }

    /// <summary>The register's stored value after the write's modifiedWriteValues/access semantics.</summary>
    public ulong After { get; }
}
