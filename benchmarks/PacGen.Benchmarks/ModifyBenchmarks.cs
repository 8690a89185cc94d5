using System;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Stm32L0x1;

namespace PacGen.Benchmarks
{
    /// <summary>STM32L0x1 GPIOB MODER: MODE3 = 0b01 by read-modify-write.</summary>
    [MemoryDiagnoser]
    public unsafe class ModifyBenchmarks
    {
        private static readonly Func<Gpiob.ModerRegister.R, Gpiob.ModerRegister.W, Gpiob.ModerRegister.W> s_stored = (r, w) => w.Mode3(0b01);

        [Benchmark(Baseline = true)]
        public void HandWritten()
        {
            uint value = Volatile.Read(ref *OwnedRegisters.Moder);
            Volatile.Write(ref *OwnedRegisters.Moder, (value & ~0xC0u) | 0x40u);
        }

        [Benchmark]
        public void ValueForm()
        {
            Gpiob.ModerRegister moder = OwnedRegisters.Gpiob.Moder;
            moder.Write(new Gpiob.ModerRegister.W(moder.Read().Bits).Mode3(0b01));
        }

        [Benchmark]
        public void InterceptedClosure() => OwnedRegisters.Gpiob.Moder.Modify((r, w) => w.Mode3(0b01));

#pragma warning disable PACGEN203 // the unfolded delegate is what is being measured
        [Benchmark]
        public void UnfoldedDelegate() => OwnedRegisters.Gpiob.Moder.Modify(s_stored);
#pragma warning restore PACGEN203
    }
}
