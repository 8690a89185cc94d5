using System;
using System.Runtime.InteropServices;
using System.Threading;

namespace PacGen.Runtime.Linux
{
    /// <summary>
    /// A peripheral's register block mapped into this process from a Linux device or file. <see cref="Base"/> is the
    /// address to construct the generated peripheral at (<c>new Gpio(region.Base)</c>); disposing unmaps it, after
    /// which the peripheral must not be used.
    /// </summary>
    /// <remarks>
    /// Offsets need not be page-aligned: the mapping starts at the page holding the offset and <see cref="Base"/>
    /// points at the offset itself. Every factory takes the length of the register block the caller is going to
    /// touch and refuses a file, UIO map or BAR that is smaller, so a wrong device fails here with a message instead
    /// of with a SIGBUS on the first access. Failures are <see cref="MappingException"/>s with one-line messages.
    /// </remarks>
    public sealed class MappedRegion : IDisposable
    {
        /// <summary>The Raspberry Pi's GPIO-only memory device (usable by the gpio group without root).</summary>
        public const string GpioMemPath = "/dev/gpiomem";

        /// <summary>Physical memory (root only).</summary>
        public const string PhysicalMemoryPath = "/dev/mem";

        private IntPtr _mapping;
        private readonly nuint _mappingLength;
        private readonly nuint _base;

        private MappedRegion(string path, long offset, long length, IntPtr mapping, nuint mappingLength, nuint pageDelta)
        {
            Path = path;
            Offset = offset;
            Length = length;
            _mapping = mapping;
            _mappingLength = mappingLength;
            _base = (nuint)(nint)mapping + pageDelta;
        }

        /// <summary>The file or device the region was mapped from.</summary>
        public string Path { get; }

        /// <summary>The offset in that file (for <c>/dev/mem</c>, the physical address) that <see cref="Base"/> maps.</summary>
        public long Offset { get; }

        /// <summary>The bytes from <see cref="Base"/> on that may be accessed: the length asked for.</summary>
        public long Length { get; }

        /// <summary>The address of <see cref="Offset"/> in this process.</summary>
        /// <exception cref="ObjectDisposedException">The region has been unmapped.</exception>
        public nuint Base
        {
            get
            {
                ObjectDisposedException.ThrowIf(Volatile.Read(ref _mapping) == IntPtr.Zero, this);
                return _base;
            }
        }

        /// <summary>Whether <see cref="Dispose"/> has unmapped the region.</summary>
        public bool IsDisposed => Volatile.Read(ref _mapping) == IntPtr.Zero;

        /// <summary>
        /// Maps <c>/dev/gpiomem</c>, the Raspberry Pi's window onto the GPIO block alone (offset 0 is GPFSEL0). It is
        /// one page; <paramref name="length"/> (the GPIO register block, 0xF4 bytes on the BCM2711) must fit in it.
        /// </summary>
        public static MappedRegion GpioMem(long length) =>
            Map(GpioMemPath, MappingTarget.GpioMem, 0, length, availableHint: Environment.SystemPageSize, "the GPIO page");

        /// <summary>Maps <paramref name="length"/> bytes of physical memory at <paramref name="physicalAddress"/> through <c>/dev/mem</c> (root).</summary>
        public static MappedRegion PhysicalMemory(ulong physicalAddress, long length) =>
            Map(PhysicalMemoryPath, MappingTarget.PhysicalMemory, checked((long)physicalAddress), length, availableHint: null, "physical memory");

        /// <summary>
        /// Maps map <paramref name="mapIndex"/> of a UIO device (<c>uio0</c> or <c>/dev/uio0</c>): its size comes from
        /// <c>/sys/class/uio/uioN/maps/mapM/size</c>, and the register block starts at that map's <c>offset</c> within
        /// the page (UIO selects map M with the mmap offset M × page size).
        /// </summary>
        public static MappedRegion Uio(string device, int mapIndex, long length) =>
            Uio(device, mapIndex, length, UioMap.DefaultSysfsClassRoot);

        /// <summary>
        /// Maps <paramref name="length"/> bytes at <paramref name="offset"/> of a PCI BAR through its sysfs resource file
        /// (<c>/sys/bus/pci/devices/0000:01:00.0/resource0</c>; root); the file's size is the BAR's.
        /// </summary>
        public static MappedRegion PciResource(string resourcePath, long offset, long length) =>
            Map(resourcePath, MappingTarget.PciResource, offset, length, availableHint: null, "the BAR");

