using System;
using System.Runtime.InteropServices;

namespace DisasmProbe
{
    /// <summary>
    /// Maps ordinary anonymous memory at the peripherals' physical addresses (Linux x64 and arm64, natively or under
    /// qemu-aarch64: those addresses are free user space), so the probe can run the generated code with its real
    /// constant addresses — the very code under test — without hardware. MAP_FIXED_NOREPLACE fails instead of
    /// clobbering anything already there. The flag values are the generic Linux ones, the same on both.
    /// </summary>
    internal static partial class DeviceMemory
    {
        private const int ProtRead = 0x1;
        private const int ProtWrite = 0x2;
        private const int MapPrivate = 0x02;
        private const int MapAnonymous = 0x20;
        private const int MapFixedNoReplace = 0x100000;

        public static void MapAt(ulong address, ulong length)
        {
            if (!OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture is not (Architecture.X64 or Architecture.Arm64))
            {
                throw new PlatformNotSupportedException("The probe maps device addresses with Linux x64/arm64 mmap.");
            }

            nint mapped = Mmap((nint)address, (nuint)length, ProtRead | ProtWrite, MapPrivate | MapAnonymous | MapFixedNoReplace, -1, 0);
            if (mapped != (nint)address)
            {
                throw new InvalidOperationException(
                    "mmap at 0x" + address.ToString("X", System.Globalization.CultureInfo.InvariantCulture) + " failed (errno " +
                    Marshal.GetLastPInvokeError().ToString(System.Globalization.CultureInfo.InvariantCulture) + ")");
            }
        }

        [LibraryImport("libc", EntryPoint = "mmap", SetLastError = true)]
        private static partial nint Mmap(nint address, nuint length, int protection, int flags, int fd, nint offset);
    }
}
