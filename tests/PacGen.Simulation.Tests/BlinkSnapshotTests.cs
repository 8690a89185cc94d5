using System;
using System.IO;
using Bcm2711;
using PacGen.Simulation.Models;
using PacGen.TestSupport;
using Xunit;

namespace PacGen.Simulation.Tests;

/// <summary>The Pi 4 blinky (GPIO42, the activity LED) run against the simulated BCM2711, trace and timeline snapshotted.</summary>
public sealed class BlinkSnapshotTests
{
    private const int Periods = 3;
    private const uint HalfPeriodMicroseconds = 500_000;

    [Fact]
    public void Blinking_GPIO42_three_times_produces_the_recorded_trace_and_timeline()
    {
        (SimulatedDevice device, Bcm2711Models models) = Bcm2711Chip.WithModels(counterReadStep: TimeSpan.FromMilliseconds(1));
        PinTimeline led = models.Gpio.Record(42);

        using (device.Activate())
        {
            Blinky.Run(Periods, HalfPeriodMicroseconds);
        }

        // The source path is given rather than taken from [CallerFilePath], which a deterministic CI build maps to /_/.
        Snapshot.Verify(
            "Trace (SYSTMR.CLO polling excluded):\n" + device.Trace.RenderExcluding("SYSTMR.CLO") +
            "\nLED timeline (virtual time, ON/OFF):\n" + led.Render(),
            "Blink",
            testFile: Path.Combine(RepoPaths.Root, "tests", "PacGen.Simulation.Tests", nameof(BlinkSnapshotTests) + ".cs"));
        Assert.Equal(2 * Periods, led.Changes.Count);
    }

    /// <summary>The driver under test, written against the API PacGen generates from svd/bcm2711.svd.</summary>
    private static class Blinky
    {
        public static void Run(int periods, uint halfPeriodMicroseconds)
        {
            Gpio gpio = Gpio.Instance;
            gpio.Gpfsel4.Modify((r, w) => w.Fsel42(Gpio.Fsel42.Output));
            for (int i = 0; i < periods; i++)
            {
                gpio.Gpset1.Write(w => w.Set42(true));
                Delay(halfPeriodMicroseconds);
                gpio.Gpclr1.Write(w => w.Clr42(true));
                Delay(halfPeriodMicroseconds);
            }
        }

        private static void Delay(uint microseconds)
        {
            Systmr timer = Systmr.Instance;
            uint start = timer.Clo.Read().Bits;
            while (timer.Clo.Read().Bits - start < microseconds)
            {
            }
        }
    }
}
