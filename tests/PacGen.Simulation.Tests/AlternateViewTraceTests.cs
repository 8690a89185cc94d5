using System.IO;
using System.Linq;
using PacGen.TestSupport;
using Xunit;

namespace PacGen.Simulation.Tests;

/// <summary>
/// Alternate views of one word (issue 15): the trace names every register an access can be and decodes only the
/// fields they share, so a USART write on SAMD21 SERCOM0 is never shown as an I2C master write.
/// </summary>
public sealed class AlternateViewTraceTests
{
    [Fact]
    public void Same_width_alternates_are_all_named_and_only_common_fields_decoded()
    {
        SimulatedDevice device = InlineSvd.Device(
            "<register><name>DR</name><addressOffset>0</addressOffset><fields>" +
            "<field><name>EN</name><bitOffset>0</bitOffset><bitWidth>1</bitWidth></field>" +
            "<field><name>DATA</name><bitOffset>8</bitOffset><bitWidth>8</bitWidth></field></fields></register>" +
            "<register><name>DR_ALT</name><addressOffset>0</addressOffset><alternateRegister>DR</alternateRegister><fields>" +
            "<field><name>EN</name><bitOffset>0</bitOffset><bitWidth>1</bitWidth></field>" +
            "<field><name>BAUD</name><bitOffset>8</bitOffset><bitWidth>8</bitWidth></field></fields></register>");

        device.Write(0x4000_0000, 32, 0x0000_4201);

        TraceEntry entry = device.Trace.Entries.Single();
        Assert.Equal("W P.{DR|DR_ALT} 0x00004201  EN=1", entry.ToString());
        Assert.Equal(new[] { "P.DR", "P.DR_ALT" }, entry.Views.Select(view => view.Name));
    }

    [Fact]
    public void Samd21_sercom_usart_writes_are_not_named_after_the_i2c_master_view()
    {
        string svd = Path.Combine(RepoPaths.Corpus, "Atmel", "ATSAMD21G18A.svd");
        if (!File.Exists(svd))
        {
            return; // the developer corpus is not beside the clone (CI has it)
        }

        SimulatedDevice device = SimulatedDevice.FromSvdFile(svd);
        SimulatedRegister ctrla = device.Register("SERCOM0.USART.CTRLA");

        // USART with internal clock (MODE=1), SAMPR=0, ENABLE.
        device.Write((nuint)ctrla.Address, 32, (1u << 2) | (1u << 1));

        string line = device.Trace.Entries.Single().ToString();
        Assert.StartsWith("W SERCOM0.{I2CM|I2CS|SPI|USART}.CTRLA 0x00000006", line, System.StringComparison.Ordinal);
        Assert.DoesNotContain("SDAHOLD", line, System.StringComparison.Ordinal);
        Assert.Contains("ENABLE=1", line, System.StringComparison.Ordinal);
    }
}
