using System;
using System.Device.Gpio;
using System.IO;
using Bcm2711;
using PacGen.Iot.RaspberryPi;
using PacGen.Simulation;
using PacGen.Simulation.Models;

namespace Blinky.Rpi4
{
    /// <summary>
    /// A simulated BCM2711 built from the same SVD the API was generated from, with the GPIO-level and system-timer
    /// models attached, so the blinky's driver code runs unchanged on a laptop.
    /// </summary>
    public sealed class SimulatedPi
    {
        /// <summary>Virtual time one poll of SYSTMR.CLO takes: coarse enough to keep the simulated delay loop short.</summary>
        public static readonly TimeSpan CounterReadStep = TimeSpan.FromMilliseconds(1);

        private SimulatedPi(SimulatedDevice chip, Bcm2711Models models, PinTimeline led)
        {
            Chip = chip;
            Models = models;
            Led = led;
        }

        public SimulatedDevice Chip { get; }

        public Bcm2711Models Models { get; }

        /// <summary>Every level change of GPIO42 with its virtual time.</summary>
        public PinTimeline Led { get; }

        /// <summary>Builds the simulated chip from <paramref name="svdPath"/> (default: the copy next to the program).</summary>
        public static SimulatedPi Create(string? svdPath = null)
        {
            SimulatedDevice chip = SimulatedDevice.FromSvdFile(svdPath ?? Path.Combine(AppContext.BaseDirectory, "bcm2711.svd"));
            Bcm2711Models models = Bcm2711Models.Attach(chip, CounterReadStep);
            PinTimeline led = models.Gpio.Record(ActivityLed.Pin);

            // The delay polls CLO hundreds of times per half period; the trace keeps the accesses that change things.
            chip.Trace.Ignore("SYSTMR.CLO");
            return new SimulatedPi(chip, models, led);
        }

        /// <summary>Runs the blinky for <paramref name="periods"/> periods on the simulated chip.</summary>
        public InitResult<ActivityLed> RunBlinky(int periods)
        {
            using (Chip.Activate())
            {
                InitResult<ActivityLed> led = ActivityLed.Initialize(Gpio.Instance);
                if (led.Value is { } ready)
                {
                    BlinkLoop.Run(ready, new SystemTimerDelay(Systmr.Instance), periods);
                }

                return led;
            }
        }

        /// <summary>Runs the blinky through System.Device.Gpio: a GpioController over Bcm2711GpioDriver on this simulated chip.</summary>
        public void RunIotBlinky(int periods)
        {
            using (Chip.Activate())
            using (var led = new IotActivityLed(new GpioController(Bcm2711GpioDriver.ForSimulation(Chip))))
            {
                BlinkLoop.Run(led, new SystemTimerDelay(Systmr.Instance), periods);
            }
        }
    }
}
