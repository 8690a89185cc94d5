using System;
using System.IO;
using System.Runtime.InteropServices;

namespace Blinky.Rpi4
{
    /// <summary>
    /// A page of the BCM2711's registers mapped into this process from a Linux memory device. <c>/dev/gpiomem</c>
    /// exposes exactly the GPIO register page at offset 0 without root, as dotnet/iot's Raspberry Pi driver uses it;
    /// <c>/dev/mem</c> exposes physical memory (root only), which is how the system timer can be reached too.
    /// </summary>
    internal sealed class MappedRegisters : IDisposable
    {
        public const string GpioMemPath = "/dev/gpiomem";
        public const string PhysicalMemoryPath = "/dev/mem";
        private const string CompatiblePath = "/proc/device-tree/compatible";
        private const int PageSize = 4096;

        private const int O_RDWR = 2;
        private const int O_SYNC = 0x101000;
        private const int PROT_READ = 1;
        private const int PROT_WRITE = 2;
        private const int MAP_SHARED = 1;

        private IntPtr _mapping;

        private MappedRegisters(IntPtr mapping) => _mapping = mapping;

        /// <summary>The address the mapped page starts at in this process: the base to construct a peripheral at.</summary>
        public nuint Base => (nuint)(nint)_mapping;

        /// <summary>Maps the page at <paramref name="offset"/> of <paramref name="devicePath"/>, or explains in one line why this machine cannot.</summary>
        public static MappedRegisters? TryOpen(string devicePath, long offset, out string error)
        {
            error = string.Empty;
            if (!OperatingSystem.IsLinux())
            {
                error = devicePath + " needs Linux on a Raspberry Pi 4; this is " + RuntimeInformation.OSDescription + ".";
                return null;
            }

            if (!File.Exists(devicePath))
            {
                error = devicePath + " does not exist: this is not a Raspberry Pi (or the gpiomem driver is not loaded).";
                return null;
            }

            string compatible = File.Exists(CompatiblePath) ? File.ReadAllText(CompatiblePath).Replace('\0', ' ') : string.Empty;
            if (!compatible.Contains("brcm,bcm2711", StringComparison.Ordinal))
            {
                error = devicePath + " exists but the SoC is not a BCM2711 (device tree says '" + compatible.Trim() + "'): the register map would be wrong.";
                return null;
            }

            int fd = open(devicePath, O_RDWR | O_SYNC);
            if (fd < 0)
            {
                error = "cannot open " + devicePath + ": errno " + Marshal.GetLastPInvokeError() + (devicePath == GpioMemPath ? " (is the user in the gpio group?)." : " (this needs root).");
                return null;
            }

            try
            {
                IntPtr mapping = mmap(IntPtr.Zero, PageSize, PROT_READ | PROT_WRITE, MAP_SHARED, fd, (nint)offset);
                if (mapping == new IntPtr(-1))
                {
                    error = "cannot map " + devicePath + ": errno " + Marshal.GetLastPInvokeError() + ".";
                    return null;
                }

                return new MappedRegisters(mapping);
            }
            finally
            {
                close(fd);
            }
        }

        public void Dispose()
        {
            if (_mapping != IntPtr.Zero)
            {
                munmap(_mapping, PageSize);
                _mapping = IntPtr.Zero;
            }
        }

        [DllImport("libc", SetLastError = true)]
        private static extern int open(string path, int flags);

        [DllImport("libc", SetLastError = true)]
        private static extern int close(int fd);

        [DllImport("libc", SetLastError = true)]
        private static extern IntPtr mmap(IntPtr address, nuint length, int protection, int flags, int fd, nint offset);

        [DllImport("libc", SetLastError = true)]
        private static extern int munmap(IntPtr address, nuint length);
    }
}
