using System;
using System.Collections.Generic;
using PacGen.Svd.Model;

namespace PacGen.Simulation;

/// <summary>Chooses and decodes the fields a trace line lists (the rule is documented on <see cref="TraceEntry.Fields"/>).</summary>
internal static class FieldDecoder
{
    public static IReadOnlyList<FieldValue> ForWrite(SimulatedRegister register, ulong storedBefore, ulong written)
    {
        List<FieldValue>? listed = null;
        foreach (SimulatedField field in register.Fields)
        {
            if (field.Access == Access.ReadOnly || !ActsOn(field, storedBefore, written))
            {
                continue;
            }

            ulong value = field.Extract(written);
            (listed ??= new List<FieldValue>()).Add(
                new FieldValue(field.Name, value, field.BitWidth, field.EnumName(value, AccessKind.Write)));
        }

        return (IReadOnlyList<FieldValue>?)listed ?? Array.Empty<FieldValue>();
    }

    /// <summary>A write through an atomic alias acts on exactly the bits that are 1: the fields holding any.</summary>
    public static IReadOnlyList<FieldValue> ForAlias(SimulatedRegister register, ulong written) => NonZero(register, written, AccessKind.Write);

    public static IReadOnlyList<FieldValue> ForRead(SimulatedRegister register, ulong value) => NonZero(register, value, AccessKind.Read);

    private static IReadOnlyList<FieldValue> NonZero(SimulatedRegister register, ulong value, AccessKind kind)
    {
        List<FieldValue>? listed = null;
        foreach (SimulatedField field in register.Fields)
        {
            ulong fieldValue = field.Extract(value);
            if (fieldValue != 0)
            {
                (listed ??= new List<FieldValue>()).Add(
                    new FieldValue(field.Name, fieldValue, field.BitWidth, field.EnumName(fieldValue, kind)));
            }
        }

        return (IReadOnlyList<FieldValue>?)listed ?? Array.Empty<FieldValue>();
    }

    private static bool ActsOn(SimulatedField field, ulong storedBefore, ulong written)
    {
        ulong bits = written & field.Mask;
        return field.ModifiedWriteValues switch
        {
            ModifiedWriteValues.OneToClear or ModifiedWriteValues.OneToSet or ModifiedWriteValues.OneToToggle => bits != 0,
            ModifiedWriteValues.ZeroToClear or ModifiedWriteValues.ZeroToSet or ModifiedWriteValues.ZeroToToggle => bits != field.Mask,
            ModifiedWriteValues.Clear or ModifiedWriteValues.Set => true,
            _ => bits != (storedBefore & field.Mask),
        };
    }
}
