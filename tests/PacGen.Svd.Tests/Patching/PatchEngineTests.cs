using System.Collections.Generic;
using System.Linq;
using PacGen.Svd.Diagnostics;
using PacGen.Svd.Model;
using PacGen.Svd.Patching;
using Xunit;

namespace PacGen.Svd.Tests.Patching
{
    /// <summary>One operation per test, each asserting the result svdtools' sources define (src/patch/*.rs, 0.5.0).</summary>
    public sealed class PatchEngineTests
    {
        private const string Svd = @"<?xml version=""1.0""?>
<device><name>CHIP</name><addressUnitBits>8</addressUnitBits><width>32</width><size>32</size><access>read-write</access>
<peripherals>
<peripheral><name>GPIOA</name><baseAddress>0x40000000</baseAddress><registers>
  <register><name>MODER</name><addressOffset>0x0</addressOffset><fields>
    <field><name>MODE0</name><bitOffset>0</bitOffset><bitWidth>2</bitWidth></field>
    <field><name>MODE1</name><bitOffset>2</bitOffset><bitWidth>2</bitWidth></field>
    <field><name>MODE2</name><bitOffset>4</bitOffset><bitWidth>2</bitWidth></field>
  </fields></register>
  <register><name>PR</name><addressOffset>0x4</addressOffset><fields>
    <field><name>PIF0</name><bitOffset>0</bitOffset><bitWidth>1</bitWidth></field>
    <field><name>PIF1</name><bitOffset>1</bitOffset><bitWidth>1</bitWidth></field>
  </fields></register>
  <register><name>CH0_CR</name><description>Channel 0 control</description><addressOffset>0x10</addressOffset><fields><field><name>EN</name><bitOffset>0</bitOffset><bitWidth>1</bitWidth></field></fields></register>
  <register><name>CH0_SR</name><description>Channel 0 status</description><addressOffset>0x14</addressOffset><fields><field><name>F</name><bitOffset>0</bitOffset><bitWidth>1</bitWidth></field></fields></register>
  <register><name>CH1_CR</name><description>Channel 1 control</description><addressOffset>0x20</addressOffset><fields><field><name>EN</name><bitOffset>0</bitOffset><bitWidth>1</bitWidth></field></fields></register>
  <register><name>CH1_SR</name><description>Channel 1 status</description><addressOffset>0x24</addressOffset><fields><field><name>F</name><bitOffset>0</bitOffset><bitWidth>1</bitWidth></field></fields></register>
  <register><name>DATA</name><addressOffset>0x30</addressOffset><fields>
    <field><name>B0</name><bitOffset>0</bitOffset><bitWidth>1</bitWidth></field>
    <field><name>B1</name><bitOffset>1</bitOffset><bitWidth>1</bitWidth></field>
    <field><name>B2</name><bitOffset>2</bitOffset><bitWidth>1</bitWidth></field>
    <field><name>WIDE</name><bitOffset>8</bitOffset><bitWidth>4</bitWidth></field>
  </fields></register>
</registers></peripheral>
<peripheral derivedFrom=""GPIOA""><name>GPIOB</name><baseAddress>0x40000400</baseAddress></peripheral>
<peripheral><name>UART1</name><baseAddress>0x40010000</baseAddress><registers>
  <register><name>UART1_DR</name><addressOffset>0x0</addressOffset><fields><field><name>D</name><bitOffset>0</bitOffset><bitWidth>8</bitWidth></field></fields></register>
</registers></peripheral>
</peripherals></device>";

        private static SvdReadResult Apply(string yaml, Dictionary<string, string>? more = null)
        {
            var files = new Dictionary<string, string>(more ?? new Dictionary<string, string>()) { ["/p/dev.yaml"] = yaml, ["/p/chip.svd"] = Svd };
            SvdPatch patch = SvdPatch.Load("/p/dev.yaml", p => files.TryGetValue(p.Replace('\\', '/'), out string? t) ? t : null);
            return SvdReader.ReadPatched(patch, p => files.TryGetValue(p.Replace('\\', '/'), out string? t) ? t : null);
        }

