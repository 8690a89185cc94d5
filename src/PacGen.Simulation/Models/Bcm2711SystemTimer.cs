using System;
using System.Globalization;

namespace PacGen.Simulation.Models;

/// <summary>
/// BCM2711 system timer: CLO/CHI show a free-running 1 MHz counter (the device's <see cref="VirtualClock"/> in
/// microseconds). Each CLO read advances the clock by <see cref="CounterReadStep"/> after sampling it, so a
/// busy-wait delay loop polling CLO terminates and takes virtual, not real, time. When the counter's low word
/// reaches a compare register C0..C3, the CS match bit M0..M3 is set (write 1 to clear, from the SVD).
/// </summary>
public sealed class Bcm2711SystemTimer
{
    /// <summary>The default time a CLO read takes: a 500 ms delay loop polls 5 000 times.</summary>
    public static readonly TimeSpan DefaultCounterReadStep = TimeSpan.FromMicroseconds(100);

    private readonly SimulatedDevice _device;
    private readonly SimulatedRegister _controlStatus;
    private readonly SimulatedRegister _counterLow;
    private readonly SimulatedRegister _counterHigh;
    private readonly SimulatedRegister[] _compare = new SimulatedRegister[4];
    private long _counterReadStepTicks;

    internal Bcm2711SystemTimer(SimulatedDevice device, TimeSpan counterReadStep)
    {
        _device = device;
        CounterReadStep = counterReadStep;
        _controlStatus = device.Register("SYSTMR.CS");
        _counterLow = device.Register("SYSTMR.CLO");
        _counterHigh = device.Register("SYSTMR.CHI");
        for (int channel = 0; channel < _compare.Length; channel++)
        {
            _compare[channel] = device.Register("SYSTMR.C" + channel.ToString(CultureInfo.InvariantCulture));
        }

        device.OnRead(_counterLow.Name, access =>
        {
            access.Value = Counter & 0xFFFF_FFFF;
            _device.Clock.Advance(CounterReadStep);
        });
        device.OnRead(_counterHigh.Name, access => access.Value = Counter >> 32);
        device.Clock.Advanced += (_, interval) => MatchCompares(interval);
    }

    /// <summary>Virtual time each CLO read takes (zero: the counter moves only when the clock is advanced).</summary>
    public TimeSpan CounterReadStep
    {
        get => TimeSpan.FromTicks(System.Threading.Interlocked.Read(ref _counterReadStepTicks));
        set
        {
            if (value < TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "The step cannot be negative.");
            }

            System.Threading.Interlocked.Exchange(ref _counterReadStepTicks, value.Ticks);
        }
    }

    /// <summary>The 64-bit free-running counter (microseconds of virtual time).</summary>
    public ulong Counter => _device.Clock.Microseconds;

    private void MatchCompares(ClockAdvancedEventArgs interval)
    {
        ulong from = (ulong)(interval.From.Ticks / 10);
        ulong to = (ulong)(interval.To.Ticks / 10);
        if (to == from)
        {
            return;
        }

        _device.Atomically(() =>
        {
            ulong matched = 0;
            for (int channel = 0; channel < _compare.Length; channel++)
            {
                // The first counter value after 'from' whose low word equals the compare value.
                uint compare = (uint)_device.Peek(_compare[channel]);
                ulong wait = (uint)(compare - (uint)(from + 1));
                if (wait < to - from)
                {
                    matched |= 1UL << channel;
                }
            }

            if (matched != 0)
            {
                _device.Poke(_controlStatus, _device.Peek(_controlStatus) | matched);
            }

            // Storage mirrors the counter for Peek; concurrent advances may finish out of order, so use the clock.
            ulong now = Counter;
            _device.Poke(_counterLow, now & 0xFFFF_FFFF);
            _device.Poke(_counterHigh, now >> 32);
        });
    }
}
