using System.Diagnostics;
using System.Linq;
using System.Text;
using PacGen.Svd.Diagnostics;
using PacGen.Svd.Model;
using PacGen.Svd.Tests.Support;
using Xunit;

namespace PacGen.Svd.Tests
{
    /// <summary>
    /// The reader's own XML tree (one XmlReader pass, an explicit stack): nesting past the cap is skipped with a located
    /// PACGEN019 and reading goes on after it; text in many pieces costs linear time.
    /// </summary>
    public sealed class XmlTreeTests
    {
        [Fact]
        public void A_subtree_nested_past_the_cap_is_skipped_and_its_siblings_are_still_read()
        {
            // device > peripherals > peripheral > description > x…: the x at depth 257 is past the cap.
            string nested = Repeat("<x>", 300) + "deep" + Repeat("</x>", 300);
            string peripheral = "<peripheral><name>P</name><description>" + nested + "</description><baseAddress>0x40000000</baseAddress>" +
                "<registers><register><name>R</name><addressOffset>0</addressOffset></register></registers></peripheral>\n" +
                SvdText.Peripheral("<register><name>S</name><addressOffset>0</addressOffset></register>", "Q").Replace("0x40000000", "0x50000000");

            SvdReadResult result = SvdReader.Read(SvdText.Device(peripheral));

            SvdDiagnostic limit = Assert.Single(result.Diagnostics, d => d.Severity == SvdSeverity.Error);
            Assert.Equal("PACGEN019", limit.Id);
            Assert.Contains("nesting depth 257", limit.Message);
            Assert.Equal(7, limit.Position.Line);
            Assert.NotNull(result.Device);
            Assert.Equal(new[] { "P", "Q" }, result.Device!.Peripherals.Select(p => p.Name));
            Assert.Equal("R", result.Device.Peripherals[0].Children.Single().Name);
            Assert.Equal("S", result.Device.Peripherals[1].Children.Single().Name);
        }

        [Fact]
        public void A_very_deep_document_is_reported_once_and_quickly()
        {
            string deep = "<device><name>D</name><vendorExtensions>" + Repeat("<a>", 200_000) + Repeat("</a>", 200_000) +
                "</vendorExtensions><peripherals></peripherals></device>";

            var clock = Stopwatch.StartNew();
            SvdReadResult result = SvdReader.Read(deep);

            Assert.True(clock.Elapsed.TotalSeconds < 5, "took " + clock.Elapsed);
            Assert.Equal("PACGEN019", Assert.Single(result.Diagnostics, d => d.Severity == SvdSeverity.Error).Id);
            Assert.DoesNotContain(result.Diagnostics, d => d.Id == "PACGEN001");
        }

        [Fact]
        public void Text_in_many_pieces_is_joined_in_linear_time()
        {
            const int pieces = 200_000;
            string description = Repeat("a<!-- split -->", pieces);
            string text = SvdText.Device(SvdText.Peripheral(
                "<register><name>R</name><addressOffset>0</addressOffset></register>", extra: "<description>" + description + "</description>"));

            var clock = Stopwatch.StartNew();
            Device device = SvdText.Read(text);

            Assert.True(clock.Elapsed.TotalSeconds < 5, "took " + clock.Elapsed);
            Assert.Equal(new string('a', pieces), device.Peripherals.Single().Description);
        }

        private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();
    }
}
