using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PacGen.Svd;
using PacGen.Svd.Model;

namespace PacGen.Simulation;

/// <summary>
/// Every register instance of a device at its absolute address, and the address decoding that maps a bus access
/// (address, width) to exactly one register — or explains why none matches.
/// </summary>
internal sealed class DeviceLayout
{
    private readonly Dictionary<ulong, SimulatedRegister[]> _byAddress;
    private readonly Dictionary<string, SimulatedRegister> _byName;
    private readonly SimulatedRegister[] _byStart;
    private readonly PeripheralSpan[] _spans;

    private DeviceLayout(IReadOnlyList<SimulatedRegister> registers, int slotCount)
    {
        Registers = registers;
        SlotCount = slotCount;
        _byStart = registers.OrderBy(r => r.Address).ThenBy(r => r.IsAlternate).ToArray();

        // Registers at one address: the primary (non-alternate) one first, so it names accesses of its width.
        _byAddress = _byStart
            .GroupBy(r => r.Address)
            .ToDictionary(g => g.Key, g => g.ToArray());

        _byName = new Dictionary<string, SimulatedRegister>(StringComparer.Ordinal);
        foreach (SimulatedRegister register in registers)
        {
            _byName.TryAdd(register.Name, register);
        }

        _spans = registers
            .GroupBy(r => r.PeripheralName, StringComparer.Ordinal)
            .Select(g => new PeripheralSpan(g.Key, g.Min(r => r.Address), g.Max(r => r.Address + (ulong)(r.Size / 8))))
            .OrderBy(s => s.Start)
            .ToArray();
    }

    /// <summary>Registers as <see cref="DeviceMap.Flatten"/> lists them: peripherals in document order, registers by address.</summary>
    public IReadOnlyList<SimulatedRegister> Registers { get; }

    /// <summary>Number of distinct storage words (registers at one address share one).</summary>
    public int SlotCount { get; }

    public static DeviceLayout Build(Device device)
    {
        if (device.AddressUnitBits != 8)
        {
            throw new SimulationException(
                "Device " + device.Name + " uses " + device.AddressUnitBits.ToString(CultureInfo.InvariantCulture) +
                "-bit address units; the simulation supports byte-addressed devices only.");
        }

        // DeviceMap names elements the way the rest of PacGen does (GPFSEL4, CH[2].CTRL, DEVICEID[0]).
        var registers = new List<SimulatedRegister>();
        var slots = new Dictionary<ulong, int>();
        foreach (RegisterInstance instance in DeviceMap.Flatten(device))
        {
            if (!slots.TryGetValue(instance.Address, out int slot))
            {
                slot = slots.Count;
                slots.Add(instance.Address, slot);
            }

            registers.Add(new SimulatedRegister(instance, slot));
        }

        return new DeviceLayout(registers, slots.Count);
    }

    /// <summary>Every register an access to <paramref name="register"/>'s address and width can be (itself first when it is the only one).</summary>
    public IReadOnlyList<SimulatedRegister> Views(SimulatedRegister register)
    {
        SimulatedRegister[] atAddress = _byAddress[register.Address];
        if (atAddress.Length == 1)
        {
            return atAddress;
        }

        return atAddress.Where(candidate => candidate.Size == register.Size).ToArray();
    }

    public bool TryGetByName(string name, out SimulatedRegister register) =>
        _byName.TryGetValue(name, out register!);

    /// <summary>
    /// The register of exactly this address and width, or — when the address is no register's and
    /// <paramref name="aliases"/> declares windows — the register whose window it is (its peripheral covered).
    /// </summary>
    public SimulatedRegister Resolve(ulong address, int sizeBits, AtomicAliases? aliases, out AtomicAliasKind? alias)
    {
        alias = null;
        if (aliases is not null && !_byAddress.ContainsKey(address))
        {
            foreach (AtomicAliasKind kind in s_aliasKinds)
            {
                if (aliases.Offset(kind) is ulong offset && address >= offset &&
                    _byAddress.TryGetValue(address - offset, out SimulatedRegister[]? candidates))
                {
                    foreach (SimulatedRegister candidate in candidates)
                    {
                        if (candidate.Size == sizeBits && aliases.Covers(candidate.PeripheralName))
                        {
                            alias = kind;
                            return candidate;
                        }
                    }
                }
            }
        }

        return Resolve(address, sizeBits);
    }

