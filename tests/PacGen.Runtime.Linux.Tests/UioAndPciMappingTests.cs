using System;
using System.IO;
using Xunit;

namespace PacGen.Runtime.Linux.Tests;

/// <summary>UIO maps described by a fake sysfs tree over a tmpfs "device", and PCI BAR resource files (regular files with the BAR's size).</summary>
public sealed class UioAndPciMappingTests : IDisposable
{
    private const long GpioBlock = 0xF4;
    private readonly ScratchFiles _files = new ScratchFiles();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void A_UIO_map_is_selected_by_page_index_and_Base_adds_the_maps_offset()
    {
        (string device, string sysfs) = FakeUio("uio3", mapIndex: 1, address: "0xfe200000", offset: "0x20", size: "0x1000");
        using MappedRegion region = MappedRegion.Uio(device, 1, GpioBlock, sysfs);

        ScratchFiles.Store(region.Base + 0x1C, 1u << 17);

        Assert.Equal(1u << 17, ScratchFiles.ReadWord(device, ScratchFiles.PageSize + 0x20 + 0x1C));
        Assert.Equal(device, region.Path);
    }

    [Fact]
    public void A_UIO_map_smaller_than_the_register_block_is_refused()
    {
        (string device, string sysfs) = FakeUio("uio0", mapIndex: 0, address: "0x10000000", offset: "0x0", size: "0x80");

        MappingException error = Assert.Throws<MappingException>(() => MappedRegion.Uio(device, 0, GpioBlock, sysfs));

        Assert.Equal(device + " offers 128 bytes at offset 0x0 (UIO map 0) but the register block needs 244 bytes: " +
            "wrong device or offset, or a register block size that does not match the chip.", error.Message);
    }

    [Fact]
    public void A_UIO_device_or_map_that_sysfs_does_not_list_is_named_with_where_to_look()
    {
        (string device, string sysfs) = FakeUio("uio1", mapIndex: 0, address: "0x0", offset: "0x0", size: "0x1000");

        MappingException noMap = Assert.Throws<MappingException>(() => MappedRegion.Uio(device, 2, GpioBlock, sysfs));
        MappingException noDevice = Assert.Throws<MappingException>(() => MappedRegion.Uio("uio9", 0, GpioBlock, sysfs));
        MappingException badName = Assert.Throws<MappingException>(() => MappedRegion.Uio("gpiochip0", 0, GpioBlock, sysfs));

        Assert.Equal("cannot read " + Path.Combine(sysfs, "uio1", "maps", "map2") + ": the UIO driver of uio1 publishes no map 2 (see " +
            Path.Combine(sysfs, "uio1", "maps") + ").", noMap.Message);
        Assert.Equal("cannot read " + Path.Combine(sysfs, "uio9", "maps", "map0") + ": no UIO device uio9: is a uio driver bound to the device? See ls " +
            sysfs + ".", noDevice.Message);
        Assert.EndsWith("a UIO device is named uioN (e.g. uio0 or /dev/uio0).", badName.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_UIO_size_that_is_not_hexadecimal_is_reported_with_its_file()
    {
        (string device, string sysfs) = FakeUio("uio2", mapIndex: 0, address: "0x0", offset: "0x0", size: "big");

        MappingException error = Assert.Throws<MappingException>(() => MappedRegion.Uio(device, 0, GpioBlock, sysfs));

        Assert.Equal("cannot read " + Path.Combine(sysfs, "uio2", "maps", "map0", "size") + ": expected a hexadecimal number, found 'big'.", error.Message);
    }

    [Fact]
    public void A_PCI_BAR_is_mapped_at_an_offset_and_the_BAR_size_bounds_it()
    {
        string resource = _files.File("resource0", 2L * ScratchFiles.PageSize);
        using (MappedRegion region = MappedRegion.PciResource(resource, 0x1800, 0x100))
        {
            ScratchFiles.Store(region.Base + 0xFC, 0x0BAD_CAFE);
        }

        MappingException error = Assert.Throws<MappingException>(() => MappedRegion.PciResource(resource, 2L * ScratchFiles.PageSize - 0x80, 0x100));

        Assert.Equal(0x0BAD_CAFEu, ScratchFiles.ReadWord(resource, 0x18FC));
        Assert.Contains("offers 128 bytes at offset 0x", error.Message, StringComparison.Ordinal);
        Assert.Contains("(the BAR is " + 2 * ScratchFiles.PageSize + " bytes)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_PCI_resource_says_how_to_find_the_right_one()
    {
        string resource = Path.Combine(_files.Directory, "0000:01:00.0", "resource0");

        MappingException error = Assert.Throws<MappingException>(() => MappedRegion.PciResource(resource, 0, 0x100));

        Assert.EndsWith("ENOENT (errno 2, No such file or directory): no such PCI BAR: check the address with lspci -D and the BAR with " +
            "ls /sys/bus/pci/devices/<address>/resource*.", error.Message, StringComparison.Ordinal);
    }

    private (string Device, string SysfsRoot) FakeUio(string name, int mapIndex, string address, string offset, string size)
    {
        string device = Path.Combine(Directory.CreateDirectory(Path.Combine(_files.Directory, "dev")).FullName, name);
        using (var stream = new FileStream(device, FileMode.CreateNew))
        {
            stream.SetLength((mapIndex + 1L) * ScratchFiles.PageSize);
        }

        string sysfs = Path.Combine(_files.Directory, "sys-class-uio");
        string map = Directory.CreateDirectory(Path.Combine(sysfs, name, "maps", "map" + mapIndex)).FullName;
        File.WriteAllText(Path.Combine(map, "addr"), address + "\n");
        File.WriteAllText(Path.Combine(map, "offset"), offset + "\n");
        File.WriteAllText(Path.Combine(map, "size"), size + "\n");
        return (device, sysfs);
    }
}
