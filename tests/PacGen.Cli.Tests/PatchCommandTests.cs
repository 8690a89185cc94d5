using System.IO;
using System.Linq;
using Xunit;
using PacGen.TestSupport;

namespace PacGen.Cli.Tests
{
    /// <summary><c>pacgen patch</c>, <c>map --enums</c> and a device YAML in place of an SVD.</summary>
    public sealed class PatchCommandTests
    {
        [Fact]
        public void Patch_writes_the_patched_svd_and_map_reads_it_like_the_yaml()
        {
            using var temp = new TempDirectory();
            string output = Path.Combine(temp.Path, "bcm2711.patched.svd");
            CliRun run = CliRun.Of("patch", RepoPaths.Svd("bcm2711.yaml"), "-o", output);

            Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
            Assert.True(File.Exists(output));
            string[] fromSvd = CliRun.Of("map", output).OutLines;
            string[] fromYaml = CliRun.Of("map", RepoPaths.Svd("bcm2711.yaml")).OutLines;
            Assert.Equal(fromYaml, fromSvd);
            // GPFSEL5 is element 5 of the GPFSEL array now, with the FSEL58/59 placeholders that make the layouts equal.
            Assert.Contains(fromYaml, l => l.StartsWith("GPIO,GPFSEL5,GPFSEL5,0xFE200014,", System.StringComparison.Ordinal) && l.EndsWith("FSEL9:27:3:read-write", System.StringComparison.Ordinal));
        }

        [Fact]
        public void Map_enums_prints_one_row_per_set_with_hex_variants_and_the_svd_usage_token()
        {
            CliRun run = CliRun.Of("map", RepoPaths.Svd("bcm2711.yaml"), "--enums");

            Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
            Assert.Equal("peripheral,register,path,field,usage,variants", run.OutLines[0]);
            Assert.Contains("GPIO,GPFSEL3,GPFSEL3,FSEL7,read-write,Input=0x0;Output=0x1;Alt5=0x2;Alt4=0x3;Alt0=0x4;Alt1=0x5;Alt2=0x6;Alt3=0x7", run.OutLines);
        }

        [Fact]
        public void A_broken_patch_writes_nothing_and_names_the_yaml_line()
        {
            using var temp = new TempDirectory();
            File.Copy(RepoPaths.Svd("bcm2711.svd"), Path.Combine(temp.Path, "chip.svd"));
            string yaml = Path.Combine(temp.Path, "chip.yaml");
            File.WriteAllText(yaml, "_svd: chip.svd\nGPIO:\n  _add:\n    GPFSEL0:\n      addressOffset: 0\n");
            string output = Path.Combine(temp.Path, "out.svd");
            CliRun run = CliRun.Of("patch", yaml, "-o", output);

            Assert.Equal(ExitCodes.Failed, run.ExitCode);
            Assert.False(File.Exists(output));
            Assert.Contains(yaml + "(4,5): error PACGEN305:", run.Error, System.StringComparison.Ordinal);
        }
    }
}
