namespace PacGen.Runtime.Linux
{
    /// <summary>What kind of file a region is mapped from: it decides the advice an error gives.</summary>
    internal enum MappingTarget
    {
        /// <summary>A regular or shared-memory file (tmpfs, memfd): used by tests and by simulators sharing a block.</summary>
        File,

        /// <summary><c>/dev/gpiomem</c>: the Raspberry Pi's GPIO page, open to the gpio group without root.</summary>
        GpioMem,

        /// <summary><c>/dev/mem</c>: physical memory at an address, root only.</summary>
        PhysicalMemory,

        /// <summary><c>/dev/uioN</c>: a Userspace I/O device; the kernel driver publishes its maps in sysfs.</summary>
        Uio,

        /// <summary>A PCI BAR's <c>resourceN</c> file under <c>/sys/bus/pci/devices/…</c>.</summary>
        PciResource,
    }
}
