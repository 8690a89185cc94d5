using System.Globalization;

namespace PacGen.Runtime.Linux
{
    /// <summary>
    /// The one-line messages of <see cref="MappingException"/>: the failed step, the path, the errno and advice chosen
    /// by errno and by the kind of file, because "Permission denied" means "join the gpio group" for /dev/gpiomem but
    /// "run as root" for /dev/mem.
    /// </summary>
    internal static class MappingErrors
    {
        // asm-generic errno values: the same on x64, arm and arm64 Linux.
        public const int EPERM = 1;
        public const int ENOENT = 2;
        public const int EIO = 5;
        public const int ENXIO = 6;
        public const int EBADF = 9;
        public const int EAGAIN = 11;
        public const int ENOMEM = 12;
        public const int EACCES = 13;
        public const int EBUSY = 16;
        public const int ENODEV = 19;
        public const int EISDIR = 21;
        public const int EINVAL = 22;
        public const int EROFS = 30;
        public const int ESPIPE = 29;
        public const int EOVERFLOW = 75;

        public static MappingException OpenFailed(string path, MappingTarget target, int errno, string errnoText) =>
            new MappingException(path, errno,
                "cannot open " + path + ": " + Describe(errno, errnoText) + ": " + OpenAdvice(path, target, errno));

        public static MappingException MapFailed(string path, MappingTarget target, int errno, string errnoText, long offset, long length) =>
            new MappingException(path, errno,
                "cannot map " + Bytes(length) + " of " + path + " at offset " + Hex(offset) + ": " + Describe(errno, errnoText) +
                ": " + MapAdvice(target, errno));

        public static MappingException TooSmall(string path, long available, long offset, long required, string what) =>
            new MappingException(path, 0,
                path + " offers " + Bytes(available) + " at offset " + Hex(offset) + " (" + what + ") but the register block needs " +
                Bytes(required) + ": wrong device or offset, or a register block size that does not match the chip.");

        public static MappingException NotLinux(string path, string osDescription) =>
            new MappingException(path, 0,
                "cannot map " + path + ": memory-mapped registers need Linux (this is " + osDescription + ").");

        public static MappingException BadSysfs(string path, string problem) =>
            new MappingException(path, 0, "cannot read " + path + ": " + problem);

        internal static string Describe(int errno, string errnoText)
        {
            string text = string.IsNullOrWhiteSpace(errnoText) ? "unknown error" : errnoText.Trim();
            return Name(errno) + " (errno " + errno.ToString(CultureInfo.InvariantCulture) + ", " + text + ")";
        }

        internal static string Name(int errno) => errno switch
        {
            EPERM => "EPERM",
            ENOENT => "ENOENT",
            EIO => "EIO",
            ENXIO => "ENXIO",
            EBADF => "EBADF",
            EAGAIN => "EAGAIN",
            ENOMEM => "ENOMEM",
            EACCES => "EACCES",
            EBUSY => "EBUSY",
            ENODEV => "ENODEV",
            EISDIR => "EISDIR",
            EINVAL => "EINVAL",
            ESPIPE => "ESPIPE",
            EROFS => "EROFS",
            EOVERFLOW => "EOVERFLOW",
            _ => "errno",
        };

        private static string OpenAdvice(string path, MappingTarget target, int errno) => (target, errno) switch
        {
            (MappingTarget.GpioMem, ENOENT or ENODEV or ENXIO) =>
                "this is not a Raspberry Pi running Linux, or the kernel's gpiomem driver is not loaded.",
            (MappingTarget.GpioMem, EACCES or EPERM) =>
                "add the user to the gpio group (sudo usermod -aG gpio $USER, then log in again) or run as root.",
            (MappingTarget.PhysicalMemory, ENOENT or ENODEV or ENXIO) =>
                "this kernel has no /dev/mem (CONFIG_DEVMEM is off); use /dev/gpiomem or a UIO device instead.",
            (MappingTarget.PhysicalMemory, EACCES or EPERM) =>
                "run as root (/dev/mem needs CAP_SYS_RAWIO), or map the block through /dev/gpiomem or a UIO device.",
            (MappingTarget.Uio, ENOENT or ENODEV or ENXIO) =>
                "no such UIO device: is a uio driver (uio_pdrv_genirq, uio_pci_generic, ...) bound to the device? See ls /sys/class/uio.",
            (MappingTarget.Uio, EACCES or EPERM) =>
                "run as root, or give the user access to " + path + " (a udev rule with MODE or GROUP).",
            (MappingTarget.Uio, EBUSY) =>
                "another process holds the UIO device open.",
            (MappingTarget.PciResource, ENOENT or ENODEV or ENXIO) =>
                "no such PCI BAR: check the address with lspci -D and the BAR with ls /sys/bus/pci/devices/<address>/resource*.",
            (MappingTarget.PciResource, EACCES or EPERM) =>
                "run as root (sysfs resource files are root only), or bind the device to uio_pci_generic or vfio-pci.",
            (_, ENOENT) => "no such file; check the path.",
            (_, EACCES or EPERM) => "run as root or give the user read-write access to " + path + ".",
            (_, EISDIR) => "the path is a directory, not a device or file.",
            (_, EROFS) => "the file system is read-only; register blocks are mapped read-write.",
            _ => "check that the path names a mappable device or file.",
        };

        private static string MapAdvice(MappingTarget target, int errno) => (target, errno) switch
        {
            (MappingTarget.PhysicalMemory, EPERM or EACCES) =>
                "the kernel restricts /dev/mem to non-RAM ranges it allows (CONFIG_STRICT_DEVMEM / CONFIG_IO_STRICT_DEVMEM); " +
                "a range claimed by a driver needs iomem=relaxed on the kernel command line.",
            (MappingTarget.GpioMem, EINVAL or ENXIO or ENOMEM) =>
                "/dev/gpiomem serves only the GPIO block's page from offset 0.",
            (MappingTarget.Uio, EINVAL or ENXIO) =>
                "the map index or the length is beyond what the UIO driver published in sysfs.",
            (_, ENODEV) => "the file cannot be memory-mapped (it is not a device or tmpfs file that supports mmap).",
            (_, EACCES) => "the file is not open for reading and writing; register blocks are mapped read-write.",
            (_, EINVAL or ENXIO or EOVERFLOW) => "the offset or length is outside what the device can map.",
            (_, ENOMEM) => "the process is out of address space or the range is beyond the device.",
            _ => "check the offset and length against the device's register map.",
        };

        internal static string Hex(long value) => "0x" + value.ToString("X", CultureInfo.InvariantCulture);

        internal static string Bytes(long value) =>
            value.ToString(CultureInfo.InvariantCulture) + (value == 1 ? " byte" : " bytes");
    }
}
