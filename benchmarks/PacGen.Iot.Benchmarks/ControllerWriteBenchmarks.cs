using System;
using System.Device.Gpio;
using System.IO;
using BenchmarkDotNet.Attributes;
using PacGen.Iot.RaspberryPi;
using PacGen.Runtime.Linux;

namespace PacGen.Iot.Benchmarks
{
    /// <summary>
    /// <c>controller.Write(42, PinValue.High)</c> through Bcm2711GpioDriver (the generated API) against the pointer
    /// driver, both over one GPIO block mapped from a tmpfs file (the same mmap path as /dev/gpiomem, with ordinary
    /// memory behind it), and the cost of one event poll with one watched pin.
    /// </summary>
    [MemoryDiagnoser]
    public class ControllerWriteBenchmarks
    {
        private const int Batch = 1024;
        private const int Led = 42;

        private string _file = string.Empty;
        private MappedRegion? _region;
        private GpioController? _pointer;
        private GpioController? _pacgen;
        private Bcm2711GpioDriver? _polled;

        [GlobalSetup]
        public void Setup()
        {
            _file = Path.Combine(Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(), "pacgen-bench-gpio-" + Environment.ProcessId);
            using (var stream = new FileStream(_file, FileMode.Create))
            {
                stream.SetLength(Environment.SystemPageSize);
            }

            _region = MappedRegion.File(_file, 0, Bcm2711GpioDriver.RegisterBlockLength);
            _pointer = new GpioController(new PointerDriver(_region.Base));
            _pointer.OpenPin(Led, PinMode.Output);
            _pacgen = new GpioController(Bcm2711GpioDriver.FromRegion(_region));
            _pacgen.OpenPin(Led, PinMode.Output);

            _polled = Bcm2711GpioDriver.FromRegion(_region, eventPollInterval: System.Threading.Timeout.InfiniteTimeSpan);
            var events = new GpioController(_polled);
            events.OpenPin(17, PinMode.InputPullUp);
            events.RegisterCallbackForPinValueChangedEvent(17, PinEventTypes.Falling, (_, _) => { });
        }

        [GlobalCleanup]
        public void Cleanup()
        {
            _pointer?.Dispose();
            _pacgen?.Dispose();
            _polled?.Dispose();
            _region?.Dispose();
            File.Delete(_file);
        }

        [Benchmark(Baseline = true, OperationsPerInvoke = Batch)]
        public void WriteThroughPointerDriver()
        {
            GpioController controller = _pointer!;
            for (int i = 0; i < Batch; i++)
            {
                controller.Write(Led, PinValue.High);
            }
        }

        [Benchmark(OperationsPerInvoke = Batch)]
        public void WriteThroughBcm2711GpioDriver()
        {
            GpioController controller = _pacgen!;
            for (int i = 0; i < Batch; i++)
            {
                controller.Write(Led, PinValue.High);
            }
        }

        /// <summary>One poll of GPEDS0 with one watched pin and no event: what the polling thread does every interval.</summary>
        [Benchmark(OperationsPerInvoke = Batch)]
        public int PollEventsOneWatchedPin()
        {
            int events = 0;
            for (int i = 0; i < Batch; i++)
            {
                events += _polled!.PollEvents();
            }

            return events;
        }
    }
}
