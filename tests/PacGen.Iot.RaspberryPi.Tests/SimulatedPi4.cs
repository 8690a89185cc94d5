using System;
using System.Device.Gpio;
using System.Globalization;
using System.Linq;
using PacGen.Runtime;
using PacGen.Simulation;
using PacGen.Simulation.Models;
using PacGen.Svd;
using PacGen.Svd.Model;
using PacGen.TestSupport;

namespace PacGen.Iot.RaspberryPi.Tests;

/// <summary>
/// A simulated BCM2711 (svd/bcm2711.svd with the GPIO models) and a GpioController over Bcm2711GpioDriver on it.
/// By default events are polled by hand (<see cref="Bcm2711GpioDriver.PollEvents"/>), so tests are deterministic.
/// </summary>
internal sealed class SimulatedPi4 : IDisposable
{
    private static readonly Lazy<Device> s_model = new Lazy<Device>(() =>
        SvdReader.ReadFile(RepoPaths.Svd("bcm2711.svd")).Device ?? throw new InvalidOperationException("bcm2711.svd did not read"));

    /// <param name="bus">The bus the driver talks to (default: the simulated chip itself).</param>
    public SimulatedPi4(TimeSpan? eventPollInterval = null, Func<SimulatedDevice, IMmioBus>? bus = null)
    {
        Chip = SimulatedDevice.FromModel(s_model.Value);
        Models = Bcm2711Models.Attach(Chip);
        Driver = Bcm2711GpioDriver.ForSimulation(bus?.Invoke(Chip) ?? Chip, eventPollInterval ?? System.Threading.Timeout.InfiniteTimeSpan);
        Controller = new GpioController(Driver);
    }

    public SimulatedDevice Chip { get; }

    public Bcm2711Models Models { get; }

    public Bcm2711Gpio Pins => Models.Gpio;

    public Bcm2711GpioDriver Driver { get; }

    public GpioController Controller { get; }

    /// <summary>The trace of GPIO accesses as <c>R GPIO.GPFSEL4 0x00000000</c> lines (values only: the comparison with dotnet/iot).</summary>
    public string[] GpioTrace() =>
        Chip.Trace.Entries
            .Where(entry => entry.RegisterName.StartsWith("GPIO.", StringComparison.Ordinal))
            .Select(entry => (entry.Kind == AccessKind.Read ? "R " : "W ") + entry.RegisterName + " 0x" + entry.Value.ToString("X8", CultureInfo.InvariantCulture))
            .ToArray();

    public void Dispose() => Controller.Dispose();
}
