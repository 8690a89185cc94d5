using System;
using System.Threading;

namespace PacGen.Simulation;

/// <summary>
/// Simulated time: it only moves when told to (<see cref="Advance"/>), or per bus access when the device is
/// configured so (<see cref="SimulationOptions.TimePerAccess"/>), or when a model does (the system timer advances it
/// on each counter read so busy-wait loops end). Deterministic, so traces and timelines are reproducible.
/// </summary>
public sealed class VirtualClock
{
    private long _ticks;

    /// <summary>Raised after every advance, on the advancing thread, with the interval that just elapsed.</summary>
    public event EventHandler<ClockAdvancedEventArgs>? Advanced;

    /// <summary>Time since the device was created (100 ns resolution, like <see cref="TimeSpan"/>).</summary>
    public TimeSpan Now => TimeSpan.FromTicks(Volatile.Read(ref _ticks));

    /// <summary>Whole microseconds since start: what a 1 MHz free-running counter shows.</summary>
    public ulong Microseconds => (ulong)(Volatile.Read(ref _ticks) / 10);

    /// <summary>Moves time forward by <paramref name="duration"/> (zero is allowed and raises nothing).</summary>
    public void Advance(TimeSpan duration)
    {
        if (duration < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), duration, "Virtual time cannot go backwards.");
        }

        if (duration == TimeSpan.Zero)
        {
            return;
        }

        // Interlocked, so concurrent advances each get a disjoint interval and none is lost.
        long after = Interlocked.Add(ref _ticks, duration.Ticks);
        Advanced?.Invoke(this, new ClockAdvancedEventArgs(TimeSpan.FromTicks(after - duration.Ticks), TimeSpan.FromTicks(after)));
    }

    /// <summary>Moves time forward to <paramref name="time"/> (no-op when already there or later).</summary>
    public void AdvanceTo(TimeSpan time)
    {
        TimeSpan now = Now;
        if (time > now)
        {
            Advance(time - now);
        }
    }

    public override string ToString() => Now.ToString();
}

/// <summary>The interval (<see cref="From"/>, <see cref="To"/>] that just elapsed.</summary>
public sealed class ClockAdvancedEventArgs : EventArgs
{
    public ClockAdvancedEventArgs(TimeSpan from, TimeSpan to)
    {
        From = from;
        To = to;
    }

    public TimeSpan From { get; }

    public TimeSpan To { get; }
}
