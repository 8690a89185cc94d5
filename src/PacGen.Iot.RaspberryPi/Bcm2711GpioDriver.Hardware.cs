using System;
using PacGen.Iot.RaspberryPi.Bcm2711;
using PacGen.Runtime.Linux;

namespace PacGen.Iot.RaspberryPi
{
    public sealed partial class Bcm2711GpioDriver
    {
        /// <summary>The SoC the register map is for, as the device tree names it.</summary>
        public const string Compatible = "brcm,bcm2711";

        /// <summary>
        /// The driver on this Raspberry Pi 4 (or 400, CM4): maps <c>/dev/gpiomem</c> (the gpio group suffices), or,
        /// where that device does not exist, <c>/dev/mem</c> at the GPIO block's physical address (root).
        /// </summary>
        /// <exception cref="PlatformNotSupportedException">Not a BCM2711 running Linux (<c>GpioDriver.TryCreate</c> returns false for it).</exception>
        /// <exception cref="MappingException">The block exists but cannot be mapped (e.g. the user is not in the gpio group); the message says what to do.</exception>
        public Bcm2711GpioDriver()
            : this(DefaultEventPollInterval)
        {
        }

        /// <inheritdoc cref="Bcm2711GpioDriver()"/>
        /// <param name="eventPollInterval">How often events are polled (<see cref="EventPollInterval"/>).</param>
        public Bcm2711GpioDriver(TimeSpan eventPollInterval)
            : this(MapGpioBlock(out MappedRegion region), simulation: null, region, eventPollInterval)
        {
        }

        private static Gpio MapGpioBlock(out MappedRegion region)
        {
            if (!OperatingSystem.IsLinux())
            {
                throw new PlatformNotSupportedException("Bcm2711GpioDriver needs Linux on a Raspberry Pi 4 (BCM2711); this is " +
                    System.Runtime.InteropServices.RuntimeInformation.OSDescription + ". Use Bcm2711GpioDriver.ForSimulation elsewhere.");
            }

            string[] compatible = DeviceTree.Compatible;
            if (compatible.Length > 0 && Array.IndexOf(compatible, Compatible) < 0)
            {
                throw new PlatformNotSupportedException("Bcm2711GpioDriver needs a BCM2711 (Raspberry Pi 4, 400, CM4); the device tree says '" +
                    string.Join(' ', compatible) + "', whose GPIO registers are laid out differently.");
            }

            try
            {
                region = MappedRegion.GpioMem(RegisterBlockLength);
            }
            catch (MappingException gpioMem) when (gpioMem.Errno == 2)
            {
                // No /dev/gpiomem (an older or minimal kernel): /dev/mem reaches the block at its physical address as root.
                try
                {
                    region = MappedRegion.PhysicalMemory(Gpio.DefaultBaseAddress, RegisterBlockLength);
                }
                catch (MappingException)
                {
                    throw new PlatformNotSupportedException(gpioMem.Message, gpioMem);
                }
            }

            return new Gpio(region.Base);
        }
    }
}
