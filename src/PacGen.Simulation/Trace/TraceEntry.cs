using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PacGen.Simulation;

/// <summary>
/// One recorded bus access. <see cref="ToString"/> is the stable trace line:
/// <c>W GPIO.GPFSEL4 0x00000040  FSEL42=OUTPUT</c>, <c>R SYSTMR.CLO 0x000F4240</c>, and for a write through an
/// atomic alias window <c>W RESETS.RESET (clear) 0x00000020  io_bank0=1</c> (the bits the write acts on).
/// </summary>
public sealed class TraceEntry
{
    internal TraceEntry(
        long sequence,
        TimeSpan time,
        AccessKind kind,
        SimulatedRegister register,
        ulong value,
        IReadOnlyList<FieldValue> fields,
        bool ignored,
        PacGen.Svd.Model.AtomicAliasKind? alias = null,
        IReadOnlyList<SimulatedRegister>? views = null)
    {
        Alias = alias;
        Views = views ?? new[] { register };
        Sequence = sequence;
        Time = time;
        Kind = kind;
        Register = register;
        Value = value;
        Fields = fields;
        Ignored = ignored;
    }

    /// <summary>Position among all accesses to the device, in the order they were applied (gaps where accesses were not recorded).</summary>
    public long Sequence { get; }

    /// <summary>Virtual time of the access.</summary>
    public TimeSpan Time { get; }

    public AccessKind Kind { get; }

    public SimulatedRegister Register { get; }

    /// <summary>
    /// Every register the access can be: the one register, or all alternate views of one word with this width
    /// (<see cref="Register"/> is the first, whose storage they share).
    /// </summary>
    public IReadOnlyList<SimulatedRegister> Views { get; }

    /// <summary><c>PERIPHERAL.PATH</c> of the register; for alternate views all of them: <c>SERCOM0.{I2CM|I2CS|SPI|USART}.CTRLA</c>.</summary>
    public string RegisterName => RegisterViews.Name(Views);

    public ulong Address => Register.Address;

    /// <summary>The value on the bus: what was written, or what the read returned.</summary>
    public ulong Value { get; }

    /// <summary>
    /// The fields the line lists. A write lists the fields it acts on: a plain (modify) field when its new value differs
    /// from the stored one, a oneTo* field when written non-zero, a zeroTo* field when written with a zero bit, a
    /// clear/set field always; read-only fields never. A read lists the fields whose value is non-zero.
    /// </summary>
    public IReadOnlyList<FieldValue> Fields { get; }

    /// <summary>The atomic alias window the access went through (<c>W RESETS.RESET (clear) 0x00000020</c>), or null.</summary>
    public PacGen.Svd.Model.AtomicAliasKind? Alias { get; }

    /// <summary>A write that changed nothing because the register is read-only (or a spent writeOnce).</summary>
    public bool Ignored { get; }

    /// <summary>The value of <paramref name="field"/> in <see cref="Value"/>, listed or not.</summary>
    public ulong ValueOf(string field) => Register.Field(field).Extract(Value);

    public override string ToString()
    {
        var line = new StringBuilder();
        line.Append(Kind == AccessKind.Read ? "R " : "W ");
        line.Append(RegisterName);
        if (Alias is { } alias)
        {
            line.Append(" (").Append(alias.ToString().ToLowerInvariant()).Append(')');
        }

        line.Append(" 0x");
        line.Append(Value.ToString("X" + (Register.Size / 4).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
        if (Ignored)
        {
            line.Append("  (ignored: not writable)");
        }

        for (int i = 0; i < Fields.Count; i++)
        {
            line.Append(i == 0 ? "  " : " ");
            line.Append(Fields[i].ToString());
        }

        return line.ToString();
    }
}
