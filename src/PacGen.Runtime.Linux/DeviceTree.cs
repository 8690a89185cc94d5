using System;
using System.IO;

namespace PacGen.Runtime.Linux
{
    /// <summary>
    /// What the booted device tree says the machine is: the check to make before trusting a register map, because a
    /// /dev/gpiomem on another SoC has another layout.
    /// </summary>
    public static class DeviceTree
    {
        /// <summary>The root node's compatible list (NUL-separated strings in the file).</summary>
        public const string CompatiblePath = "/proc/device-tree/compatible";

        /// <summary>The root node's model string (e.g. "Raspberry Pi 4 Model B Rev 1.4").</summary>
        public const string ModelPath = "/proc/device-tree/model";

        /// <summary>The compatible strings, most specific first; empty when there is no device tree (x86, ACPI machines).</summary>
        public static string[] Compatible => ReadStrings(CompatiblePath);

        /// <summary>The model, or null without a device tree.</summary>
        public static string? Model => ReadStrings(ModelPath) is { Length: > 0 } model ? model[0] : null;

        /// <summary>Whether the root node is compatible with <paramref name="compatible"/> (e.g. <c>brcm,bcm2711</c>).</summary>
        public static bool IsCompatible(string compatible) =>
            Array.IndexOf(Compatible, compatible) >= 0;

        private static string[] ReadStrings(string path)
        {
            try
            {
                return File.Exists(path)
                    ? File.ReadAllText(path).Split('\0', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    : Array.Empty<string>();
            }
            catch (IOException)
            {
                return Array.Empty<string>();
            }
            catch (UnauthorizedAccessException)
            {
                return Array.Empty<string>();
            }
        }
    }
}
