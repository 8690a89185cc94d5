using System.Globalization;

namespace PacGen.Simulation;

/// <summary>A field's value as decoded in a trace line: <c>FSEL42=OUTPUT</c>, <c>SET42=1</c>, <c>DATA=0x41</c>.</summary>
/// <param name="EnumName">The enumeratedValue name matching <paramref name="Value"/> for the access direction, or null.</param>
public readonly record struct FieldValue(string Name, ulong Value, int BitWidth, string? EnumName)
{
    /// <summary>The enum name when one matches; else the bit (0/1) for 1-bit fields, hexadecimal for wider ones.</summary>
    public string ValueText =>
        EnumName ?? (BitWidth == 1 ? Value.ToString(CultureInfo.InvariantCulture) : "0x" + Value.ToString("X", CultureInfo.InvariantCulture));

    public override string ToString() => Name + "=" + ValueText;
}
