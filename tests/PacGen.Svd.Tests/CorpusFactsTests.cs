using System.IO;
using System.Linq;
using PacGen.Svd.Model;
using PacGen.Svd.Tests.Support;
using Xunit;
using Xunit.Abstractions;
using PacGen.TestSupport;

namespace PacGen.Svd.Tests
{
    /// <summary>Features that only real corpus files exercise (skipped when ../shared/svd-corpus is absent).</summary>
    public sealed class CorpusFactsTests
    {
        private readonly ITestOutputHelper _output;

        public CorpusFactsTests(ITestOutputHelper output) => _output = output;

        private Device? Load(string relativePath)
        {
            string path = Path.Combine(RepoPaths.Corpus, relativePath);
            if (!File.Exists(path))
            {
                _output.WriteLine("skipped: corpus absent (" + path + ")");
                return null;
            }

            SvdReadResult result = SvdReader.ReadFile(path);
            Assert.NotNull(result.Device);
            return result.Device;
        }

        [Fact]
        public void K210RegistersTakeTheirSizeFromTheEnclosingCluster()
        {
            Device? device = Load("Kendryte-Community/k210.svd");
            if (device == null)
            {
                return;
            }

            RegisterInstance mtimecmp = DeviceMap.Flatten(device).First(r => r.Peripheral.Name == "CLINT" && r.Path.StartsWith("mtimecmp", System.StringComparison.Ordinal));
            Assert.Equal(64, mtimecmp.Register.Size);
        }

        [Fact]
        public void Esp32ForwardDerivedPeripheralsShareTheirSourceType()
        {
            Device? device = Load("Espressif-Community/esp32.svd");
            if (device == null)
            {
                return;
            }

            Peripheral uart1 = device.Peripherals.Single(p => p.Name == "UART1");
            Peripheral uart = device.Peripherals.Single(p => p.Name == "UART");
            Assert.Equal("UART", uart1.DerivedFrom);
            Assert.Equal("UART", uart1.TypeName);
            Assert.Equal(uart.Children, uart1.Children);

            // The corpus README counts 7 forward references (source declared later): all resolve to the source's type.
            var forward = device.Peripherals.Where(p => p.DerivedFrom != null
                && device.Peripherals.IndexOf(device.Peripherals.First(s => s.Name == p.DerivedFrom)) > device.Peripherals.IndexOf(p)).ToList();
            Assert.Equal(7, forward.Count);
            Assert.All(forward, p => Assert.Equal(device.Peripherals.First(s => s.Name == p.DerivedFrom).Children, p.Children));
        }

        [Fact]
        public void KinetisDontCareEnumValuesAndLetterDimIndex()
        {
            Device? device = Load("Freescale/MKV31F51212.svd");
            if (device == null)
            {
                return;
            }

            var flat = DeviceMap.Flatten(device);
            Assert.Contains(flat.SelectMany(r => r.ExpandedFields).SelectMany(f => f.EnumeratedValues).SelectMany(s => s.Values), v => v.DontCareMask != 0);
            Assert.Contains(flat.Select(r => r.Register), r => r.Name.Length > 0 && device.Peripherals.Any());
        }
    }

    internal static class PeripheralListExtensions
    {
        public static int IndexOf(this EquatableArray<Peripheral> peripherals, Peripheral peripheral)
        {
            for (int i = 0; i < peripherals.Count; i++)
            {
                if (ReferenceEquals(peripherals[i], peripheral))
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