        private static Peripheral P(SvdReadResult r, string name) => r.Device!.Peripherals.Single(p => p.Name == name);

        private static Register R(SvdReadResult r, string p, string reg) => P(r, p).Children.OfType<Register>().Single(x => x.Name == reg);

        private static Field F(SvdReadResult r, string p, string reg, string field) => R(r, p, reg).Fields.Single(f => f.Name == field);

        private static void NoErrors(SvdReadResult r) =>
            Assert.Empty(r.Diagnostics.Where(d => d.Severity == SvdSeverity.Error).Select(d => d.ToCanonicalString("svd")));

        [Fact]
        public void EnumShorthandSharesOneSetByDerivation()
        {
            SvdReadResult r = Apply("_svd: chip.svd\nGPIOA:\n  MODER:\n    MODE?:\n      Input: [0, In]\n      Output: [1, Out]\n      Other: [-1, Anything else]\n");
            NoErrors(r);
            Field mode2 = F(r, "GPIOA", "MODER", "MODE2");
            EnumeratedValues set = Assert.Single(mode2.EnumeratedValues);
            // The lowest field owns the set named after it (MODE0); the others derive it; isDefault sorts last.
            Assert.Equal("MODE0", set.Name);
            Assert.Equal(new[] { "Input", "Output", "Other" }, set.Values.Select(v => v.Name));
            Assert.True(set.Values[2].IsDefault);
        }

        [Fact]
        public void ReadAndW1cSplitTheEnumAndSetModifiedWriteValues()
        {
            SvdReadResult r = Apply("_svd: chip.svd\nGPIOA:\n  PR:\n    PIF*:\n      _read:\n        Idle: [0, No]\n        Pending: [1, Yes]\n      _W1C:\n        Clear: [1, Clear it]\n");
            NoErrors(r);
            Field pif1 = F(r, "GPIOA", "PR", "PIF1");
            Assert.Equal(ModifiedWriteValues.OneToClear, pif1.ModifiedWriteValues);
            Assert.Equal("PIF0R", F(r, "GPIOA", "PR", "PIF0").EnumeratedValues.Single(e => e.Usage == EnumUsage.Read).Name);
            Assert.Equal("PIF0W", F(r, "GPIOA", "PR", "PIF0").EnumeratedValues.Single(e => e.Usage == EnumUsage.Write).Name);
            Assert.Equal("Clear", pif1.EnumeratedValues.Single(e => e.Usage == EnumUsage.Write).Values.Single().Name);
        }

        [Fact]
        public void RangeBecomesWriteConstraint()
        {
            SvdReadResult r = Apply("_svd: chip.svd\nUART1:\n  UART1_DR:\n    D: [0, 0x7F]\n");
            NoErrors(r);
            WriteConstraint wc = F(r, "UART1", "UART1_DR", "D").WriteConstraint!;
            Assert.Equal(0UL, wc.RangeMinimum);
            Assert.Equal(0x7FUL, wc.RangeMaximum);
        }

        [Fact]
        public void FieldArrayCollectsSameStrideFields()
        {
            SvdReadResult r = Apply("_svd: chip.svd\nGPIOA:\n  DATA:\n    _array:\n      B?:\n        description: Bit %s\n");
            NoErrors(r);
            Field b = F(r, "GPIOA", "DATA", "B");
            Assert.Equal(3, b.Dim!.Count);
            Assert.Equal(1UL, b.Dim.Increment);
            Assert.Equal(new[] { "0", "1", "2" }, b.Dim.Indices);
        }

