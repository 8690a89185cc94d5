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

        [Benchmark(Baseline = true, OperationsPerInvoke = Batch.Size)]
        public void HandWritten()
        {
            for (int i = 0; i < Batch.Size; i++)
            {
                uint value = Volatile.Read(ref *OwnedRegisters.Moder);
                Volatile.Write(ref *OwnedRegisters.Moder, (value & ~0xC0u) | 0x40u);
            }
        }

        [Benchmark(OperationsPerInvoke = Batch.Size)]
        public void ValueForm()
        {
            for (int i = 0; i < Batch.Size; i++)
            {
                Gpiob.ModerRegister moder = OwnedRegisters.Gpiob.Moder;
                moder.Write(new Gpiob.ModerRegister.W(moder.Read().Bits).Mode3(0b01));
            }
        }

        [Benchmark(OperationsPerInvoke = Batch.Size)]
        public void InterceptedClosure()
        {
            for (int i = 0; i < Batch.Size; i++)
            {
                OwnedRegisters.Gpiob.Moder.Modify((r, w) => w.Mode3(0b01));
            }
        }

#pragma warning disable PACGEN203 // the unfolded delegate is what is being measured
        [Benchmark(OperationsPerInvoke = Batch.Size)]
        public void UnfoldedDelegate()
        {
            for (int i = 0; i < Batch.Size; i++)
            {
                OwnedRegisters.Gpiob.Moder.Modify(s_stored);
            }
        }
#pragma warning restore PACGEN203
    }
}
