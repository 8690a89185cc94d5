using System;
using System.Collections.Generic;
using System.Linq;
using PacGen.Runtime;
using PacGen.Svd;
using PacGen.Svd.Diagnostics;
using PacGen.Svd.Model;

namespace PacGen.Simulation;

/// <summary>
/// A simulated chip built from an SVD device model: one storage word per register address, starting at reset
/// values, served with the SVD's access / modifiedWriteValues / readAction semantics, recorded in an
/// <see cref="AccessTrace"/>, with behaviour hooks and a <see cref="VirtualClock"/>.
/// </summary>
/// <remarks>
/// Generated code reaches it through <see cref="Mmio"/> once <see cref="Activate"/> has installed it for the current
/// async flow (the feature switch <c>PacGen.Runtime.Simulation.IsSupported</c> must be on). Every access, hook and
/// backdoor call runs under one lock per device, so accesses from several threads never lose an update and the
/// trace order is the order in which the updates were applied. The lock is reentrant: code inside
/// <see cref="Atomically(Action)"/> and hooks may call back into the device.
/// </remarks>
public sealed class SimulatedDevice : IMmioBus
{
    private readonly object _gate = new object();
    private readonly DeviceLayout _layout;
    private readonly ulong[] _storage;
    private readonly bool[] _writeOnceSpent;
    private readonly Dictionary<SimulatedRegister, ReadHook> _readHooks = new Dictionary<SimulatedRegister, ReadHook>();
    private readonly Dictionary<SimulatedRegister, WriteHook> _writeHooks = new Dictionary<SimulatedRegister, WriteHook>();
    private readonly TimeSpan _timePerAccess;
    private readonly AtomicAliases? _aliases;
    private long _sequence;

    private SimulatedDevice(Device model, SimulationOptions options)
    {
        Model = model;
        _layout = DeviceLayout.Build(model);
        _storage = new ulong[_layout.SlotCount];
        _writeOnceSpent = new bool[_layout.SlotCount];
        _timePerAccess = options.TimePerAccess;
        _aliases = options.AtomicAliases;
        Trace = new AccessTrace(_gate, _layout, options.TraceEnabled);
        Reset();
    }

    /// <summary>The SVD model the device was built from.</summary>
    public Device Model { get; }

    public string Name => Model.Name;

    /// <summary>Every register instance (array and cluster elements expanded): peripherals in document order, registers by address.</summary>
    public IReadOnlyList<SimulatedRegister> Registers => _layout.Registers;

    public AccessTrace Trace { get; }

    public VirtualClock Clock { get; } = new VirtualClock();

    public static SimulatedDevice FromModel(Device model, SimulationOptions? options = null)
    {
        if (model is null)
        {
            throw new ArgumentNullException(nameof(model));
        }

        return new SimulatedDevice(model, options ?? SimulationOptions.Default);
    }

    /// <summary>Reads an SVD file and builds the device from it.</summary>
    /// <exception cref="SimulationException">The file cannot be read or has errors (the message lists them).</exception>
    public static SimulatedDevice FromSvdFile(string path, SimulationOptions? options = null) =>
        FromReadResult(SvdReader.ReadFile(path), path, options);

    /// <summary>Reads SVD text and builds the device from it (inline SVDs in tests).</summary>
    /// <exception cref="SimulationException">The text has errors (the message lists them).</exception>
    public static SimulatedDevice FromSvdText(string svdText, SimulationOptions? options = null) =>
        FromReadResult(SvdReader.Read(svdText), "<svd text>", options);

    /// <summary>Routes this async flow's <see cref="Mmio"/> accesses (and those of tasks it starts) to this device until disposed.</summary>
    /// <exception cref="InvalidOperationException">The simulation feature switch is off in this process.</exception>
    public MmioBus.Scope Activate() => MmioBus.Use(this);

    /// <summary>The register named <c>PERIPHERAL.PATH</c>.</summary>
    /// <exception cref="SimulationException">No register has that name.</exception>
    public SimulatedRegister Register(string name) =>
        _layout.TryGetByName(name, out SimulatedRegister register)
            ? register
            : throw new SimulationException("Device " + Name + " has no register named '" + name + "'.");

    /// <summary>The register an access of <paramref name="sizeBits"/> at <paramref name="address"/> would hit.</summary>
    /// <exception cref="SimulationException">None matches (the message says why).</exception>
    public SimulatedRegister RegisterAt(ulong address, int sizeBits) => _layout.Resolve(address, sizeBits);

    /// <summary>A bus read: semantics, hooks and trace apply.</summary>
    public ulong Read(nuint address, int sizeBits)
    {
        lock (_gate)
        {
            // A read through an alias window is a plain read of the register (RP2040 datasheet 2.1.2).
            SimulatedRegister register = _layout.Resolve(address, sizeBits, _aliases, out _);
            Clock.Advance(_timePerAccess);
            TimeSpan time = Clock.Now;
            long sequence = ++_sequence;
            ulong value = Stored(register) & register.ReadableMask;
            if (_readHooks.TryGetValue(register, out ReadHook? hook))
            {
                var access = new ReadAccess(this, register, value);
                hook(access);
                value = access.Value & register.SizeMask;
            }

            Store(register, RegisterSemantics.ApplyReadAction(register, Stored(register)));
            if (Trace.ShouldRecord(register))
            {
                IReadOnlyList<SimulatedRegister> views = _layout.Views(register);
                IReadOnlyList<FieldValue> fields = RegisterViews.Common(views, FieldDecoder.ForRead(register, value), AccessKind.Read);
                Trace.Add(new TraceEntry(sequence, time, AccessKind.Read, register, value, fields, ignored: false, views: views));
            }

            return value;
        }
    }

