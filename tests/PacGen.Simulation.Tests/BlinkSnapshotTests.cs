using System;
using PacGen.Runtime;
using PacGen.Simulation.Models;
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
        (SimulatedDevice device, Bcm2711Models models) = Bcm2711.WithModels(counterReadStep: TimeSpan.FromMilliseconds(1));
        PinTimeline led = models.Gpio.Record(42);

        using (device.Activate())
        {
            Blinky.Run(Periods, HalfPeriodMicroseconds);
        }

        Snapshot.Verify(
            "Blink",
            "Trace (SYSTMR.CLO polling excluded):\n" + device.Trace.RenderExcluding("SYSTMR.CLO") +
            "\nLED timeline (virtual time, ON/OFF):\n" + led.Render());
        Assert.Equal(2 * Periods, led.Changes.Count);
    }

    /// <summary>The driver under test: register accesses only, as the generated API performs them.</summary>
    private static class Blinky
    {
        private const nuint GpFsel4 = 0xFE20_0010;
        private const nuint GpSet1 = 0xFE20_0020;
        private const nuint GpClr1 = 0xFE20_002C;
        private const nuint SysTimerClo = 0xFE00_3004;
        private const int Fsel42Shift = 6;
        private const uint Pin42 = 1u << (42 - 32);

        public static void Run(int periods, uint halfPeriodMicroseconds)
        {
            uint select = Mmio.Read32(GpFsel4);
            Mmio.Write32(GpFsel4, (select & ~(7u << Fsel42Shift)) | (1u << Fsel42Shift));
            for (int i = 0; i < periods; i++)
            {
                Mmio.Write32(GpSet1, Pin42);
                Delay(halfPeriodMicroseconds);
                Mmio.Write32(GpClr1, Pin42);
                Delay(halfPeriodMicroseconds);
            }
        }

        private static void Delay(uint microseconds)
        {
            uint start = Mmio.Read32(SysTimerClo);
            while (Mmio.Read32(SysTimerClo) - start < microseconds)
            {
            }
        }
    }
}