    private static readonly AtomicAliasKind[] s_aliasKinds = { AtomicAliasKind.Xor, AtomicAliasKind.Set, AtomicAliasKind.Clear };

    /// <summary>The register an access of <paramref name="sizeBits"/> at <paramref name="address"/> hits.</summary>
    /// <exception cref="SimulationException">No register matches the address and width exactly.</exception>
    public SimulatedRegister Resolve(ulong address, int sizeBits)
    {
        if (_byAddress.TryGetValue(address, out SimulatedRegister[]? candidates))
        {
            foreach (SimulatedRegister candidate in candidates)
            {
                if (candidate.Size == sizeBits)
                {
                    return candidate;
                }
            }

            SimulatedRegister first = candidates[0];
            throw new SimulationException(
                Describe(sizeBits, address) + " does not match the width of " +
                string.Join(" / ", candidates.Select(c => c.Name + " (" + Bits(c.Size) + ")")) +
                ": an access must use the register's width exactly.");
        }

        SimulatedRegister? containing = FindContaining(address);
        if (containing is not null)
        {
            throw new SimulationException(
                Describe(sizeBits, address) + " is misaligned: it falls inside " + containing.Name + " (" +
                Bits(containing.Size) + " at " + Hex(containing.Address) + ", byte offset " +
                (address - containing.Address).ToString(CultureInfo.InvariantCulture) + ").");
        }

        throw new SimulationException(Describe(sizeBits, address) + " hits no register: " + DescribeNearest(address) + ".");
    }

    private SimulatedRegister? FindContaining(ulong address)
    {
        // Registers are at most 8 bytes wide, so only those starting fewer than 8 bytes below can contain it.
        for (int i = UpperBound(address) - 1; i >= 0 && address - _byStart[i].Address < 8; i--)
        {
            SimulatedRegister candidate = _byStart[i];
            if (address > candidate.Address && address < candidate.Address + (ulong)(candidate.Size / 8))
            {
                return candidate;
            }
        }

        return null;
    }

    private int UpperBound(ulong address)
    {
        int low = 0;
        int high = _byStart.Length;
        while (low < high)
        {
            int mid = (low + high) / 2;
            if (_byStart[mid].Address <= address)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    private string DescribeNearest(ulong address)
    {
        if (_spans.Length == 0)
        {
            return "the device maps no registers";
        }

        PeripheralSpan? nearest = null;
        ulong best = ulong.MaxValue;
        foreach (PeripheralSpan span in _spans)
        {
            if (address >= span.Start && address < span.End)
            {
                return "it is inside " + span.Name + " (" + Hex(span.Start) + ".." + Hex(span.End - 1) +
                       ") at offset 0x" + (address - span.Start).ToString("X", CultureInfo.InvariantCulture) +
                       ", where no register is declared";
            }

            ulong distance = address < span.Start ? span.Start - address : address - (span.End - 1);
            if (distance < best)
            {
                best = distance;
                nearest = span;
            }
        }

        PeripheralSpan found = nearest!.Value;
        string direction = address < found.Start ? "before its first register at " + Hex(found.Start)
                                                 : "after its last register byte at " + Hex(found.End - 1);
        return "the nearest peripheral is " + found.Name + ", 0x" + best.ToString("X", CultureInfo.InvariantCulture) +
               " (" + best.ToString(CultureInfo.InvariantCulture) + ") bytes " + direction;
    }

    private static string Describe(int sizeBits, ulong address) => Bits(sizeBits) + " access at " + Hex(address);

    private static string Bits(int size) => size.ToString(CultureInfo.InvariantCulture) + "-bit";

    internal static string Hex(ulong value) => "0x" + value.ToString("X8", CultureInfo.InvariantCulture);

    private readonly record struct PeripheralSpan(string Name, ulong Start, ulong End);
}
