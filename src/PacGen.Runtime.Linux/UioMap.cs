using System;
using System.Globalization;
using System.IO;

namespace PacGen.Runtime.Linux
{
    /// <summary>
    /// One memory map of a UIO device as its kernel driver publishes it in sysfs
    /// (<c>/sys/class/uio/uioN/maps/mapM/{addr,offset,size}</c>, hexadecimal text).
    /// </summary>
    internal readonly record struct UioMap(string DevicePath, int Index, ulong PhysicalAddress, long Offset, long Size)
    {
        public const string DefaultSysfsClassRoot = "/sys/class/uio";

        /// <summary>Reads map <paramref name="index"/> of <paramref name="device"/> (<c>uio0</c> or <c>/dev/uio0</c>).</summary>
        public static UioMap Read(string device, int index, string sysfsClassRoot)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            string name = System.IO.Path.GetFileName(device);
            string devicePath = device.Contains('/', StringComparison.Ordinal) ? device : "/dev/" + name;
            if (!name.StartsWith("uio", StringComparison.Ordinal))
            {
                throw MappingErrors.BadSysfs(devicePath, "a UIO device is named uioN (e.g. uio0 or /dev/uio0).");
            }

            string mapDirectory = System.IO.Path.Combine(sysfsClassRoot, name, "maps", "map" + index.ToString(CultureInfo.InvariantCulture));
            if (!Directory.Exists(mapDirectory))
            {
                string deviceDirectory = System.IO.Path.Combine(sysfsClassRoot, name);
                throw MappingErrors.BadSysfs(mapDirectory, Directory.Exists(deviceDirectory)
                    ? "the UIO driver of " + name + " publishes no map " + index.ToString(CultureInfo.InvariantCulture) + " (see " + System.IO.Path.Combine(deviceDirectory, "maps") + ")."
                    : "no UIO device " + name + ": is a uio driver bound to the device? See ls " + sysfsClassRoot + ".");
            }

            ulong address = ReadHex(mapDirectory, "addr");
            long size = checked((long)ReadHex(mapDirectory, "size"));

            // 'offset' (the block's start within its first page) appeared in Linux 3.x; older kernels mean 0.
            long offset = File.Exists(System.IO.Path.Combine(mapDirectory, "offset")) ? checked((long)ReadHex(mapDirectory, "offset")) : 0;
            return new UioMap(devicePath, index, address, offset, size);
        }

        private static ulong ReadHex(string directory, string file)
        {
            string path = System.IO.Path.Combine(directory, file);
            string text;
            try
            {
                text = File.ReadAllText(path).Trim();
            }
            catch (IOException exception)
            {
                throw MappingErrors.BadSysfs(path, exception.Message);
            }
            catch (UnauthorizedAccessException exception)
            {
                throw MappingErrors.BadSysfs(path, exception.Message);
            }

            string digits = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? text.Substring(2) : text;
            return ulong.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ulong value)
                ? value
                : throw MappingErrors.BadSysfs(path, "expected a hexadecimal number, found '" + text + "'.");
        }
    }
}
