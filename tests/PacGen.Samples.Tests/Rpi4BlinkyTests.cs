using System.Collections.Generic;
using System.IO;
using System.Linq;
using Blinky.Rpi4;
using PacGen.Simulation;
using PacGen.Simulation.Models;
using PacGen.TestSupport;
using Xunit;

namespace PacGen.Samples.Tests
{
    /// <summary>The Pi 4 blinky's driver against the simulated BCM2711: the register accesses a real Pi would see.</summary>
    public sealed class Rpi4BlinkyTests
    {
        private static SimulatedPi CreatePi() => SimulatedPi.Create(Path.Combine(RepoPaths.SvdFolder, "bcm2711.svd"));

        [Fact]
        public void Initialization_selects_output_for_gpio42_in_gpfsel4()
        {
            SimulatedPi pi = CreatePi();

            InitResult<ActivityLed> led = pi.RunBlinky(periods: 1);

            Assert.True(led.IsOk, led.Error);
            TraceEntry write = Assert.Single(pi.Chip.Trace.WritesTo("GPIO.GPFSEL4"));
            Assert.Equal(0xFE200010UL, write.Address);
            Assert.Equal(0x40UL, write.Value);
            Assert.Equal("W GPIO.GPFSEL4 0x00000040  FSEL42=OUTPUT", write.ToString());
        }

        [Fact]
        public void Blink_loop_alternates_gpset1_and_gpclr1_bit_10()
        {
            SimulatedPi pi = CreatePi();

            pi.RunBlinky(periods: 3);

            List<TraceEntry> ledWrites = pi.Chip.Trace.Entries
                .Where(e => e.Kind == AccessKind.Write && e.RegisterName is "GPIO.GPSET1" or "GPIO.GPCLR1")
                .ToList();
            Assert.Equal(6, ledWrites.Count);
            for (int i = 0; i < ledWrites.Count; i++)
            {
                bool set = i % 2 == 0;
                Assert.Equal(set ? "GPIO.GPSET1" : "GPIO.GPCLR1", ledWrites[i].RegisterName);
                Assert.Equal(set ? 0xFE200020UL : 0xFE20002CUL, ledWrites[i].Address);
                Assert.Equal(0x400UL, ledWrites[i].Value);
            }
        }

        [Fact]
        public void Led_timeline_follows_the_system_timer_half_periods()
        {
            SimulatedPi pi = CreatePi();

            pi.RunBlinky(periods: 2);

            IReadOnlyList<PinChange> changes = pi.Led.Changes;
            Assert.Equal(new[] { true, false, true, false }, changes.Select(c => c.Level));
            for (int i = 1; i < changes.Count; i++)
            {
                // Each half period waits 500 ms on SYSTMR.CLO; the simulated counter moves 1 ms per poll.
                double gapMs = (changes[i].Time - changes[i - 1].Time).TotalMilliseconds;
                Assert.InRange(gapMs, 500, 500 + SimulatedPi.CounterReadStep.TotalMilliseconds);
            }

            Assert.False(pi.Models.Gpio.Level(ActivityLed.Pin));
        }

        [Fact]
        public void Initialization_fails_with_an_error_when_gpfsel4_does_not_keep_the_function()
        {
            SimulatedPi pi = CreatePi();
            // A stuck register: every write to GPFSEL4 is undone, as on a block that is not a BCM2711 GPIO.
            pi.Chip.OnWrite("GPIO.GPFSEL4", access => access.Device.Poke("GPIO.GPFSEL4", 0));

            InitResult<ActivityLed> led = pi.RunBlinky(periods: 3);

            Assert.False(led.IsOk);
            Assert.Contains("GPFSEL4 did not keep GPIO42 as an output", led.Error);
            Assert.Empty(pi.Chip.Trace.WritesTo("GPIO.GPSET1"));
        }
    }
}
