using Xunit;

namespace PacGen.Runtime.Linux.Tests;

/// <summary>The advice for failures this machine cannot produce (it has no /dev/gpiomem or /dev/mem): chosen by errno and device.</summary>
public sealed class ErrorAdviceTests
{
    [Theory]
    [InlineData((int)MappingTarget.GpioMem, 13, "add the user to the gpio group (sudo usermod -aG gpio $USER, then log in again) or run as root.")]
    [InlineData((int)MappingTarget.PhysicalMemory, 13, "run as root (/dev/mem needs CAP_SYS_RAWIO), or map the block through /dev/gpiomem or a UIO device.")]
    [InlineData((int)MappingTarget.PhysicalMemory, 2, "this kernel has no /dev/mem (CONFIG_DEVMEM is off); use /dev/gpiomem or a UIO device instead.")]
    [InlineData((int)MappingTarget.Uio, 16, "another process holds the UIO device open.")]
    [InlineData((int)MappingTarget.PciResource, 1, "run as root (sysfs resource files are root only), or bind the device to uio_pci_generic or vfio-pci.")]
    public void Opening_advice_depends_on_the_device_and_the_errno(int target, int errno, string advice)
    {
        MappingException error = MappingErrors.OpenFailed("/dev/x", (MappingTarget)target, errno, "text");

        Assert.EndsWith(": " + advice, error.Message, System.StringComparison.Ordinal);
        Assert.Equal(errno, error.Errno);
    }

    [Fact]
    public void A_strict_devmem_refusal_names_the_kernel_option()
    {
        MappingException error = MappingErrors.MapFailed("/dev/mem", MappingTarget.PhysicalMemory, 1, "Operation not permitted", 0xFE20_0000, 0xF4);

        Assert.Equal("cannot map 244 bytes of /dev/mem at offset 0xFE200000: EPERM (errno 1, Operation not permitted): the kernel restricts " +
            "/dev/mem to non-RAM ranges it allows (CONFIG_STRICT_DEVMEM / CONFIG_IO_STRICT_DEVMEM); a range claimed by a driver needs " +
            "iomem=relaxed on the kernel command line.", error.Message);
    }
}
