using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PacGen.Simulation.Models;

/// <summary>
/// The level changes of one pin in virtual time — what a logic analyser on an LED would show. Created by
/// <see cref="Bcm2711Gpio.Record"/>; keeps recording for the life of the device.
/// </summary>
public sealed class PinTimeline
{
    private readonly List<PinChange> _changes = new List<PinChange>();

    internal PinTimeline(int pin) => Pin = pin;

    public int Pin { get; }

    /// <summary>A snapshot of the changes so far, oldest first.</summary>
    public IReadOnlyList<PinChange> Changes
    {
        get
        {
            lock (_changes)
            {
                return _changes.ToArray();
            }
        }
    }

    /// <summary>
    /// One line per change: the virtual time in seconds with microsecond precision, then the level
    /// (<c>0.500000 s  ON</c>).
    /// </summary>
    public string Render(string high = "ON", string low = "OFF")
    {
        var text = new StringBuilder();
        foreach (PinChange change in Changes)
        {
            text.Append(change.Time.TotalSeconds.ToString("0.000000", CultureInfo.InvariantCulture))
                .Append(" s  ")
                .Append(change.Level ? high : low)
                .Append('\n');
        }

        return text.ToString();
    }

    public override string ToString() => Render();

    internal void Add(PinChange change)
    {
        lock (_changes)
        {
            _changes.Add(change);
        }
    }
}
