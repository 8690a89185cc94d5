using PacGen.Svd.Model;

namespace PacGen.Simulation;

/// <summary>One bit field of a <see cref="SimulatedRegister"/>; field arrays are expanded (FSEL0..FSEL9).</summary>
public sealed class SimulatedField
{
    private readonly EnumeratedValues? _readValues;
    private readonly EnumeratedValues? _writeValues;

    /// <param name="field">A field element (field arrays already expanded by <see cref="PacGen.Svd.DeviceMap"/>).</param>
    internal SimulatedField(Field field)
    {
        Name = field.Name;
        BitOffset = field.BitOffset;
        BitWidth = field.BitWidth;
        Access = field.Access;
        ModifiedWriteValues = field.ModifiedWriteValues;
        ReadAction = field.ReadAction;
        Mask = field.Mask;
        foreach (EnumeratedValues set in field.EnumeratedValues)
        {
            // A read-write set serves both directions; a usage-specific set wins over it for its direction.
            if (set.Usage != EnumUsage.Write && (_readValues is null || set.Usage == EnumUsage.Read))
            {
                _readValues = set;
            }

            if (set.Usage != EnumUsage.Read && (_writeValues is null || set.Usage == EnumUsage.Write))
            {
                _writeValues = set;
            }
        }
    }

    /// <summary>The element name (<c>FSEL42</c>).</summary>
    public string Name { get; }

    public int BitOffset { get; }

    public int BitWidth { get; }

    /// <summary>The field's bits within the register.</summary>
    public ulong Mask { get; }

    public Access Access { get; }

    public ModifiedWriteValues ModifiedWriteValues { get; }

    public ReadAction ReadAction { get; }

    /// <summary>The field's value within a register value.</summary>
    public ulong Extract(ulong registerValue) => (registerValue & Mask) >> BitOffset;

    /// <summary>The enumeratedValue name for <paramref name="value"/> in the direction of the access, or null.</summary>
    public string? EnumName(ulong value, AccessKind kind)
    {
        EnumeratedValues? set = kind == AccessKind.Read ? _readValues : _writeValues;
        if (set is null)
        {
            return null;
        }

        string? fallback = null;
        foreach (EnumeratedValue candidate in set.Values)
        {
            if (candidate.IsDefault)
            {
                fallback = candidate.Name;
            }
            else if ((value & ~candidate.DontCareMask) == candidate.Value)
            {
                return candidate.Name;
            }
        }

        return fallback;
    }

    public override string ToString() => Name;
}
