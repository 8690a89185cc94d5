using System;
using System.IO;
using System.Runtime.InteropServices;
using Xunit;

[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]

namespace PacGen.Runtime.Linux.Tests;

public sealed class FileMappingTests : IDisposable
{
    private const long GpioBlock = 0xF4;
    private readonly ScratchFiles _files = new ScratchFiles();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void A_page_aligned_mapping_is_shared_with_the_file_both_ways()
    {
        string path = _files.File("gpio", ScratchFiles.PageSize);
        using MappedRegion region = MappedRegion.File(path, 0, GpioBlock);

        ScratchFiles.Store(region.Base + 0x10, 0x40);                  // GPFSEL4 = FSEL42 output
        ScratchFiles.WriteWord(path, 0x34, 0x1234_5678);                 // GPLEV0 written by "the chip"

        Assert.Equal(0x40u, ScratchFiles.ReadWord(path, 0x10));
        Assert.Equal(0x1234_5678u, ScratchFiles.Load(region.Base + 0x34));
        Assert.Equal(path, region.Path);
        Assert.Equal(GpioBlock, region.Length);
    }

    [Fact]
    public void An_offset_inside_a_page_maps_from_the_page_and_Base_points_at_the_offset()
    {
        long offset = ScratchFiles.PageSize + 0x210;
        string path = _files.File("bar", 3L * ScratchFiles.PageSize);
        using MappedRegion region = MappedRegion.File(path, offset, GpioBlock);

        ScratchFiles.Store(region.Base, 0xCAFE_F00D);
        ScratchFiles.Store(region.Base + 0xF0, 0x5);

        Assert.Equal(0xCAFE_F00Du, ScratchFiles.ReadWord(path, offset));
        Assert.Equal(0x5u, ScratchFiles.ReadWord(path, offset + 0xF0));
        Assert.Equal(0x210u, region.Base % (nuint)ScratchFiles.PageSize);
        Assert.Equal(offset, region.Offset);
    }

    [Fact]
    public void A_block_that_straddles_a_page_boundary_is_mapped_whole()
    {
        long offset = ScratchFiles.PageSize - 0x10;
        string path = _files.File("straddle", 2L * ScratchFiles.PageSize);
        using MappedRegion region = MappedRegion.File(path, offset, GpioBlock);

        ScratchFiles.Store(region.Base + 0xF0, 0xA5A5_A5A5);

        Assert.Equal(0xA5A5_A5A5u, ScratchFiles.ReadWord(path, offset + 0xF0));
    }

    [Fact]
    public void A_memfd_is_mapped_through_its_proc_path()
    {
        int fd = memfd_create("pacgen-test", 0);
        Assert.True(fd >= 0, "memfd_create failed: errno " + Marshal.GetLastPInvokeError());
        try
        {
            Assert.Equal(0, ftruncate(fd, ScratchFiles.PageSize));
            string path = "/proc/self/fd/" + fd;
            using MappedRegion region = MappedRegion.File(path, 0x40, 0x10);
            ScratchFiles.Store(region.Base, 7);
            Assert.Equal(7u, ScratchFiles.ReadWord(path, 0x40));
        }
        finally
        {
            close(fd);
        }
    }

    [Fact]
    public void A_file_smaller_than_the_register_block_is_refused_before_it_is_mapped()
    {
        string path = _files.File("short", 0x80);

        MappingException error = Assert.Throws<MappingException>(() => MappedRegion.File(path, 0, GpioBlock));

        Assert.Equal(path + " offers 128 bytes at offset 0x0 (the file is 128 bytes) but the register block needs 244 bytes: " +
            "wrong device or offset, or a register block size that does not match the chip.", error.Message);
        Assert.Equal(0, error.Errno);
        Assert.Equal(path, error.Path);
    }

