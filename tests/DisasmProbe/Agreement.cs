using System;
using System.IO;
using System.Threading;

namespace DisasmProbe
{
    /// <summary>Every form must leave the register exactly as the hand-written form does (same semantics, not only same speed).</summary>
    internal static unsafe class Agreement
    {
        public static bool Check(TextWriter errors)
        {
            bool ok = true;
            foreach ((string name, Action write) in new (string, Action)[]
            {
                ("ValueFormWrite", Forms.ValueFormWrite),
                ("ClosureWrite", Forms.ClosureWrite),
                ("StateWrite", Forms.StateWrite),
                ("DelegateWrite", Forms.DelegateWrite),
            })
            {
                ok &= Same(errors, name, Forms.Gpfsel4Address, 0xFFFF_FFFFu, Forms.HandWrittenWrite, write);
            }

            foreach ((string name, Action modify) in new (string, Action)[]
            {
                ("ValueFormModify", Forms.ValueFormModify),
                ("ClosureModify", Forms.ClosureModify),
                ("StateModify", Forms.StateModify),
                ("DelegateModify", Forms.DelegateModify),
            })
            {
                ok &= Same(errors, name, Forms.ModerAddress, 0xEBFF_FCFFu, Forms.HandWrittenModify, modify);
            }

            foreach (uint level in new[] { 0u, 0x400u, 0xFFFF_FBFFu })
            {
                Volatile.Write(ref *(uint*)Forms.Gplev1Address, level);
                if (Forms.GeneratedRead() != Forms.HandWrittenRead())
                {
                    errors.WriteLine("GeneratedRead disagrees with HandWrittenRead at GPLEV1 = 0x" + level.ToString("X8", System.Globalization.CultureInfo.InvariantCulture));
                    ok = false;
                }
            }

            return ok;
        }

        private static bool Same(TextWriter errors, string name, ulong address, uint before, Action handWritten, Action form)
        {
            Volatile.Write(ref *(uint*)address, before);
            handWritten();
            uint expected = Volatile.Read(ref *(uint*)address);
            Volatile.Write(ref *(uint*)address, before);
            form();
            uint actual = Volatile.Read(ref *(uint*)address);
            if (expected != actual)
            {
                errors.WriteLine(name + " stored 0x" + actual.ToString("X8", System.Globalization.CultureInfo.InvariantCulture) +
                    ", hand-written code stores 0x" + expected.ToString("X8", System.Globalization.CultureInfo.InvariantCulture));
                return false;
            }

            return true;
        }
    }
}
