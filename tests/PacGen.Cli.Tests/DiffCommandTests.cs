using Xunit;
using PacGen.TestSupport;

namespace PacGen.Cli.Tests
{
    public sealed class DiffCommandTests
    {
        [Fact]
        public void Lists_exactly_the_hand_made_edits()
        {
            // small-v2.svd is small-v1.svd with: CTRL reset 1 -> 3, MODE gains CONTINUOUS = 2, PRESCALE moves from
            // bit 4 to bit 8, COUNT renamed CNT, WDT moved to 0x40003000, KICK made read-write (and <version> bumped,
            // which is not API). TIMER1 derives from TIMER0, so its copies of the edits are not repeated.
            CliRun run = CliRun.Of("diff", RepoPaths.TestData("small-v1.svd"), RepoPaths.TestData("small-v2.svd"));

            Assert.True(run.ExitCode == ExitCodes.Failed, run.ToString());
            Assert.Equal(
                new[]
                {
                    "changed register TIMER0.CTRL reset value: 0x1 -> 0x3",
                    "added enum value TIMER0.CTRL.MODE.CONTINUOUS = 0x2",
                    "changed field TIMER0.CTRL.PRESCALE position: 4:4 -> 8:4",
                    "renamed register TIMER0.COUNT -> TIMER0.CNT",
                    "changed peripheral WDT base address: 0x40002000 -> 0x40003000",
                    "changed register WDT.KICK access: write-only -> read-write",
                },
                run.OutLines);
        }

        [Fact]
        public void The_reverse_diff_lists_the_inverse_edits()
        {
            CliRun run = CliRun.Of("diff", RepoPaths.TestData("small-v2.svd"), RepoPaths.TestData("small-v1.svd"));

            Assert.True(run.ExitCode == ExitCodes.Failed, run.ToString());
            Assert.Equal(
                new[]
                {
                    "changed register TIMER0.CTRL reset value: 0x3 -> 0x1",
                    "removed enum value TIMER0.CTRL.MODE.CONTINUOUS = 0x2",
                    "changed field TIMER0.CTRL.PRESCALE position: 8:4 -> 4:4",
                    "renamed register TIMER0.CNT -> TIMER0.COUNT",
                    "changed peripheral WDT base address: 0x40003000 -> 0x40002000",
                    "changed register WDT.KICK access: read-write -> write-only",
                },
                run.OutLines);
        }

        [Fact]
        public void Identical_files_print_nothing_and_exit_0()
        {
            CliRun run = CliRun.Of("diff", RepoPaths.TestData("small-v1.svd"), RepoPaths.TestData("small-v1.svd"));

            Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
            Assert.Equal(string.Empty, run.Out);
        }

        [Fact]
        public void Added_and_removed_peripherals_registers_and_fields_are_named()
        {
            using var temp = new TempDirectory();
            string before = temp.Write("a.svd", TestSvds.SingleRegister());
            string after = temp.Write("b.svd", TestSvds.SingleRegister(extraRegisterXml:
                "        <register><name>EXTRA</name><addressOffset>0x40</addressOffset>" +
                "<fields><field><name>G</name><bitOffset>3</bitOffset><bitWidth>2</bitWidth></field></fields></register>\n")
                .Replace("<fields><field><name>F</name><bitOffset>0</bitOffset><bitWidth>8</bitWidth></field></fields>",
                         "<fields><field><name>F</name><bitOffset>0</bitOffset><bitWidth>8</bitWidth></field>" +
                         "<field><name>H</name><bitOffset>9</bitOffset><bitWidth>1</bitWidth></field></fields>"));

            CliRun forward = CliRun.Of("diff", before, after);
            CliRun backward = CliRun.Of("diff", after, before);

            Assert.Equal(
                new[] { "added register P0.EXTRA at offset 0x40", "added field P0.R0.H at 9:1" },
                forward.OutLines);
            Assert.Equal(
                new[] { "removed register P0.EXTRA at offset 0x40", "removed field P0.R0.H at 9:1" },
                backward.OutLines);
        }

        [Theory]
        [InlineData("diff")]
        [InlineData("diff", "only-one.svd")]
        [InlineData("diff", "a.svd", "b.svd", "c.svd")]
        public void Usage_errors_exit_2(params string[] args)
        {
            CliRun run = CliRun.Of(args);

            Assert.True(run.ExitCode == ExitCodes.Usage, run.ToString());
        }
    }
}
