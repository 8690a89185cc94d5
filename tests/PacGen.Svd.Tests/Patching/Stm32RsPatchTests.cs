using System.Collections.Generic;
using System.IO;
using System.Linq;
using PacGen.Svd.Diagnostics;
using PacGen.Svd.Model;
using PacGen.Svd.Patching;
using PacGen.TestSupport;
using Xunit;

namespace PacGen.Svd.Tests.Patching
{
    /// <summary>
    /// stm32-rs' own patches (../shared/stm32-rs, skipped when absent) applied to ST's SVDs: no errors, and the
    /// results svdtools documents for the operations they use.
    /// </summary>
    public sealed class Stm32RsPatchTests
    {
        public static IEnumerable<object[]> Devices() =>
            new[] { "stm32l0x1", "stm32f411", "stm32g071", "stm32f103", "stm32wb55", "stm32h743" }.Select(d => new object[] { d });

        private static readonly Dictionary<string, SvdReadResult> s_cache = new Dictionary<string, SvdReadResult>();

        private static SvdReadResult Patched(string device)
        {
            lock (s_cache)
            {
                if (!s_cache.TryGetValue(device, out SvdReadResult? result))
                {
                    SvdPatch patch = SvdPatch.LoadFile(Path.Combine(RepoPaths.Stm32Rs, "devices", device + ".yaml"));
                    result = SvdReader.ReadPatched(patch);
                    s_cache[device] = result;
                }

                return result;
            }
        }

        [Theory]
        [MemberData(nameof(Devices))]
        public void PatchesWithoutErrors(string device)
        {
            if (!RepoPaths.HasStm32Rs)
            {
                return;
            }

            SvdReadResult result = Patched(device);
            Assert.Empty(result.Diagnostics.Where(d => d.Severity == SvdSeverity.Error).Select(d => d.ToCanonicalString(device)));
            Assert.NotNull(result.Device);
            Assert.DoesNotContain(result.Diagnostics, d => d.Id == PatchDiagnosticDescriptors.NoMatch.Id || d.Id == PatchDiagnosticDescriptors.UnknownKey.Id);
        }

        [Fact]
        public void IncludedFilesAreListedOnceEach()
        {
            if (!RepoPaths.HasStm32Rs)
            {
                return;
            }

            // README of ../shared/stm32-rs: stm32l0x1 opens 98 YAML files (device file + includes).
            SvdPatch patch = SvdPatch.LoadFile(Path.Combine(RepoPaths.Stm32Rs, "devices", "stm32l0x1.yaml"));
            Assert.Equal(98, patch.Files.Count);
            Assert.Equal(Path.Combine(RepoPaths.Stm32Rs, "svd", "stm32l0x1.svd"), patch.SvdPath);
        }

        [Fact]
        public void L0GpioModerGetsItsEnum()
        {
            if (!RepoPaths.HasStm32Rs)
            {
                return;
            }

            Field mode3 = Field(Patched("stm32l0x1").Device!, "GPIOA", "MODER", "MODE3");
            EnumeratedValues set = Assert.Single(mode3.EnumeratedValues);
            Assert.Equal(EnumUsage.ReadWrite, set.Usage);
            Assert.Equal(new[] { "Input=0", "Output=1", "Alternate=2", "Analog=3" }, set.Values.Select(v => v.Name + "=" + v.Value));
        }

        [Fact]
        public void L0ExtiPendingIsWriteOneToClear()
        {
            if (!RepoPaths.HasStm32Rs)
            {
                return;
            }

            // fields/exti: PR: "PIF*": {_read: {...}, _W1C: {Clear: [1, ...]}}: a read enum, a write enum and oneToClear.
            Field pif0 = Field(Patched("stm32l0x1").Device!, "EXTI", "PR", "PIF0");
            Assert.Equal(ModifiedWriteValues.OneToClear, pif0.ModifiedWriteValues);
            Assert.Equal(new[] { EnumUsage.Read, EnumUsage.Write }, pif0.EnumeratedValues.Select(e => e.Usage).OrderBy(u => u));
            EnumeratedValues write = pif0.EnumeratedValues.Single(e => e.Usage == EnumUsage.Write);
            Assert.Equal("Clear", Assert.Single(write.Values).Name);
            Assert.Equal(1UL, write.Values[0].Value);
            // PIF1 shares the sets by derivedFrom (svdtools' enum_derive), so it resolves to the same values.
            Field pif1 = Field(Patched("stm32l0x1").Device!, "EXTI", "PR", "PIF1");
            Assert.Equal(write.Values.Select(v => v.Name), pif1.EnumeratedValues.Single(e => e.Usage == EnumUsage.Write).Values.Select(v => v.Name));
        }

        [Fact]
        public void UnpatchedL0HasNeither()
        {
            if (!RepoPaths.HasStm32Rs)
            {
                return;
            }

            Device device = SvdReader.ReadFile(Path.Combine(RepoPaths.Stm32Rs, "svd", "stm32l0x1.svd")).Device!;
            Assert.Empty(Field(device, "GPIOA", "MODER", "MODE3").EnumeratedValues);
            Assert.Equal(ModifiedWriteValues.Modify, Field(device, "EXTI", "PR", "PIF0").ModifiedWriteValues);
        }

        private static Field Field(Device device, string peripheral, string register, string field)
        {
            RegisterInstance row = DeviceMap.Flatten(device).First(r => r.Peripheral.Name == peripheral && r.Register.Name == register);
            return row.ExpandedFields.Single(f => f.Name == field);
        }
    }
}
