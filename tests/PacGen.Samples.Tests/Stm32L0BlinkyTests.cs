using System.IO;
using System.Linq;
using Blinky.Stm32L0;
using PacGen.Simulation;
using PacGen.TestSupport;
using Xunit;

namespace PacGen.Samples.Tests
{
    /// <summary>The STM32L031 blinky (the svd2rust story) against the simulated STM32L0x1.</summary>
    public sealed class Stm32L0BlinkyTests
    {
        private static SimulatedDevice CreateChip() =>
            SimulatedDevice.FromSvdFile(Path.Combine(RepoPaths.SvdFolder, "stm32l0x1.svd"));

        [Fact]
        public void Initialize_clocks_port_b_and_makes_pb3_a_push_pull_output()
        {
            SimulatedDevice chip = CreateChip();

            using (chip.Activate())
            {
                LedDriver.Initialize();
            }

            TraceEntry iopenr = Assert.Single(chip.Trace.WritesTo("RCC.IOPENR"));
            Assert.Equal(0x4002102CUL, iopenr.Address);
            Assert.Equal(1UL, chip.PeekField("RCC.IOPENR", "IOPBEN"));

            TraceEntry moder = Assert.Single(chip.Trace.WritesTo("GPIOB.MODER"));
            Assert.Equal(0x50000400UL, moder.Address);
            // GPIOB's MODER resets to all-analog (0xFFFFFFFF); Modify changes MODE3 (bits 7:6) only.
            Assert.Equal(0xFFFFFF7FUL, moder.Value);
            Assert.Equal(0UL, chip.PeekField("GPIOB.OTYPER", "OT3"));
        }

        [Fact]
        public void Toggle_flips_odr_bit_3_and_nothing_else()
        {
            SimulatedDevice chip = CreateChip();

            using (chip.Activate())
            {
                LedDriver.Initialize();
                LedDriver.Toggle();
                Assert.True(LedDriver.IsOn);
                LedDriver.Toggle();
                Assert.False(LedDriver.IsOn);
            }

            Assert.Equal(new ulong[] { 0x8, 0x0 }, chip.Trace.WritesTo("GPIOB.ODR").Select(e => e.Value));
        }
    }
}