        /// <summary>
        /// Maps <paramref name="length"/> bytes at <paramref name="offset"/> of any mappable file: a tmpfs file in
        /// <c>/dev/shm</c>, a memfd (<c>/proc/self/fd/N</c>), or a device not listed above. A regular file must be at
        /// least <paramref name="offset"/> + <paramref name="length"/> bytes long.
        /// </summary>
        public static MappedRegion File(string path, long offset, long length) =>
            Map(path, MappingTarget.File, offset, length, availableHint: null, "the file");

        internal static MappedRegion Uio(string device, int mapIndex, long length, string sysfsClassRoot)
        {
            ArgumentNullException.ThrowIfNull(device);
            UioMap map = UioMap.Read(device, mapIndex, sysfsClassRoot);
            long pageSize = Environment.SystemPageSize;
            long inPage = map.Offset % pageSize;
            if (inPage + length > map.Size)
            {
                throw MappingErrors.TooSmall(map.DevicePath, map.Size - inPage, inPage, length, "UIO map " + mapIndex.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            return Map(map.DevicePath, MappingTarget.Uio, mapIndex * pageSize + inPage, length, availableHint: null, "the UIO map");
        }

        /// <summary>Unmaps the region (idempotent, thread-safe). Peripherals constructed at <see cref="Base"/> must not be used afterwards.</summary>
        public void Dispose()
        {
            IntPtr mapping = Interlocked.Exchange(ref _mapping, IntPtr.Zero);
            if (mapping != IntPtr.Zero)
            {
                LibC.Munmap(mapping, _mappingLength);
            }
        }

        /// <summary>The path, offset and length, for logs.</summary>
        public override string ToString() =>
            Path + " @ " + MappingErrors.Hex(Offset) + ", " + MappingErrors.Bytes(Length) + (IsDisposed ? " (unmapped)" : string.Empty);

        private static MappedRegion Map(string path, MappingTarget target, long offset, long length, long? availableHint, string what)
        {
            ArgumentNullException.ThrowIfNull(path);
            ArgumentOutOfRangeException.ThrowIfNegative(offset);
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
            if (!OperatingSystem.IsLinux())
            {
                throw MappingErrors.NotLinux(path, RuntimeInformation.OSDescription);
            }

            if (availableHint is long hint && offset + length > hint)
            {
                throw MappingErrors.TooSmall(path, hint - offset, offset, length, what);
            }

            long pageSize = Environment.SystemPageSize;
            long pageOffset = offset - offset % pageSize;
            long pageDelta = offset - pageOffset;
            long mappingLength = (pageDelta + length + pageSize - 1) / pageSize * pageSize;

            int fd = LibC.Open(path, LibC.O_RDWR | LibC.O_SYNC | LibC.O_CLOEXEC);
            if (fd < 0)
            {
                int errno = Marshal.GetLastPInvokeError();
                throw MappingErrors.OpenFailed(path, target, errno, Marshal.GetPInvokeErrorMessage(errno));
            }

            try
            {
                // Regular files (tmpfs, memfds, sysfs resource files) have a size, and touching a page past it is a
                // SIGBUS; character devices (/dev/mem, /dev/gpiomem, /dev/uioN) have none, and are checked elsewhere.
                if (LibC.FileTypeAndSize(fd) is (true, long size) && offset + length > size)
                {
                    throw MappingErrors.TooSmall(path, Math.Max(0, size - offset), offset, length, what + " is " + MappingErrors.Bytes(size));
                }

                IntPtr mapping = LibC.Mmap((nuint)mappingLength, LibC.PROT_READ | LibC.PROT_WRITE, LibC.MAP_SHARED, fd, pageOffset);
                if (mapping == LibC.MapFailed)
                {
                    int errno = Marshal.GetLastPInvokeError();
                    throw MappingErrors.MapFailed(path, target, errno, Marshal.GetPInvokeErrorMessage(errno), offset, length);
                }

                return new MappedRegion(path, offset, length, mapping, (nuint)mappingLength, (nuint)pageDelta);
            }
            finally
            {
                // The mapping keeps its own reference to the file; the descriptor is not needed any more.
                LibC.Close(fd);
            }
        }
    }
}
