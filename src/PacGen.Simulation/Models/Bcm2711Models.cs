using System;

namespace PacGen.Simulation.Models;

/// <summary>The behaviour models of the BCM2711 (Raspberry Pi 4) peripherals a blinky needs: GPIO and system timer.</summary>
public sealed class Bcm2711Models
{
    private Bcm2711Models(Bcm2711Gpio gpio, Bcm2711SystemTimer systemTimer)
    {
        Gpio = gpio;
        SystemTimer = systemTimer;
    }

    public Bcm2711Gpio Gpio { get; }

    public Bcm2711SystemTimer SystemTimer { get; }

    /// <summary>
    /// Attaches the models to a device built from <c>svd/bcm2711.svd</c> (it must have the GPIO and SYSTMR registers).
    /// </summary>
    /// <param name="counterReadStep">Virtual time each SYSTMR.CLO read takes; <see cref="Bcm2711SystemTimer.DefaultCounterReadStep"/> when null.</param>
    public static Bcm2711Models Attach(SimulatedDevice device, TimeSpan? counterReadStep = null)
    {
        if (device is null)
        {
            throw new ArgumentNullException(nameof(device));
        }

        return new Bcm2711Models(
            new Bcm2711Gpio(device),
            new Bcm2711SystemTimer(device, counterReadStep ?? Bcm2711SystemTimer.DefaultCounterReadStep));
    }
}
