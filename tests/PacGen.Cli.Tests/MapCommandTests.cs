using System.Linq;
using Xunit;
using PacGen.TestSupport;

namespace PacGen.Cli.Tests
{
    public sealed class MapCommandTests
    {
        private const string Header = "peripheral,register,path,address,size,access,reset_value,reset_mask,fields";

        [Fact]
        public void Bcm2711_map_has_the_header_the_gpfsel4_row_and_one_row_per_register_instance()
        {
            CliRun run = CliRun.Of("map", RepoPaths.Svd("bcm2711.svd"));

            Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
            string[] lines = run.OutLines;
            Assert.Equal(Header, lines[0]);
            // The row the front-end issue pins: bcm2711's GPIO gives no resetValue, so reset 0 under a full mask.
            Assert.Contains(
                "GPIO,GPFSEL4,GPFSEL4,0xFE200010,32,read-write,0x0,0xFFFFFFFF," +
                "FSEL40:0:3:read-write;FSEL41:3:3:read-write;FSEL42:6:3:read-write;FSEL43:9:3:read-write;" +
                "FSEL44:12:3:read-write;FSEL45:15:3:read-write;FSEL46:18:3:read-write;FSEL47:21:3:read-write;" +
                "FSEL48:24:3:read-write;FSEL49:27:3:read-write",
                lines);
            // One row per register instance of the resolved model, none twice (738 when this was written).
            int instances = PacGen.Svd.DeviceMap.Flatten(PacGen.Svd.SvdReader.Read(System.IO.File.ReadAllText(RepoPaths.Svd("bcm2711.svd"))).Device!).Count;
            Assert.Equal(instances, lines.Length - 1);
            Assert.Equal(lines.Length - 1, lines.Skip(1).Select(l => string.Join(",", l.Split(',').Take(3))).Distinct().Count());
            Assert.InRange(instances, 700, 800);
        }

        [CorpusTheory]
        [InlineData("TexasInstruments/MSP432P401R.svd", "SystemControlSpace", 83)]
        public void Repeated_registers_blocks_are_all_mapped(string file, string peripheral, int registers)
        {
            // MSP432P401R splits SystemControlSpace (NVIC, SCB, …) over several <registers> blocks; all are merged.
            CliRun run = CliRun.Of("map", System.IO.Path.Combine(RepoPaths.Corpus, file));

            Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
            Assert.Equal(registers, run.OutLines.Count(l => l.StartsWith(peripheral + ",", System.StringComparison.Ordinal)));
            Assert.Contains("PACGEN033", run.Error, System.StringComparison.Ordinal);
        }

        [Fact]
        public void Arrays_clusters_and_derived_peripherals_are_expanded_with_paths_and_absolute_addresses()
        {
            CliRun run = CliRun.Of("map", RepoPaths.TestData("small-v1.svd"));

            Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
            Assert.Equal(
                new[]
                {
                    Header,
                    "TIMER0,CTRL,CTRL,0x40000000,32,read-write,0x1,0xFFFFFFFF,EN:0:1:read-write;MODE:1:2:read-write;PRESCALE:4:4:read-write",
                    "TIMER0,COUNT,COUNT,0x40000004,32,read-only,0x0,0xFFFFFFFF,",
                    "TIMER0,CC0,CC[0],0x40000010,32,read-write,0x0,0xFFFFFFFF,",
                    "TIMER0,CC1,CC[1],0x40000014,32,read-write,0x0,0xFFFFFFFF,",
                    "TIMER0,CFG,CH[0].CFG,0x40000020,32,read-write,0x0,0xFFFFFFFF,IE0:0:1:read-write;IE1:1:1:read-write;IE2:2:1:read-write;IE3:3:1:read-write",
                    "TIMER0,CFG,CH[1].CFG,0x40000030,32,read-write,0x0,0xFFFFFFFF,IE0:0:1:read-write;IE1:1:1:read-write;IE2:2:1:read-write;IE3:3:1:read-write",
                    "TIMER1,CTRL,CTRL,0x40001000,32,read-write,0x1,0xFFFFFFFF,EN:0:1:read-write;MODE:1:2:read-write;PRESCALE:4:4:read-write",
                    "TIMER1,COUNT,COUNT,0x40001004,32,read-only,0x0,0xFFFFFFFF,",
                    "TIMER1,CC0,CC[0],0x40001010,32,read-write,0x0,0xFFFFFFFF,",
                    "TIMER1,CC1,CC[1],0x40001014,32,read-write,0x0,0xFFFFFFFF,",
                    "TIMER1,CFG,CH[0].CFG,0x40001020,32,read-write,0x0,0xFFFFFFFF,IE0:0:1:read-write;IE1:1:1:read-write;IE2:2:1:read-write;IE3:3:1:read-write",
                    "TIMER1,CFG,CH[1].CFG,0x40001030,32,read-write,0x0,0xFFFFFFFF,IE0:0:1:read-write;IE1:1:1:read-write;IE2:2:1:read-write;IE3:3:1:read-write",
                    "WDT,KICK,KICK,0x40002000,32,write-only,0x0,0xFFFFFFFF,",
                },
                run.OutLines);
        }