    /// <summary>A bus write: semantics, hooks and trace apply.</summary>
    public void Write(nuint address, int sizeBits, ulong value)
    {
        lock (_gate)
        {
            SimulatedRegister register = _layout.Resolve(address, sizeBits, _aliases, out AtomicAliasKind? alias);
            Clock.Advance(_timePerAccess);
            TimeSpan time = Clock.Now;
            long sequence = ++_sequence;
            ulong written = value & register.SizeMask;
            ulong before = Stored(register);
            bool onceSpent = _writeOnceSpent[register.StorageSlot];
            bool accepted = RegisterSemantics.AcceptsWrites(register, onceSpent);
            ulong after = alias is { } kind
                ? RegisterSemantics.ApplyAliasWrite(register, before, written, kind, onceSpent)
                : RegisterSemantics.ApplyWrite(register, before, written, onceSpent);
            Store(register, after);
            _writeOnceSpent[register.StorageSlot] = true;
            if (Trace.ShouldRecord(register))
            {
                IReadOnlyList<SimulatedRegister> views = _layout.Views(register);
                IReadOnlyList<FieldValue> fields = RegisterViews.Common(
                    views, alias is null ? FieldDecoder.ForWrite(register, before, written) : FieldDecoder.ForAlias(register, written), AccessKind.Write);
                Trace.Add(new TraceEntry(sequence, time, AccessKind.Write, register, written, fields, ignored: !accepted, alias, views));
            }

            if (_writeHooks.TryGetValue(register, out WriteHook? hook))
            {
                hook(new WriteAccess(this, register, written, before, after));
            }
        }
    }

    /// <summary>The stored value of a register, without side effects, hooks or trace (a test's or a model's backdoor).</summary>
    public ulong Peek(string registerName) => Peek(Register(registerName));

    /// <inheritdoc cref="Peek(string)"/>
    public ulong Peek(SimulatedRegister register)
    {
        lock (_gate)
        {
            return Stored(register);
        }
    }

    /// <summary>The stored value of one field, without side effects, hooks or trace.</summary>
    public ulong PeekField(string registerName, string fieldName)
    {
        SimulatedRegister register = Register(registerName);
        return register.Field(fieldName).Extract(Peek(register));
    }

    /// <summary>Sets the stored value of a register, bypassing access rules, hooks and trace (models drive status bits this way).</summary>
    public void Poke(string registerName, ulong value) => Poke(Register(registerName), value);

    /// <inheritdoc cref="Poke(string, ulong)"/>
    public void Poke(SimulatedRegister register, ulong value)
    {
        lock (_gate)
        {
            Store(register, value);
        }
    }

    /// <summary>Applies <paramref name="update"/> to a register's stored value atomically (backdoor: no rules, hooks or trace).</summary>
    public ulong PokeUpdate(string registerName, Func<ulong, ulong> update)
    {
        SimulatedRegister register = Register(registerName);
        lock (_gate)
        {
            ulong next = update(Stored(register));
            Store(register, next);
            return Stored(register);
        }
    }

    /// <summary>Runs <paramref name="action"/> with the device to itself: bus accesses from other threads wait, so a read-modify-write inside it is atomic.</summary>
    public void Atomically(Action action)
    {
        lock (_gate)
        {
            action();
        }
    }

    /// <inheritdoc cref="Atomically(Action)"/>
    public T Atomically<T>(Func<T> action)
    {
        lock (_gate)
        {
            return action();
        }
    }

    /// <summary>Adds behaviour to bus reads of a register (hooks of one register run in the order added).</summary>
    public void OnRead(string registerName, ReadHook hook)
    {
        SimulatedRegister register = Register(registerName);
        lock (_gate)
        {
            _readHooks[register] = _readHooks.TryGetValue(register, out ReadHook? existing) ? existing + hook : hook;
        }
    }

    /// <summary>Adds behaviour to bus writes of a register (hooks of one register run in the order added).</summary>
    public void OnWrite(string registerName, WriteHook hook)
    {
        SimulatedRegister register = Register(registerName);
        lock (_gate)
        {
            _writeHooks[register] = _writeHooks.TryGetValue(register, out WriteHook? existing) ? existing + hook : hook;
        }
    }

    /// <summary>Puts every register back to its reset value (hooks, models' own state, trace and clock are kept).</summary>
    public void Reset()
    {
        lock (_gate)
        {
            Array.Clear(_storage);
            Array.Clear(_writeOnceSpent);

            // Alternates share a word with their primary register, whose reset value wins.
            foreach (bool alternatesPass in new[] { true, false })
            {
                foreach (SimulatedRegister register in _layout.Registers)
                {
                    if (register.IsAlternate == alternatesPass)
                    {
                        _storage[register.StorageSlot] = register.ResetValue;
                    }
                }
            }
        }
    }

    public override string ToString() => "Simulated " + Name;

    private static SimulatedDevice FromReadResult(SvdReadResult result, string source, SimulationOptions? options)
    {
        if (result.Device is null || result.HasErrors)
        {
            IEnumerable<string> errors = result.Diagnostics
                .Where(d => d.Severity == SvdSeverity.Error)
                .Select(d => d.ToCanonicalString(source));
            throw new SimulationException(
                "Cannot simulate " + source + ": the SVD has errors." + Environment.NewLine +
                string.Join(Environment.NewLine, errors));
        }

        return FromModel(result.Device, options);
    }

    private ulong Stored(SimulatedRegister register) => _storage[register.StorageSlot] & register.SizeMask;

    private void Store(SimulatedRegister register, ulong value)
    {
        ref ulong word = ref _storage[register.StorageSlot];
        word = (word & ~register.SizeMask) | (value & register.SizeMask);
    }
}
