using System;
using System.IO;
using PacGen.Svd;
using PacGen.Svd.Patching;
using PacGen.TestSupport;
using Stm32l0x1;
using Xunit;
using SvdDevice = PacGen.Svd.Model.Device;

namespace PacGen.Simulation.Tests;

/// <summary>
/// A device YAML consumed through <c>&lt;PacGenSvd Include="…/stm32l0x1.yaml"&gt;</c> (issue 14): the generated API has
/// the patch's MODER enum and EXTI.PR's <c>ClearPif0()</c>, and the simulated chip, built from the same patched
/// model, clears a pending bit on a write of 1 (modifiedWriteValues oneToClear) instead of storing what is written.
/// </summary>
public sealed class Stm32l0x1PatchedDeviceTests
{
    private static readonly Lazy<SvdDevice> s_model = new Lazy<SvdDevice>(() =>
        SvdReader.ReadPatched(SvdPatch.LoadFile(Path.Combine(RepoPaths.SvdFolder, "stm32l0x1.yaml"))).Device
        ?? throw new InvalidOperationException("stm32l0x1.yaml did not apply"));

    [Fact]
    public void ClearPif0ClearsOnlyThatPendingBitOnTheSimulatedChip()
    {
        SimulatedDevice chip = SimulatedDevice.FromModel(s_model.Value);
        using (chip.Activate())
        {
            chip.Poke("EXTI.PR", 0b1011); // lines 0, 1 and 3 pending (hardware sets them)

            Exti.Instance.Pr.Write(w => w.ClearPif0());

            // Write-1-to-clear: the 1 clears line 0, the 0s written elsewhere leave lines 1 and 3 pending.
            Assert.Equal(0b1010ul, chip.Peek("EXTI.PR"));
            Assert.False(Exti.Instance.Pr.Read().Pif0);
            Assert.True(Exti.Instance.Pr.Read().Pif1);
        }
    }

    [Fact]
    public void ModerTakesTheModeEnumOnEveryPort()
    {
        SimulatedDevice chip = SimulatedDevice.FromModel(s_model.Value);
        using (chip.Activate())
        {
            chip.Poke("GPIOA.MODER", 0xFFFFFFFF); // Analog, the reset state of most pins
            Gpioa.Instance.Moder.Modify((_, w) => w.Mode5(Gpioa.Mode0.Output));

            Assert.Equal(0xFFFFF7FFul, chip.Peek("GPIOA.MODER"));
            Assert.Equal(Gpioa.Mode0.Output, Gpioa.Instance.Moder.Read().Mode5);
            Assert.Equal(Gpioa.Mode0.Analog, Gpioa.Instance.Moder.Read().Mode4);
        }
    }
}
