using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace PacGen.Simulation;

/// <summary>
/// The ordered record of a device's bus accesses, with the queries tests need. Entries are appended under the
/// device's lock in the order the accesses were applied, so sequence numbers strictly increase.
/// </summary>
public sealed class AccessTrace
{
    private readonly object _gate;
    private readonly DeviceLayout _layout;
    private readonly List<TraceEntry> _entries = new List<TraceEntry>();
    private readonly HashSet<SimulatedRegister> _ignored = new HashSet<SimulatedRegister>();
    private volatile bool _enabled;

    internal AccessTrace(object gate, DeviceLayout layout, bool enabled)
    {
        _gate = gate;
        _layout = layout;
        _enabled = enabled;
    }

    /// <summary>Whether accesses are recorded (switch off around set-up code, or for long runs).</summary>
    public bool IsEnabled
    {
        get => _enabled;
        set => _enabled = value;
    }

    /// <summary>A snapshot of the recorded entries, oldest first.</summary>
    public IReadOnlyList<TraceEntry> Entries
    {
        get
        {
            lock (_gate)
            {
                return _entries.ToArray();
            }
        }
    }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>Forgets every recorded entry (sequence numbering continues).</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }

    /// <summary>
    /// Stops recording accesses to these registers (e.g. <c>SYSTMR.CLO</c>, which a delay loop polls thousands of
    /// times). The accesses still happen and still consume sequence numbers.
    /// </summary>
    public void Ignore(params string[] registerNames)
    {
        lock (_gate)
        {
            foreach (string name in registerNames)
            {
                _ignored.Add(Lookup(name));
            }
        }
    }

    /// <summary>Every recorded write to <paramref name="registerName"/>, oldest first.</summary>
    public IReadOnlyList<TraceEntry> WritesTo(string registerName) => Select(registerName, AccessKind.Write);

    /// <summary>Every recorded read of <paramref name="registerName"/>, oldest first.</summary>
    public IReadOnlyList<TraceEntry> ReadsOf(string registerName) => Select(registerName, AccessKind.Read);

    /// <summary>The value of a field in the last recorded access (read or write) to its register, or null if none.</summary>
    public ulong? LastFieldValue(string registerName, string fieldName)
    {
        SimulatedRegister register = Lookup(registerName);
        SimulatedField field = register.Field(fieldName);
        TraceEntry? last = Last(register);
        return last is null ? null : field.Extract(last.Value);
    }

    /// <summary>The bus value of the last recorded access to <paramref name="registerName"/>, or null if none.</summary>
    public ulong? LastValue(string registerName) => Last(Lookup(registerName))?.Value;

    /// <summary>The trace as text: one <see cref="TraceEntry.ToString"/> line per entry, each ending with <c>\n</c>.</summary>
    public string Render() => Render(static _ => true);

    /// <summary>The trace as text, listing only entries <paramref name="include"/> accepts.</summary>
    public string Render(Func<TraceEntry, bool> include)
    {
        var text = new StringBuilder();
        foreach (TraceEntry entry in Entries)
        {
            if (include(entry))
            {
                text.Append(entry.ToString()).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>The trace as text without the accesses to <paramref name="registerNames"/> (polling reads, say).</summary>
    public string RenderExcluding(params string[] registerNames)
    {
        HashSet<SimulatedRegister> excluded = new HashSet<SimulatedRegister>(registerNames.Select(Lookup));
        return Render(entry => !excluded.Contains(entry.Register));
    }

    public override string ToString() => Render();

    /// <summary>Called under the device lock.</summary>
    internal bool ShouldRecord(SimulatedRegister register) => _enabled && !_ignored.Contains(register);

    /// <summary>Called under the device lock.</summary>
    internal void Add(TraceEntry entry) => _entries.Add(entry);

    private SimulatedRegister Lookup(string registerName) =>
        _layout.TryGetByName(registerName, out SimulatedRegister register)
            ? register
            : throw new SimulationException("The device has no register named '" + registerName + "'.");

    private IReadOnlyList<TraceEntry> Select(string registerName, AccessKind kind)
    {
        SimulatedRegister register = Lookup(registerName);
        lock (_gate)
        {
            return _entries.Where(e => e.Kind == kind && ReferenceEquals(e.Register, register)).ToArray();
        }
    }

    private TraceEntry? Last(SimulatedRegister register)
    {
        lock (_gate)
        {
            for (int i = _entries.Count - 1; i >= 0; i--)
            {
                if (ReferenceEquals(_entries[i].Register, register))
                {
                    return _entries[i];
                }
            }
        }

        return null;
    }
}
