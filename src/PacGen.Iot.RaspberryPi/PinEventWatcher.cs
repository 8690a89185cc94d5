using System;
using System.Collections.Generic;
using System.Device.Gpio;
using System.Threading;
using System.Threading.Tasks;

namespace PacGen.Iot.RaspberryPi
{
    /// <summary>
    /// Value-change callbacks and <c>WaitForEvent</c> through the chip's event detectors: a watched pin gets its
    /// GPRENn/GPFENn enables set for the edges someone waits for, and a poll reads GPEDS0/1, clears the bits it found
    /// (write 1 to clear) and dispatches them. Polling runs on one background thread while anything is watched, every
    /// <see cref="PollInterval"/>; with <see cref="Timeout.InfiniteTimeSpan"/> there is no thread and the owner calls
    /// <see cref="Poll"/> (deterministic tests).
    /// </summary>
    /// <remarks>
    /// An edge is reported once per poll: two edges of one pin within an interval are one event, whose type, when the
    /// pin watches both edges, is the level read after it (high: rising). Callbacks run on the polling thread, outside
    /// every lock, in registration order.
    /// </remarks>
    internal sealed class PinEventWatcher : IDisposable
    {
        private readonly Bcm2711Pins _pins;
        private readonly object _sender;
        private readonly object _gate = new object();
        private readonly object _pollGate = new object();
        private readonly List<Registration>[] _callbacks = new List<Registration>[Bcm2711Pins.Count];
        private readonly List<Waiter>[] _waiters = new List<Waiter>[Bcm2711Pins.Count];
        private readonly PinEventTypes[] _enabled = new PinEventTypes[Bcm2711Pins.Count];
        private ulong _watched;
        private Thread? _thread;
        private ManualResetEventSlim? _stop;
        private bool _disposed;

        public PinEventWatcher(Bcm2711Pins pins, object sender, TimeSpan pollInterval)
        {
            if (pollInterval != Timeout.InfiniteTimeSpan && pollInterval < TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(pollInterval), pollInterval, "The poll interval is zero or more, or Timeout.InfiniteTimeSpan for polling by hand.");
            }

            _pins = pins;
            _sender = sender;
            PollInterval = pollInterval;
            for (int pin = 0; pin < Bcm2711Pins.Count; pin++)
            {
                _callbacks[pin] = new List<Registration>();
                _waiters[pin] = new List<Waiter>();
            }
        }

        public TimeSpan PollInterval { get; }