        [Fact]
        public void ClusterArrayCollectsChannels()
        {
            SvdReadResult r = Apply("_svd: chip.svd\nGPIOA:\n  _cluster:\n    CH%s:\n      CH?_CR:\n        name: CR\n      CH?_SR:\n        name: SR\n");
            NoErrors(r);
            Cluster ch = P(r, "GPIOA").Children.OfType<Cluster>().Single();
            Assert.Equal("CH", ch.Name);
            Assert.Equal(2, ch.Dim!.Count);
            Assert.Equal(0x10UL, ch.Dim.Increment);
            Assert.Equal(0x10UL, ch.AddressOffset);
            Assert.Equal(new[] { "CR", "SR" }, ch.Children.Select(c => c.Name));
            Assert.Equal(new ulong[] { 0, 4 }, ch.Children.Select(c => c.AddressOffset));
        }

        [Fact]
        public void RegisterArrayNeedsEqualStride()
        {
            SvdReadResult r = Apply("_svd: chip.svd\nGPIOA:\n  _array:\n    CH?_CR: {}\n");
            NoErrors(r);
            Register cr = R(r, "GPIOA", "CH_CR");
            Assert.Equal(2, cr.Dim!.Count);
            Assert.Equal("Channel %s control", cr.Description);
        }

        [Fact]
        public void MergeSplitStripModifyDeleteAdd()
        {
            SvdReadResult r = Apply(@"_svd: chip.svd
_modify:
  UART1:
    description: Serial
GPIOA:
  _delete: [CH1_*]
  _modify:
    CH0_CR:
      name: CTRL
  _add:
    EXTRA:
      addressOffset: 0x40
      fields:
        X:
          bitOffset: 3
          bitWidth: 2
  DATA:
    _merge:
      - B?
    _split: [WIDE]
UART1:
  _strip: [UART1_]
");
            NoErrors(r);
            Assert.Equal("Serial", P(r, "UART1").Description);
            Assert.NotNull(R(r, "UART1", "DR"));
            Assert.DoesNotContain(P(r, "GPIOA").Children, n => n.Name.StartsWith("CH1_", System.StringComparison.Ordinal));
            Assert.NotNull(R(r, "GPIOA", "CTRL"));
            Assert.Equal(3, F(r, "GPIOA", "EXTRA", "X").BitOffset);
            Field b = F(r, "GPIOA", "DATA", "B");
            Assert.Equal((0, 3), (b.BitOffset, b.BitWidth));
            Assert.Equal(new[] { 8, 9, 10, 11 }, new[] { "WIDE0", "WIDE1", "WIDE2", "WIDE3" }.Select(n => F(r, "GPIOA", "DATA", n).BitOffset));
        }

        [Fact]
        public void BracesCommasAndOptionalSpecs()
        {
            Assert.True(NameMatcher.Matches("TIM1", "TIM{1,8}"));
            Assert.True(NameMatcher.Matches("TIM20", "TIM[18],TIM20"));
            Assert.False(NameMatcher.Matches("TIM2", "TIM[18],TIM20"));
            Assert.True(NameMatcher.Matches("GPIOC", "GPIO[!AB]"));
            Assert.Equal("TIM20", NameMatcher.SubSpec("TIM20", "TIM[18],TIM20"));
            SvdReadResult r = Apply("_svd: chip.svd\n\"?~NOPE\":\n  X: {}\n");
            Assert.Empty(r.Diagnostics);
        }

        [Fact]
        public void DerivedPeripheralTakesOnlyInterruptEdits()
        {
            SvdReadResult r = Apply("_svd: chip.svd\nGPIOB:\n  _add:\n    _interrupts:\n      GPIOB_IRQ:\n        value: 7\n  MODER:\n    MODE0:\n      A: [0, a]\n");
            NoErrors(r);
            Assert.Equal(7, P(r, "GPIOB").Interrupts.Single().Value);
            Assert.Empty(F(r, "GPIOA", "MODER", "MODE0").EnumeratedValues);
        }

        [Fact]
        public void IncludesResolveRelativeToTheIncludingFileAndTheIncluderWins()
        {
            var more = new Dictionary<string, string>
            {
                ["/p/sub/gpio.yaml"] = "_include: [../common/desc.yaml]\nGPIOA:\n  _modify:\n    MODER:\n      description: from include\n",
                ["/p/common/desc.yaml"] = "UART1:\n  _modify:\n    UART1_DR:\n      description: deep\n",
            };
            SvdReadResult r = Apply("_svd: chip.svd\n_include: [sub/gpio.yaml]\nGPIOA:\n  _modify:\n    MODER:\n      description: mine\n", more);
            NoErrors(r);
            Assert.Equal("mine", R(r, "GPIOA", "MODER").Description);
            Assert.Equal("deep", R(r, "UART1", "UART1_DR").Description);
        }

        [Fact]
        public void PatchDiagnosticsAreLocatedInTheYaml()
        {
            var more = new Dictionary<string, string> { ["/p/self.yaml"] = "_include: [self.yaml]\n" };
            SvdReadResult r = Apply("_svd: chip.svd\n_include: [missing.yaml, self.yaml]\n", more);
            SvdDiagnostic missing = r.Diagnostics.Single(d => d.Id == "PACGEN302");
            Assert.Equal(("/p/dev.yaml", 2, 12), (missing.File!.Replace('\\', '/'), missing.Position.Line, missing.Position.Column));
            SvdDiagnostic cycle = r.Diagnostics.Single(d => d.Id == "PACGEN303");
            Assert.Equal("/p/self.yaml", cycle.File!.Replace('\\', '/'));
            Assert.Null(r.Device);

            // A patch that loads is applied: an unknown command is an error, a spec matching nothing a warning.
            r = Apply("_svd: chip.svd\n_include: []\n_bogus: 1\nNOPE:\n  X: {}\n");
            Assert.Equal((3, 1), (r.Diagnostics.Single(d => d.Id == "PACGEN301").Position.Line, r.Diagnostics.Single(d => d.Id == "PACGEN301").Position.Column));
            SvdDiagnostic noMatch = r.Diagnostics.Single(d => d.Id == "PACGEN304");
            Assert.Equal(SvdSeverity.Warning, noMatch.Severity);
            Assert.Equal(4, noMatch.Position.Line);
            Assert.Null(r.Device);
        }

        [Fact]
        public void InvalidYamlIsReportedAndNothingIsPatched()
        {
            SvdReadResult r = Apply("_svd: chip.svd\nGPIOA: [unclosed\n");
            SvdDiagnostic d = Assert.Single(r.Diagnostics, x => x.Id == "PACGEN300");
            Assert.Equal("/p/dev.yaml", d.File!.Replace('\\', '/'));
            Assert.True(d.Position.Line >= 2);
            Assert.Null(r.Device);
        }

        [Fact]
        public void AModificationThatBreaksTheSvdIsReportedAtTheYamlLine()
        {
            // An addressOffset that is not a number is written into the tree; the parser's PACGEN006 points at the YAML.
            SvdReadResult r = Apply("_svd: chip.svd\nGPIOA:\n  _add:\n    BAD:\n      addressOffset: 0x10\n      size: 12\n");
            SvdDiagnostic d = r.Diagnostics.First(x => x.Severity == SvdSeverity.Error);
            Assert.Equal("/p/dev.yaml", d.File!.Replace('\\', '/'));
            Assert.InRange(d.Position.Line, 4, 6);
        }

        [Fact]
        public void ArrayOfDifferentStridesIsAnErrorNotAHalfPatch()
        {
            SvdReadResult r = Apply("_svd: chip.svd\nGPIOA:\n  _array:\n    CH?_*: {}\n");
            Assert.Contains(r.Diagnostics, d => d.Id == "PACGEN305");
            Assert.Null(r.Device);
        }
    }
}
