using System;
using System.Collections.Generic;
using System.Linq;
using PacGen.Svd;
using PacGen.Svd.Model;

namespace PacGen.Simulation;

/// <summary>A register instance at its absolute address, as the simulated chip serves it.</summary>
public sealed class SimulatedRegister
{
    internal SimulatedRegister(RegisterInstance instance, int storageSlot)
    {
        Register register = instance.Register;
        PeripheralName = instance.Peripheral.Name;
        Path = instance.Path;
        Name = PeripheralName + "." + Path;
        Address = instance.Address;
        Size = register.Size;
        SizeMask = register.Size >= 64 ? ulong.MaxValue : (1UL << register.Size) - 1;
        Access = register.Access;
        ModifiedWriteValues = register.ModifiedWriteValues;
        ReadAction = register.ReadAction;
        IsAlternate = register.AlternateRegister is not null || register.AlternateGroup is not null;
        ResetValue = register.ResetValue & register.ResetMask & SizeMask;
        Fields = instance.ExpandedFields.Select(f => new SimulatedField(f)).ToArray();
        StorageSlot = storageSlot;
        Segments = BuildSegments();
        ReadableMask = RegisterSemantics.ReadableMask(this);
    }

    /// <summary><c>PERIPHERAL.PATH</c> with the path of <see cref="RegisterInstance.Path"/>: <c>GPIO.GPFSEL4</c>, <c>DMA.CH[2].CTRL</c>.</summary>
    public string Name { get; }

    public string PeripheralName { get; }

    /// <summary>The path below the peripheral (<c>GPFSEL4</c>, <c>CH[2].CTRL</c>).</summary>
    public string Path { get; }

    public ulong Address { get; }

    /// <summary>Width in bits; an access must use exactly this width.</summary>
    public int Size { get; }

    public ulong SizeMask { get; }

    public Access Access { get; }

    public ModifiedWriteValues ModifiedWriteValues { get; }

    public ReadAction ReadAction { get; }

    /// <summary>Declared as an alternate of another register at the same address (they share storage).</summary>
    public bool IsAlternate { get; }

    /// <summary>The value after reset (bits outside resetMask are 0).</summary>
    public ulong ResetValue { get; }

    /// <summary>Fields ordered by bit offset, field arrays expanded.</summary>
    public IReadOnlyList<SimulatedField> Fields { get; }

    /// <summary>Registers at the same address (alternates) share one slot of storage.</summary>
    internal int StorageSlot { get; }

    /// <summary>Bits a bus read returns from storage (write-only bits read as 0).</summary>
    internal ulong ReadableMask { get; }

    /// <summary>Every bit of the register, grouped by the semantics that apply to it.</summary>
    internal IReadOnlyList<BitSegment> Segments { get; }

    /// <summary>The field named <paramref name="name"/> (ordinal), or null.</summary>
    public SimulatedField? FindField(string name)
    {
        foreach (SimulatedField field in Fields)
        {
            if (string.Equals(field.Name, name, StringComparison.Ordinal))
            {
                return field;
            }
        }

        return null;
    }

    /// <summary>The field named <paramref name="name"/>.</summary>
    /// <exception cref="SimulationException">The register has no such field.</exception>
    public SimulatedField Field(string name) =>
        FindField(name) ?? throw new SimulationException(
            "Register " + Name + " has no field '" + name + "' (fields: " +
            string.Join(", ", Fields.Select(f => f.Name)) + ").");

    public override string ToString() => Name;

    private BitSegment[] BuildSegments()
    {
        var segments = new List<BitSegment>();
        ulong covered = 0;
        foreach (SimulatedField field in Fields)
        {
            // Overlapping fields (rare, vendor errors) keep the semantics of the lowest one for the shared bits.
            ulong mask = field.Mask & SizeMask & ~covered;
            if (mask != 0)
            {
                segments.Add(new BitSegment(mask, field.Access, field.ModifiedWriteValues, field.ReadAction));
                covered |= mask;
            }
        }

        ulong rest = SizeMask & ~covered;
        if (rest != 0)
        {
            segments.Add(new BitSegment(rest, Access, ModifiedWriteValues, ReadAction));
        }

        return segments.ToArray();
    }
}

/// <summary>Bits of a register sharing access, modifiedWriteValues and readAction (one field, or the bits no field covers).</summary>
internal readonly record struct BitSegment(ulong Mask, Access Access, ModifiedWriteValues ModifiedWriteValues, ReadAction ReadAction);
