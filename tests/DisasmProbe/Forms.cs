using System;
using System.Runtime.CompilerServices;
using System.Threading;
using Bcm2711;
using Stm32L0x1;

namespace DisasmProbe
{
    /// <summary>
    /// One method per way of accessing a register. Names are the contract with PacGen.Performance.Tests (it asks
    /// the JIT for <c>Forms:*</c> and compares the listings). NoInlining keeps each form a listing of its own.
    /// Writes: BCM2711 GPFSEL4 (0xFE200010), FSEL42 = OUTPUT. Modify: STM32L0x1 GPIOB MODER (0x50000400),
    /// MODE3 = 0b01. Read: BCM2711 GPLEV1 (0xFE200038), LEV42.
    /// </summary>
    internal static unsafe class Forms
    {
        public const ulong Gpfsel4Address = 0xFE200010;
        public const ulong Gplev1Address = 0xFE200038;
        public const ulong ModerAddress = 0x50000400;

        // Stored delegates: what the interceptor cannot fold (the analyzer says so: PACGEN201).
        private static readonly Func<Gpio.Gpfsel4Register.W, Gpio.Gpfsel4Register.W> s_storedWrite =
            w => w.Fsel42(Gpio.Fsel42.Output);

        private static readonly Func<Gpiob.ModerRegister.R, Gpiob.ModerRegister.W, Gpiob.ModerRegister.W> s_storedModify =
            (r, w) => w.Mode3(0b01);

        [MethodImpl(MethodImplOptions.NoInlining)]
        public static void HandWrittenWrite() => Volatile.Write(ref *(uint*)Gpfsel4Address, 0x40u);

        [MethodImpl(MethodImplOptions.NoInlining)]
        public static void ValueFormWrite() => Gpio.Instance.Gpfsel4.Write(Gpio.Gpfsel4Register.W.Reset.Fsel42(Gpio.Fsel42.Output));

        [MethodImpl(MethodImplOptions.NoInlining)]
        public static void ClosureWrite() => Gpio.Instance.Gpfsel4.Write(w => w.Fsel42(Gpio.Fsel42.Output));

        [MethodImpl(MethodImplOptions.NoInlining)]
        public static void StateWrite() => Gpio.Instance.Gpfsel4.Write(Gpio.Fsel42.Output, static (w, fsel) => w.Fsel42(fsel));

#pragma warning disable PACGEN203 // deliberately unfolded: the counter-example
        [MethodImpl(MethodImplOptions.NoInlining)]
        public static void DelegateWrite() => Gpio.Instance.Gpfsel4.Write(s_storedWrite);
#pragma warning restore PACGEN203

        // The one form that allocates: a closure over a local (the analyzer warns; the state-passing form is the fix).
#pragma warning disable PACGEN201
        [MethodImpl(MethodImplOptions.NoInlining)]
        public static void CapturingWrite(Gpio.Fsel42 mode) => Gpio.Instance.Gpfsel4.Write(w => w.Fsel42(mode));
#pragma warning restore PACGEN201

        [MethodImpl(MethodImplOptions.NoInlining)]
        public static void HandWrittenModify()
        {
            uint value = Volatile.Read(ref *(uint*)ModerAddress);
            Volatile.Write(ref *(uint*)ModerAddress, (value & ~0xC0u) | 0x40u);
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        public static void ValueFormModify()
        {
            Gpiob.ModerRegister moder = Gpiob.Instance.Moder;
            moder.Write(new Gpiob.ModerRegister.W(moder.Read().Bits).Mode3(0b01));
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        public static void ClosureModify() => Gpiob.Instance.Moder.Modify((r, w) => w.Mode3(0b01));

        [MethodImpl(MethodImplOptions.NoInlining)]
        public static void StateModify() => Gpiob.Instance.Moder.Modify(0b01u, static (r, w, mode) => w.Mode3(mode));

#pragma warning disable PACGEN203 // deliberately unfolded: the counter-example
        [MethodImpl(MethodImplOptions.NoInlining)]
        public static void DelegateModify() => Gpiob.Instance.Moder.Modify(s_storedModify);
#pragma warning restore PACGEN203

        [MethodImpl(MethodImplOptions.NoInlining)]
        public static bool HandWrittenRead() => (Volatile.Read(ref *(uint*)Gplev1Address) & 0x400u) != 0;

        [MethodImpl(MethodImplOptions.NoInlining)]
        public static bool GeneratedRead() => Gpio.Instance.Gplev1.Read().Lev42;
    }
}