        public void AddCallback(int pin, PinEventTypes eventTypes, PinChangeEventHandler callback)
        {
            ArgumentNullException.ThrowIfNull(callback);
            CheckTypes(eventTypes);
            lock (_gate)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                _callbacks[pin].Add(new Registration(eventTypes, callback));
                Reconfigure(pin);
            }
        }

        public void RemoveCallback(int pin, PinChangeEventHandler callback)
        {
            lock (_gate)
            {
                if (_callbacks[pin].RemoveAll(registration => registration.Callback == callback) > 0)
                {
                    Reconfigure(pin);
                }
            }
        }

        /// <summary>Stops watching a pin (it is being closed): its callbacks go, its waiters see a timeout.</summary>
        public void Forget(int pin)
        {
            List<Waiter> waiters;
            lock (_gate)
            {
                _callbacks[pin].Clear();
                waiters = new List<Waiter>(_waiters[pin]);
                _waiters[pin].Clear();
                Reconfigure(pin);
            }

            foreach (Waiter waiter in waiters)
            {
                waiter.Completion.TrySetResult(PinEventTypes.None);
            }
        }

        public async ValueTask<WaitForEventResult> WaitAsync(int pin, PinEventTypes eventTypes, CancellationToken cancellationToken)
        {
            CheckTypes(eventTypes);
            var waiter = new Waiter(eventTypes);
            lock (_gate)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                _waiters[pin].Add(waiter);
                Reconfigure(pin);
            }

            using (cancellationToken.Register(static state => ((Waiter)state!).Completion.TrySetResult(PinEventTypes.None), waiter))
            {
                PinEventTypes detected = await waiter.Completion.Task.ConfigureAwait(false);
                lock (_gate)
                {
                    if (_waiters[pin].Remove(waiter))
                    {
                        Reconfigure(pin);
                    }
                }

                return new WaitForEventResult { EventTypes = detected, TimedOut = detected == PinEventTypes.None };
            }
        }

        /// <summary>Reads and clears the watched pins' events and dispatches them; returns how many pins had one.</summary>
        public int Poll()
        {
            ulong watched;
            lock (_gate)
            {
                watched = _watched;
            }

            if (watched == 0)
            {
                return 0;
            }

            ulong events = 0;
            ulong levels = 0;

            // One poll at a time, so an event read by one is cleared before another reads: never dispatched twice.
            lock (_pollGate)
            using (_pins.Enter())
            {
                for (int bank = 0; bank < 2; bank++)
                {
                    uint bankWatched = (uint)(watched >> (bank * 32));
                    if (bankWatched == 0)
                    {
                        continue;
                    }

                    uint status = _pins.ReadEvents(bank) & bankWatched;
                    if (status != 0)
                    {
                        _pins.ClearEvents(bank, status);
                        events |= (ulong)status << (bank * 32);
                        levels |= (ulong)_pins.ReadLevels(bank) << (bank * 32);
                    }
                }
            }

            int dispatched = 0;
            for (int pin = 0; events != 0 && pin < Bcm2711Pins.Count; pin++)
            {
                if ((events >> pin & 1) != 0)
                {
                    Dispatch(pin, (levels >> pin & 1) != 0);
                    dispatched++;
                }
            }

            return dispatched;
        }

        /// <summary>Stops the polling thread and turns off the detectors this watcher enabled (nothing else).</summary>
        public void Dispose()
        {
            List<Waiter> waiters = new List<Waiter>();
            lock (_gate)
            {
                if (_disposed)
                {
                    return;
                }

                _disposed = true;
                for (int pin = 0; pin < Bcm2711Pins.Count; pin++)
                {
                    _callbacks[pin].Clear();
                    waiters.AddRange(_waiters[pin]);
                    _waiters[pin].Clear();
                    Reconfigure(pin);
                }
            }

            foreach (Waiter waiter in waiters)
            {
                waiter.Completion.TrySetResult(PinEventTypes.None);
            }

            StopThread();
        }

        private static void CheckTypes(PinEventTypes eventTypes)
        {
            if ((eventTypes & (PinEventTypes.Rising | PinEventTypes.Falling)) == 0 || (eventTypes & ~(PinEventTypes.Rising | PinEventTypes.Falling)) != 0)
            {
                throw new ArgumentException("Wait for Rising, Falling or both; " + eventTypes + " is not an edge.", nameof(eventTypes));
            }
        }

        private void Dispatch(int pin, bool levelAfter)
        {
            List<Registration> callbacks;
            List<Waiter> waiters;
            PinEventTypes detected;
            lock (_gate)
            {
                PinEventTypes enabled = _enabled[pin];
                detected = enabled == (PinEventTypes.Rising | PinEventTypes.Falling)
                    ? (levelAfter ? PinEventTypes.Rising : PinEventTypes.Falling)
                    : enabled;
                callbacks = _callbacks[pin].FindAll(registration => (registration.EventTypes & detected) != 0);
                waiters = _waiters[pin].FindAll(waiter => (waiter.EventTypes & detected) != 0);
            }

            if (detected == PinEventTypes.None)
            {
                return;
            }

            foreach (Waiter waiter in waiters)
            {
                waiter.Completion.TrySetResult(detected);
            }

            var args = new PinValueChangedEventArgs(detected, pin);
            foreach (Registration registration in callbacks)
            {
                registration.Callback(_sender, args);
            }
        }

        /// <summary>Sets the pin's detectors to what its callbacks and waiters need, and starts or stops polling; under <see cref="_gate"/>.</summary>
        private void Reconfigure(int pin)
        {
            PinEventTypes wanted = PinEventTypes.None;
            foreach (Registration registration in _callbacks[pin])
            {
                wanted |= registration.EventTypes;
            }

            foreach (Waiter waiter in _waiters[pin])
            {
                wanted |= waiter.EventTypes;
            }

            if (wanted != _enabled[pin])
            {
                using (_pins.Enter())
                {
                    if (_enabled[pin] == PinEventTypes.None)
                    {
                        // An event latched before anyone watched is not one to report.
                        _pins.ClearEvent(pin);
                    }

                    _pins.SetEdgeDetect(pin, (wanted & PinEventTypes.Rising) != 0, (wanted & PinEventTypes.Falling) != 0);
                }

                _enabled[pin] = wanted;
            }

            _watched = wanted == PinEventTypes.None ? _watched & ~(1UL << pin) : _watched | 1UL << pin;
            if (_watched != 0 && !_disposed)
            {
                StartThread();
            }
            else if (_watched == 0 && _stop is not null)
            {
                // Nothing left to watch: the thread ends at its next wake-up (no join under the lock it may wait for).
                _stop.Set();
                _thread = null;
                _stop = null;
            }
        }

        private void StartThread()
        {
            if (_thread is not null || PollInterval == Timeout.InfiniteTimeSpan)
            {
                return;
            }

            var stop = new ManualResetEventSlim(false);
            _stop = stop;
            _thread = new Thread(() => PollUntil(stop))
            {
                IsBackground = true,
                Name = "Bcm2711GpioDriver events",
            };
            _thread.Start();
        }

        private void PollUntil(ManualResetEventSlim stop)
        {
            while (!stop.Wait(PollInterval))
            {
                Poll();
            }
        }

        private void StopThread()
        {
            Thread? thread;
            ManualResetEventSlim? stop;
            lock (_gate)
            {
                thread = _thread;
                stop = _stop;
                _thread = null;
                _stop = null;
            }

            if (thread is null || stop is null)
            {
                return;
            }

            stop.Set();
            if (thread != Thread.CurrentThread)
            {
                thread.Join();
            }

            stop.Dispose();
        }

        private readonly record struct Registration(PinEventTypes EventTypes, PinChangeEventHandler Callback);

        private sealed class Waiter
        {
            public Waiter(PinEventTypes eventTypes) => EventTypes = eventTypes;

            public PinEventTypes EventTypes { get; }

            public TaskCompletionSource<PinEventTypes> Completion { get; } =
                new TaskCompletionSource<PinEventTypes>(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }
}
