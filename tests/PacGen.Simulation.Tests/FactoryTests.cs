using Xunit;

namespace PacGen.Simulation.Tests;

public sealed class FactoryTests
{
    [Fact]
    public void An_unreadable_SVD_is_rejected_with_its_diagnostics()
    {
        var error = Assert.Throws<SimulationException>(() => SimulatedDevice.FromSvdText("<device><name>X</name>"));

        Assert.StartsWith("Cannot simulate <svd text>: the SVD has errors.", error.Message, System.StringComparison.Ordinal);
        Assert.Contains("error PACGEN", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_rejected_with_its_path()
    {
        var error = Assert.Throws<SimulationException>(() => SimulatedDevice.FromSvdFile("no/such/chip.svd"));

        Assert.Contains("no/such/chip.svd", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Devices_from_one_model_are_independent()
    {
        SimulatedDevice first = InlineSvd.Device("<register><name>R</name><addressOffset>0</addressOffset></register>");
        SimulatedDevice second = SimulatedDevice.FromModel(first.Model);

        first.Write(0x4000_0000, 32, 5);

        Assert.Equal(0UL, second.Peek("P.R"));
        Assert.Equal(0, second.Trace.Count);
        Assert.Equal("TEST", second.Name);
    }
}
