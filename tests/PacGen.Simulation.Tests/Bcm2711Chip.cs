using System;
using System.IO;
using PacGen.Simulation.Models;
using PacGen.Svd;
using PacGen.Svd.Model;
using PacGen.TestSupport;

namespace PacGen.Simulation.Tests;

/// <summary>The BCM2711 model from <c>svd/bcm2711.svd</c>, read once (it is immutable); each test gets a fresh device.</summary>
internal static class Bcm2711Chip
{
    public const nuint GpFsel4 = 0xFE20_0010;
    public const nuint GpSet1 = 0xFE20_0020;
    public const nuint GpClr1 = 0xFE20_002C;
    public const nuint GpLev1 = 0xFE20_0038;
    public const nuint GpLev0 = 0xFE20_0034;
    public const nuint GpFsel1 = 0xFE20_0004;
    public const nuint GpSet0 = 0xFE20_001C;
    public const nuint GpEds0 = 0xFE20_0040;
    public const nuint GpEds1 = 0xFE20_0044;
    public const nuint GpRen0 = 0xFE20_004C;
    public const nuint GpFen0 = 0xFE20_0058;
    public const nuint GpHen0 = 0xFE20_0064;
    public const nuint GpLen0 = 0xFE20_0070;
    public const nuint GpAren1 = 0xFE20_0080;
    public const nuint GpAfen1 = 0xFE20_008C;
    public const nuint GpPull1 = 0xFE20_00E8;   // GPIO_PUP_PDN_CNTRL_REG1: GPIO16..31
    public const nuint GpPull3 = 0xFE20_00F0;   // GPIO_PUP_PDN_CNTRL_REG3: GPIO48..57
    public const nuint TimerCs = 0xFE00_3000;
    public const nuint TimerClo = 0xFE00_3004;
    public const nuint TimerChi = 0xFE00_3008;
    public const nuint TimerC1 = 0xFE00_3010;

    private static readonly Lazy<Device> s_model = new Lazy<Device>(() =>
        SvdReader.ReadFile(Path.Combine(RepoPaths.SvdFolder, "bcm2711.svd")).Device ?? throw new InvalidOperationException("bcm2711.svd did not read"));

    public static SimulatedDevice Device() => SimulatedDevice.FromModel(s_model.Value);

    public static (SimulatedDevice Device, Bcm2711Models Models) WithModels(TimeSpan? counterReadStep = null)
    {
        SimulatedDevice device = Device();
        return (device, Bcm2711Models.Attach(device, counterReadStep));
    }
}
