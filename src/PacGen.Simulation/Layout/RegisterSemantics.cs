using PacGen.Svd.Model;

namespace PacGen.Simulation;

/// <summary>
/// What a bus access does to a register's stored bits, per CMSIS-SVD: access, modifiedWriteValues and readAction,
/// applied field by field (bits outside every field follow the register's own properties). Pure functions; the
/// device applies them under its lock.
/// </summary>
internal static class RegisterSemantics
{
    /// <summary>The stored value after <paramref name="written"/> is written (only bits within the register's size).</summary>
    /// <param name="onceSpent">True when a writeOnce/read-writeOnce register has been written since reset.</param>
    public static ulong ApplyWrite(SimulatedRegister register, ulong stored, ulong written, bool onceSpent)
    {
        if (!IsWritable(register.Access, onceSpent))
        {
            return stored;
        }

        ulong result = stored;
        foreach (BitSegment segment in register.Segments)
        {
            if (IsWritable(segment.Access, onceSpent))
            {
                ulong next = Modify(segment.ModifiedWriteValues, stored, written);
                result = (result & ~segment.Mask) | (next & segment.Mask);
            }
        }

        return result;
    }

    /// <summary>
    /// The stored value after <paramref name="written"/> goes through an atomic alias window: only the bits that are 1
    /// in it are written — with 1 (set), 0 (clear) or their inverse (xor) — each with its field's write semantics
    /// (a write-1-to-clear flag set through the SET window is cleared); every other bit keeps its value.
    /// </summary>
    public static ulong ApplyAliasWrite(SimulatedRegister register, ulong stored, ulong written, AtomicAliasKind alias, bool onceSpent)
    {
        ulong target = alias switch
        {
            AtomicAliasKind.Set => stored | written,
            AtomicAliasKind.Clear => stored & ~written,
            _ => stored ^ written,
        };
        ulong applied = ApplyWrite(register, stored, target, onceSpent);
        return (stored & ~written) | (applied & written);
    }

    /// <summary>Bits a write can change at all (used to flag writes that are ignored entirely).</summary>
    public static bool AcceptsWrites(SimulatedRegister register, bool onceSpent)
    {
        if (!IsWritable(register.Access, onceSpent))
        {
            return false;
        }

        foreach (BitSegment segment in register.Segments)
        {
            if (IsWritable(segment.Access, onceSpent))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Bits a read returns from storage; write-only bits (and write-only registers) read as 0.</summary>
    public static ulong ReadableMask(SimulatedRegister register)
    {
        if (!IsReadable(register.Access))
        {
            return 0;
        }

        ulong mask = 0;
        foreach (BitSegment segment in register.Segments)
        {
            if (IsReadable(segment.Access))
            {
                mask |= segment.Mask;
            }
        }

        return mask;
    }

    /// <summary>The stored value after a read's side effects (readAction clear / set; modify is left to hooks).</summary>
    public static ulong ApplyReadAction(SimulatedRegister register, ulong stored)
    {
        ulong result = stored;
        foreach (BitSegment segment in register.Segments)
        {
            switch (segment.ReadAction)
            {
                case ReadAction.Clear:
                    result &= ~segment.Mask;
                    break;
                case ReadAction.Set:
                    result |= segment.Mask;
                    break;
            }
        }

        return result;
    }

    private static ulong Modify(ModifiedWriteValues kind, ulong stored, ulong written) => kind switch
    {
        ModifiedWriteValues.OneToClear => stored & ~written,
        ModifiedWriteValues.OneToSet => stored | written,
        ModifiedWriteValues.OneToToggle => stored ^ written,
        ModifiedWriteValues.ZeroToClear => stored & written,
        ModifiedWriteValues.ZeroToSet => stored | ~written,
        ModifiedWriteValues.ZeroToToggle => stored ^ ~written,
        ModifiedWriteValues.Clear => 0,
        ModifiedWriteValues.Set => ulong.MaxValue,
        _ => written,
    };

    private static bool IsWritable(Access access, bool onceSpent) => access switch
    {
        Access.ReadOnly => false,
        Access.WriteOnce or Access.ReadWriteOnce => !onceSpent,
        _ => true,
    };

    private static bool IsReadable(Access access) => access is not (Access.WriteOnly or Access.WriteOnce);
}
