using System;
using PacGen.Runtime;
using PacGen.Simulation.Models;
using Xunit;

namespace PacGen.Simulation.Tests;

public sealed class Bcm2711SystemTimerTests
{
    [Fact]
    public void A_busy_wait_on_CLO_terminates_in_virtual_time()
    {
        (SimulatedDevice device, _) = Bcm2711Chip.WithModels(counterReadStep: TimeSpan.FromMicroseconds(100));
        using MmioBus.Scope scope = device.Activate();

        uint start = Mmio.Read32(Bcm2711Chip.TimerClo);
        int polls = 0;
        while (Mmio.Read32(Bcm2711Chip.TimerClo) - start < 500_000)
        {
            polls++;
        }

        Assert.Equal(0u, start);
        Assert.Equal(4_999, polls);
        Assert.Equal(TimeSpan.FromMicroseconds(500_100), device.Clock.Now);
    }

    [Fact]
    public void CHI_holds_the_upper_word_of_the_counter()
    {
        (SimulatedDevice device, Bcm2711Models models) = Bcm2711Chip.WithModels(counterReadStep: TimeSpan.Zero);
        device.Clock.Advance(TimeSpan.FromMicroseconds(0x1_0000_0005));
        using MmioBus.Scope scope = device.Activate();

        Assert.Equal(1u, Mmio.Read32(Bcm2711Chip.TimerChi));
        Assert.Equal(5u, Mmio.Read32(Bcm2711Chip.TimerClo));
        Assert.Equal(0x1_0000_0005UL, models.SystemTimer.Counter);
    }

    [Fact]
    public void A_compare_match_sets_its_CS_bit_which_write_one_clears()
    {
        (SimulatedDevice device, _) = Bcm2711Chip.WithModels(counterReadStep: TimeSpan.Zero);
        using MmioBus.Scope scope = device.Activate();

        Mmio.Write32(Bcm2711Chip.TimerC1, Mmio.Read32(Bcm2711Chip.TimerClo) + 1_000);
        device.Clock.Advance(TimeSpan.FromMicroseconds(999));
        uint before = Mmio.Read32(Bcm2711Chip.TimerCs);
        device.Clock.Advance(TimeSpan.FromMicroseconds(1));
        uint matched = Mmio.Read32(Bcm2711Chip.TimerCs);
        Mmio.Write32(Bcm2711Chip.TimerCs, 1u << 1);          // M1 is oneToClear in the SVD
        uint cleared = Mmio.Read32(Bcm2711Chip.TimerCs);

        Assert.Equal(0u, before);
        Assert.Equal(1u << 1, matched);
        Assert.Equal(0u, cleared);
        Assert.Contains("W SYSTMR.CS 0x00000002  M1=1\n", device.Trace.Render(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_counter_read_step_can_change_at_run_time()
    {
        (SimulatedDevice device, Bcm2711Models models) = Bcm2711Chip.WithModels(counterReadStep: TimeSpan.FromMicroseconds(10));
        using MmioBus.Scope scope = device.Activate();

        Mmio.Read32(Bcm2711Chip.TimerClo);
        models.SystemTimer.CounterReadStep = TimeSpan.FromMilliseconds(1);
        Mmio.Read32(Bcm2711Chip.TimerClo);

        Assert.Equal(TimeSpan.FromMicroseconds(1_010), device.Clock.Now);
        Assert.Equal(new ulong[] { 0, 10 }, System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(device.Trace.ReadsOf("SYSTMR.CLO"), e => e.Value)));
    }
}
