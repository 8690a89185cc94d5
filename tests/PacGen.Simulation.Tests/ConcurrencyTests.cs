using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using PacGen.Runtime;
using Xunit;

namespace PacGen.Simulation.Tests;

public sealed class ConcurrencyTests
{
    private const int Threads = 8;
    private const int Iterations = 2_000;

    [Fact]
    public async Task Read_modify_writes_under_Atomically_lose_no_update_and_the_trace_replays_them_in_order()
    {
        SimulatedDevice device = InlineSvd.Device("<register><name>COUNT</name><addressOffset>0</addressOffset></register>");
        using MmioBus.Scope scope = device.Activate();

        // Tasks inherit the flow's bus, as code started by a driver under test would.
        using var start = new ManualResetEventSlim();
        Task[] workers = Enumerable.Range(0, Threads).Select(_ => Task.Run(() =>
        {
            start.Wait();
            for (int i = 0; i < Iterations; i++)
            {
                device.Atomically(() => Mmio.Write32(0x4000_0000, Mmio.Read32(0x4000_0000) + 1));
            }
        })).ToArray();
        start.Set();
        await Task.WhenAll(workers);

        Assert.Equal((ulong)(Threads * Iterations), device.Peek("P.COUNT"));

        // Sequence numbers strictly increase, and every write stores the value its preceding read returned plus one:
        // the trace order is the order the updates were applied in.
        TraceEntry[] entries = device.Trace.Entries.ToArray();
        Assert.Equal(2 * Threads * Iterations, entries.Length);
        for (int i = 0; i < entries.Length; i += 2)
        {
            Assert.True(entries[i].Sequence < entries[i + 1].Sequence);
            Assert.Equal(AccessKind.Read, entries[i].Kind);
            Assert.Equal(AccessKind.Write, entries[i + 1].Kind);
            Assert.Equal((ulong)(i / 2), entries[i].Value);
            Assert.Equal((ulong)(i / 2) + 1, entries[i + 1].Value);
        }
    }

    [Fact]
    public async Task Concurrent_one_to_toggle_writes_of_distinct_bits_all_take_effect()
    {
        // Each of 32 threads toggles its own bit an odd number of times; a lost update would leave a bit at 0.
        SimulatedDevice device = InlineSvd.Device(
            "<register><name>TGL</name><addressOffset>0</addressOffset><modifiedWriteValues>oneToToggle</modifiedWriteValues></register>");
        device.Trace.IsEnabled = false;
        using MmioBus.Scope scope = device.Activate();

        using var start = new ManualResetEventSlim();
        Task[] workers = Enumerable.Range(0, 32).Select(bit => Task.Run(() =>
        {
            start.Wait();
            for (int i = 0; i < 501; i++)
            {
                Mmio.Write32(0x4000_0000, 1u << bit);
            }
        })).ToArray();
        start.Set();
        await Task.WhenAll(workers);

        Assert.Equal(0xFFFF_FFFFUL, device.Peek("P.TGL"));
    }

    [Fact]
    public async Task Sequence_numbers_strictly_increase_across_threads()
    {
        SimulatedDevice device = InlineSvd.Device("<register><name>R</name><addressOffset>0</addressOffset></register>");
        using MmioBus.Scope scope = device.Activate();

        await Task.WhenAll(Enumerable.Range(0, Threads).Select(t => Task.Run(() =>
        {
            for (int i = 0; i < 500; i++)
            {
                Mmio.Write32(0x4000_0000, (uint)t);
            }
        })));

        long[] sequences = device.Trace.Entries.Select(e => e.Sequence).ToArray();
        Assert.Equal(Enumerable.Range(1, Threads * 500).Select(i => (long)i), sequences);
    }
}
