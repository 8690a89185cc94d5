using System.Collections.Generic;
using System.Linq;
using PacGen.Svd.Model;
using PacGen.Svd.Tests.Support;
using Xunit;
using PacGen.TestSupport;

namespace PacGen.Svd.Tests
{
    /// <summary>Facts from the datasheets (BCM2711 ARM Peripherals, RM0377 for STM32L0x1) checked on the shipped SVDs.</summary>
    public sealed class ShippedSvdFactsTests
    {
        private static readonly Dictionary<string, Device> Cache = new Dictionary<string, Device>();

        private static Device Load(string file)
        {
            lock (Cache)
            {
                if (!Cache.TryGetValue(file, out Device? device))
                {
                    SvdReadResult result = SvdReader.ReadFile(RepoPaths.Svd(file));
                    Assert.False(result.HasErrors);
                    device = result.Device!;
                    Cache.Add(file, device);
                }

                return device;
            }
        }

        private static RegisterInstance Instance(Device device, string peripheral, string path) =>
            DeviceMap.Flatten(device).Single(r => r.Peripheral.Name == peripheral && r.Path == path);

        [Fact]
        public void Bcm2711GpioBaseAndFunctionSelect()
        {
            Device device = Load("bcm2711.svd");
            Peripheral gpio = device.Peripherals.Single(p => p.Name == "GPIO");
            Assert.Equal(0xFE200000UL, gpio.BaseAddress);

            RegisterInstance gpfsel4 = Instance(device, "GPIO", "GPFSEL4");
            Assert.Equal(0xFE200010UL, gpfsel4.Address);
            Field fsel42 = gpfsel4.ExpandedFields.Single(f => f.Name == "FSEL42");
            Assert.Equal(6, fsel42.BitOffset);
            Assert.Equal(3, fsel42.BitWidth);
            Assert.Equal(0b111UL << 6, fsel42.Mask);
        }

        [Fact]
        public void Bcm2711GpioSetAndClear()
        {
            Device device = Load("bcm2711.svd");
            Assert.Equal(0xFE200020UL, Instance(device, "GPIO", "GPSET1").Address);
            Assert.Equal(0xFE20002CUL, Instance(device, "GPIO", "GPCLR1").Address);
            Assert.Equal(Access.WriteOnly, Instance(device, "GPIO", "GPSET1").Register.Access);
        }

        [Fact]
        public void Stm32L0x1GpiobModerAndRccIopenr()
        {
            Device device = Load("stm32l0x1.svd");
            RegisterInstance moder = Instance(device, "GPIOB", "MODER");
            Assert.Equal(0x50000400UL, moder.Address);
            Field mode3 = moder.ExpandedFields.Single(f => f.Name == "MODE3");
            Assert.Equal(6, mode3.BitOffset);
            Assert.Equal(2, mode3.BitWidth);
            Assert.Equal(0x4002102CUL, Instance(device, "RCC", "IOPENR").Address);
        }

        [Fact]
        public void Stm32L0x1DerivedGpioSharesTheSourceType()
        {
            Device device = Load("stm32l0x1.svd");
            Peripheral gpiob = device.Peripherals.Single(p => p.Name == "GPIOB");
            Peripheral gpioc = device.Peripherals.Single(p => p.Name == "GPIOC");
            Assert.Equal("GPIOB", gpioc.DerivedFrom);
            Assert.Equal("GPIOB", gpioc.TypeName);
            Assert.Equal(gpiob.Children, gpioc.Children);
            Assert.Equal(0x50000800UL, gpioc.BaseAddress);
        }
    }
}