    [Fact]
    public void An_offset_near_the_end_of_the_file_is_refused_too()
    {
        string path = _files.File("end", ScratchFiles.PageSize);

        MappingException error = Assert.Throws<MappingException>(() => MappedRegion.File(path, ScratchFiles.PageSize - 0x10, GpioBlock));

        Assert.Contains(" offers 16 bytes at offset 0x", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_is_refused_not_mapped_into_a_SIGBUS()
    {
        string path = _files.File("empty", 0);

        MappingException error = Assert.Throws<MappingException>(() => MappedRegion.File(path, 0, 4));

        Assert.StartsWith(path + " offers 0 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_names_the_path_the_errno_and_what_to_do()
    {
        string path = Path.Combine(_files.Directory, "nothing-here");

        MappingException error = Assert.Throws<MappingException>(() => MappedRegion.File(path, 0, GpioBlock));

        Assert.Equal("cannot open " + path + ": ENOENT (errno 2, No such file or directory): no such file; check the path.", error.Message);
        Assert.Equal(2, error.Errno);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Without_a_gpiomem_device_the_error_says_this_is_not_a_Raspberry_Pi()
    {
        if (File.Exists(MappedRegion.GpioMemPath))
        {
            return; // a real Pi: covered by running the driver there
        }

        MappingException error = Assert.Throws<MappingException>(() => MappedRegion.GpioMem(GpioBlock));

        Assert.Equal("cannot open /dev/gpiomem: ENOENT (errno 2, No such file or directory): this is not a Raspberry Pi running Linux, " +
            "or the kernel's gpiomem driver is not loaded.", error.Message);
    }

    [Fact]
    public void Gpiomem_refuses_a_block_larger_than_its_page_without_opening_it()
    {
        MappingException error = Assert.Throws<MappingException>(() => MappedRegion.GpioMem(ScratchFiles.PageSize + 4));

        Assert.StartsWith("/dev/gpiomem offers " + ScratchFiles.PageSize + " bytes at offset 0x0 (the GPIO page)", error.Message, StringComparison.Ordinal);
    }

    [PermissionFact]
    public void No_permission_names_EACCES_and_says_what_to_do()
    {
        string path;
        if (ScratchFiles.IsRoot)
        {
            path = PermissionFactAttribute.RootDeniedPath;
        }
        else
        {
            path = _files.File("locked", ScratchFiles.PageSize);
            File.SetUnixFileMode(path, UnixFileMode.None);
        }

        MappingException error = Assert.Throws<MappingException>(() => MappedRegion.File(path, 0, GpioBlock));

        Assert.Equal("cannot open " + path + ": EACCES (errno 13, Permission denied): run as root or give the user read-write access to " + path + ".", error.Message);
        Assert.Equal(13, error.Errno);
    }

    [Fact]
    public void A_directory_is_not_a_register_block()
    {
        MappingException error = Assert.Throws<MappingException>(() => MappedRegion.File(_files.Directory, 0, GpioBlock));

        Assert.Contains("EISDIR (errno 21", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("the path is a directory, not a device or file.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_cannot_be_memory_mapped_says_so()
    {
        // A FIFO opens read-write without blocking on Linux, but has no mmap.
        string path = Path.Combine(_files.Directory, "fifo");
        Assert.Equal(0, mkfifo(path, 0x1B6));

        MappingException error = Assert.Throws<MappingException>(() => MappedRegion.File(path, 0, 4));

        Assert.Equal("cannot map 4 bytes of " + path + " at offset 0x0: ENODEV (errno 19, No such device): the file cannot be memory-mapped " +
            "(it is not a device or tmpfs file that supports mmap).", error.Message);
    }

    [Fact]
    public void Disposing_unmaps_once_and_Base_is_then_refused()
    {
        string path = _files.File("dispose", ScratchFiles.PageSize);
        MappedRegion region = MappedRegion.File(path, 0, GpioBlock);
        Assert.False(region.IsDisposed);

        region.Dispose();
        region.Dispose();

        Assert.True(region.IsDisposed);
        Assert.Throws<ObjectDisposedException>(() => region.Base);
        Assert.EndsWith("(unmapped)", region.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Lengths_and_offsets_are_checked()
    {
        string path = _files.File("args", ScratchFiles.PageSize);

        Assert.Throws<ArgumentOutOfRangeException>(() => MappedRegion.File(path, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => MappedRegion.File(path, -4, 4));
        Assert.Throws<ArgumentNullException>(() => MappedRegion.File(null!, 0, 4));
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int memfd_create(string name, uint flags);

    [DllImport("libc", SetLastError = true)]
    private static extern int ftruncate(int fd, long length);

    [DllImport("libc")]
    private static extern int close(int fd);

    [DllImport("libc", SetLastError = true)]
    private static extern int mkfifo(string path, uint mode);
}