        [Theory]
        [InlineData("GPIO", "GPIO")]
        [InlineData("A,B", "\"A,B\"")]
        [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
        public void Values_with_commas_or_quotes_are_csv_quoted(string value, string cell)
        {
            Assert.Equal(cell, PacGen.Cli.Output.Csv.Quote(value));
            Assert.Equal("x," + cell + ",y", PacGen.Cli.Output.Csv.Line(new[] { "x", value, "y" }));
        }

        [Fact]
        public void A_broken_svd_exits_1_with_canonical_diagnostics_on_stderr()
        {
            using var temp = new TempDirectory();
            string svd = temp.Write("broken.svd", TestSvds.SingleRegister().Replace("<dimIncrement>4</dimIncrement>", string.Empty));

            CliRun run = CliRun.Of("map", svd);

            Assert.True(run.ExitCode == ExitCodes.Failed, run.ToString());
            Assert.Equal(string.Empty, run.Out);
            Assert.Matches(@"^.*broken\.svd\(\d+,\d+\): error PACGEN\d{3}: .+$", run.Error.Split('\n')[0]);
        }

        [Fact]
        public void Malformed_xml_exits_1()
        {
            using var temp = new TempDirectory();
            string svd = temp.Write("bad.svd", "<device><name>X</name>");

            CliRun run = CliRun.Of("map", svd);

            Assert.True(run.ExitCode == ExitCodes.Failed, run.ToString());
            Assert.Contains(": error PACGEN", run.Error);
        }

        [Theory]
        [InlineData]
        [InlineData("map")]
        [InlineData("map", "a.svd", "b.svd")]
        [InlineData("map", "--bogus", "x.svd")]
        [InlineData("frobnicate")]
        public void Usage_errors_exit_2(params string[] args)
        {
            CliRun run = CliRun.Of(args);

            Assert.True(run.ExitCode == ExitCodes.Usage, run.ToString());
        }

        [Fact]
        public void A_missing_file_is_a_usage_error()
        {
            CliRun run = CliRun.Of("map", RepoPaths.TestData("does-not-exist.svd"));

            Assert.Equal(ExitCodes.Usage, run.ExitCode);
            Assert.Contains("file not found", run.Error);
        }

        [Theory]
        [InlineData("--help")]
        [InlineData("map", "--help")]
        [InlineData("check", "-h")]
        [InlineData("diff", "--help")]
        public void Help_shows_usage_and_examples(params string[] args)
        {
            CliRun run = CliRun.Of(args);

            Assert.Equal(ExitCodes.Ok, run.ExitCode);
            Assert.Contains("Usage:", run.Out);
            Assert.Contains("Examples:\n  pacgen ", run.Out);
        }
    }
}
