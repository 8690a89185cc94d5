using System;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Bcm2711;

namespace PacGen.Benchmarks
{
    /// <summary>BCM2711 GPFSEL4 = FSEL42 OUTPUT, every way the API allows, against a hand-written volatile store.</summary>
    [MemoryDiagnoser]
    public unsafe class WriteBenchmarks
    {
        private static readonly Func<Gpio.Gpfsel4Register.W, Gpio.Gpfsel4Register.W> s_stored = w => w.Fsel42(Gpio.Fsel42.Output);

        private Gpio.Fsel42 _mode = Gpio.Fsel42.Output;

        [Benchmark(Baseline = true, OperationsPerInvoke = Batch.Size)]
        public void HandWritten()
        {
            for (int i = 0; i < Batch.Size; i++)
            {
                Volatile.Write(ref *OwnedRegisters.Gpfsel4, 0x40u);
            }
        }

        [Benchmark(OperationsPerInvoke = Batch.Size)]
        public void ValueForm()
        {
            for (int i = 0; i < Batch.Size; i++)
            {
                OwnedRegisters.Gpio.Gpfsel4.Write(Gpio.Gpfsel4Register.W.Reset.Fsel42(Gpio.Fsel42.Output));
            }
        }

        [Benchmark(OperationsPerInvoke = Batch.Size)]
        public void InterceptedClosure()
        {
            for (int i = 0; i < Batch.Size; i++)
            {
                OwnedRegisters.Gpio.Gpfsel4.Write(w => w.Fsel42(Gpio.Fsel42.Output));
            }
        }

        [Benchmark(OperationsPerInvoke = Batch.Size)]
        public void StatePassing()
        {
            for (int i = 0; i < Batch.Size; i++)
            {
                OwnedRegisters.Gpio.Gpfsel4.Write(_mode, static (w, mode) => w.Fsel42(mode));
            }
        }

#pragma warning disable PACGEN203 // the unfolded delegate is what is being measured
        [Benchmark(OperationsPerInvoke = Batch.Size)]
        public void UnfoldedDelegate()
        {
            for (int i = 0; i < Batch.Size; i++)
            {
                OwnedRegisters.Gpio.Gpfsel4.Write(s_stored);
            }
        }
#pragma warning restore PACGEN203

#pragma warning disable PACGEN201 // the allocating closure is what is being measured
        [Benchmark(OperationsPerInvoke = Batch.Size)]
        public void CapturingClosure()
        {
            for (int i = 0; i < Batch.Size; i++)
            {
                Gpio.Fsel42 mode = _mode;
                OwnedRegisters.Gpio.Gpfsel4.Write(w => w.Fsel42(mode));
            }
        }
#pragma warning restore PACGEN201
    }
}
