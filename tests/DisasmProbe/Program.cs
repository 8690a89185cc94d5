using System;
using System.Globalization;
using System.Threading;

namespace DisasmProbe
{
    /// <summary>
    /// Maps the device pages, checks every form stores what the hand-written code stores, then calls each form
    /// often enough, with pauses, for the tiered JIT to finish tier 1 (and, with PGO on, the instrumented tier in
    /// between). Exit code 0 when every form agreed. Argument: number of rounds (default 12).
    /// </summary>
    internal static class Program
    {
        private const int CallsPerRound = 500;

        public static int Main(string[] args)
        {
            int rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 12;
            DeviceMemory.MapAt(0xFE200000, 0x1000);
            DeviceMemory.MapAt(0x50000000, 0x1000);
            if (!Agreement.Check(Console.Error))
            {
                return 1;
            }

            for (int round = 0; round < rounds; round++)
            {
                for (int i = 0; i < CallsPerRound; i++)
                {
                    Forms.HandWrittenWrite();
                    Forms.ValueFormWrite();
                    Forms.ClosureWrite();
                    Forms.StateWrite();
                    Forms.DelegateWrite();
                    Forms.HandWrittenModify();
                    Forms.ValueFormModify();
                    Forms.ClosureModify();
                    Forms.StateModify();
                    Forms.DelegateModify();
                    Forms.HandWrittenRead();
                    Forms.GeneratedRead();
                    Forms.CapturingWrite(Bcm2711.Gpio.Fsel42.Output);
                }

                // Let the background tier-1 compiles (and the call-counting installation) happen.
                Thread.Sleep(40);
            }

            Console.WriteLine("probe: ran " + rounds.ToString(CultureInfo.InvariantCulture) + " rounds");
            Allocations.Report(Console.Out);
            return Agreement.Check(Console.Error) ? 0 : 1;
        }
    }
}
