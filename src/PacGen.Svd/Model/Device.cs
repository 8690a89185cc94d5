namespace PacGen.Svd.Model
{
    /// <summary>
    /// One resolved device: every derivedFrom applied, every inherited register property pushed down to
    /// registers and fields. Immutable and value-equatable so the incremental generator can cache it.
    /// </summary>
    /// <param name="Name">The SVD device name, verbatim (e.g. <c>bcm2711_lpa</c>, <c>STM32L0x1</c>).</param>
    /// <param name="AddressUnitBits">Bits per address unit (8 for byte-addressed devices).</param>
    /// <param name="Width">Bus width in bits.</param>
    /// <param name="Defaults">The device-level default register properties as written.</param>
    /// <param name="Peripherals">Peripherals in document order; peripheral dim arrays are expanded into one entry per element.</param>
    /// <param name="Interrupts">Every interrupt of every peripheral, ordered by value then name, duplicates removed.</param>
    public sealed record Device(
        string Name,
        string? Vendor,
        string? Series,
        string? Version,
        string? Description,
        string? LicenseText,
        Cpu? Cpu,
        int AddressUnitBits,
        int Width,
        RegisterProperties Defaults,
        EquatableArray<Peripheral> Peripherals,
        EquatableArray<Interrupt> Interrupts,
        SourcePosition Position);

    /// <summary>The SVD cpu element.</summary>
    public sealed record Cpu(
        string Name,
        string? Revision,
        string? Endian,
        bool MpuPresent,
        bool FpuPresent,
        int NvicPrioBits,
        bool VendorSystickConfig);

    /// <summary>An interrupt line declared by a peripheral.</summary>
    public sealed record Interrupt(string Name, string? Description, int Value, string Peripheral);

    /// <summary>Register properties as written at one level of the SVD (null = not given there).</summary>
    public sealed record RegisterProperties(
        int? Size,
        Access? Access,
        Protection? Protection,
        ulong? ResetValue,
        ulong? ResetMask)
    {
        public static readonly RegisterProperties None = new RegisterProperties(null, null, null, null, null);
    }

    /// <summary>A 1-based line and column in the SVD file (0 when unknown).</summary>
    public readonly record struct SourcePosition(int Line, int Column)
    {
        public static readonly SourcePosition Unknown = new SourcePosition(0, 0);

        public override string ToString() => Line + "," + Column;
    }
}
