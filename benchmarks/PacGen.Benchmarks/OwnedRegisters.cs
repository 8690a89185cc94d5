using System.Runtime.InteropServices;
using Bcm2711;
using Stm32L0x1;

namespace PacGen.Benchmarks
{
    /// <summary>
    /// Peripheral blocks in memory the benchmark owns (NativeMemory), so the generated API runs against ordinary
    /// RAM at a base address known only at run time — the same situation for every form, hand-written included.
    /// </summary>
    internal static unsafe class OwnedRegisters
    {
        private static readonly nuint s_gpioBase = (nuint)NativeMemory.AlignedAlloc(0x100, 64);
        private static readonly nuint s_gpiobBase = (nuint)NativeMemory.AlignedAlloc(0x100, 64);

        public static Gpio Gpio => new Gpio(s_gpioBase);

        public static Gpiob Gpiob => new Gpiob(s_gpiobBase);

        public static uint* Gpfsel4 => (uint*)(s_gpioBase + 0x10);

        public static uint* Gplev1 => (uint*)(s_gpioBase + 0x38);

        public static uint* Moder => (uint*)s_gpiobBase;
    }
}
