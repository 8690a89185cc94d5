using System;
using System.Globalization;
using System.IO;

namespace DisasmProbe
{
    /// <summary>Bytes each form allocates per 1000 calls, measured after warm-up: lines <c>alloc &lt;Form&gt; &lt;bytes&gt;</c>.</summary>
    internal static class Allocations
    {
        private const int Calls = 1000;

        public static void Report(TextWriter output)
        {
            foreach ((string name, Action form) in new (string, Action)[]
            {
                ("HandWrittenWrite", Forms.HandWrittenWrite),
                ("ValueFormWrite", Forms.ValueFormWrite),
                ("ClosureWrite", Forms.ClosureWrite),
                ("StateWrite", Forms.StateWrite),
                ("DelegateWrite", Forms.DelegateWrite),
                ("CapturingWrite", static () => Forms.CapturingWrite(Bcm2711.Gpio.Fsel42.Output)),
                ("HandWrittenModify", Forms.HandWrittenModify),
                ("ValueFormModify", Forms.ValueFormModify),
                ("ClosureModify", Forms.ClosureModify),
                ("StateModify", Forms.StateModify),
                ("DelegateModify", Forms.DelegateModify),
                ("HandWrittenRead", static () => Forms.HandWrittenRead()),
                ("GeneratedRead", static () => Forms.GeneratedRead()),
            })
            {
                form();
                long before = GC.GetAllocatedBytesForCurrentThread();
                for (int i = 0; i < Calls; i++)
                {
                    form();
                }

                long bytes = GC.GetAllocatedBytesForCurrentThread() - before;
                output.WriteLine("alloc " + name + " " + bytes.ToString(CultureInfo.InvariantCulture));
            }
        }
    }
}
