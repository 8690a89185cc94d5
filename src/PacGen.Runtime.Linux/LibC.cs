using System;
using System.Runtime.InteropServices;

namespace PacGen.Runtime.Linux
{
    /// <summary>
    /// The few libc calls a memory mapping needs. 64-bit processes call <c>mmap</c> (off_t is 64 bits);
    /// 32-bit ones (Raspberry Pi OS armhf) call the <c>mmap64</c>, so offsets above 2 GiB (the BCM2711's
    /// peripherals at 0xFE000000) are not truncated.
    /// </summary>
    internal static partial class LibC
    {
        public const int O_RDONLY = 0;
        public const int O_RDWR = 2;
        public const int O_CLOEXEC = 0x80000;

        /// <summary>O_SYNC (O_DSYNC | __O_SYNC): /dev/mem maps the range uncached, as dotnet/iot and the Pi's tools open it.</summary>
        public const int O_SYNC = 0x101000;

        public const int PROT_READ = 1;
        public const int PROT_WRITE = 2;
        public const int MAP_SHARED = 1;

        public static readonly IntPtr MapFailed = new IntPtr(-1);

        private const string Library = "libc";

        [LibraryImport(Library, EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
        public static partial int Open(string path, int flags);

        [LibraryImport(Library, EntryPoint = "close", SetLastError = true)]
        public static partial int Close(int fd);

        [LibraryImport(Library, EntryPoint = "munmap", SetLastError = true)]
        public static partial int Munmap(IntPtr address, nuint length);

        [LibraryImport(Library, EntryPoint = "geteuid")]
        public static partial uint GetEffectiveUserId();

        /// <summary>
        /// The type and size of an open file, from statx (its struct layout is the same on every architecture, unlike
        /// struct stat's): null when the kernel or libc has no statx.
        /// </summary>
        public static unsafe (bool IsRegularFile, long Size)? FileTypeAndSize(int fd)
        {
            const int AT_EMPTY_PATH = 0x1000;
            const uint STATX_TYPE = 0x1;
            const uint STATX_SIZE = 0x200;
            const int S_IFMT = 0xF000;
            const int S_IFREG = 0x8000;
            byte* buffer = stackalloc byte[256];
            try
            {
                if (Statx(fd, string.Empty, AT_EMPTY_PATH, STATX_TYPE | STATX_SIZE, buffer) != 0)
                {
                    return null;
                }
            }
            catch (EntryPointNotFoundException)
            {
                return null;
            }

            // struct statx: stx_mode (u16) at byte 28, stx_size (u64) at byte 40.
            int mode = *(ushort*)(buffer + 28);
            long size = (long)*(ulong*)(buffer + 40);
            return ((mode & S_IFMT) == S_IFREG, size);
        }

        public static IntPtr Mmap(nuint length, int protection, int flags, int fd, long offset) =>
            IntPtr.Size == 8
                ? Mmap64Bit(IntPtr.Zero, length, protection, flags, fd, offset)
                : MmapLargeFile(IntPtr.Zero, length, protection, flags, fd, offset);

        [LibraryImport(Library, EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
        private static unsafe partial int Statx(int dirfd, string path, int flags, uint mask, byte* buffer);

        [LibraryImport(Library, EntryPoint = "mmap", SetLastError = true)]
        private static partial IntPtr Mmap64Bit(IntPtr address, nuint length, int protection, int flags, int fd, long offset);

        [LibraryImport(Library, EntryPoint = "mmap64", SetLastError = true)]
        private static partial IntPtr MmapLargeFile(IntPtr address, nuint length, int protection, int flags, int fd, long offset);

    }
}
