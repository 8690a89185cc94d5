using System.Linq;
using PacGen.Generator.Naming;
using PacGen.Testing;
using Xunit;

namespace PacGen.Generator.Tests
{
    public sealed class NamingTests
    {
        [Theory]
        [InlineData("GPFSEL4", "Gpfsel4")]
        [InlineData("SD1_DAT4", "Sd1Dat4")]
        [InlineData("PWM1_0", "Pwm1_0")]
        [InlineData("bcm2711_lpa", "Bcm2711Lpa")]
        [InlineData("GpioA", "GpioA")]
        [InlineData("OTG1_HS_GLOBAL", "Otg1HsGlobal")]
        [InlineData("STM32L0x1", "STM32L0x1")]
        [InlineData("MODESelect", "ModeSelect")]
        [InlineData("CPUPending", "CpuPending")]
        [InlineData("rxFIFO", "RxFifo")]
        [InlineData("PWMx", "PWMx")]
        [InlineData("TxEmpty", "TxEmpty")]
        public void PascalCase_recases_words(string svd, string expected)
        {
            Assert.Equal(expected, IdentifierFactory.Create(svd, NameStyle.CSharp, out bool sanitized));
            Assert.False(sanitized);
        }

        [Theory]
        [InlineData("7BIT", NameStyle.CSharp, "_7bit")]
        [InlineData("3V3_EN", NameStyle.CSharp, "_3v3En")]
        [InlineData("RX-FIFO", NameStyle.CSharp, "RxFifo")]
        [InlineData("class", NameStyle.Svd, "class_")]
        [InlineData("a.b", NameStyle.Svd, "a_b")]
        [InlineData("", NameStyle.CSharp, "_")]
        [InlineData("--", NameStyle.CSharp, "_")]
        public void Invalid_names_are_sanitized_and_reported(string svd, NameStyle style, string expected)
        {
            Assert.Equal(expected, IdentifierFactory.Create(svd, style, out bool sanitized));
            Assert.True(sanitized);
        }

        [Fact]
        public void Svd_style_keeps_names_verbatim()
        {
            Assert.Equal("GPFSEL4", IdentifierFactory.Create("GPFSEL4", NameStyle.Svd, out bool sanitized));
            Assert.False(sanitized);
        }

        [Fact]
        public void Scope_renames_collisions_in_claim_order()
        {
            var scope = new NameScope("test", "Reserved");

            Assert.Equal("Reserved_2", scope.Claim("Reserved", out bool renamedReserved));
            Assert.Equal("A", scope.Claim("A", out bool renamedFirst));
            Assert.Equal("A_2", scope.Claim("A", out bool renamedSecond));
            Assert.Equal("A_3", scope.Claim("A", out _));
            Assert.True(renamedReserved);
            Assert.False(renamedFirst);
            Assert.True(renamedSecond);
        }

        [Theory]
        [InlineData("DataSize", "SizeWord", "DataSizeWord")]
        [InlineData("DATA_SIZE", "SIZE_WORD", "DATA_SIZEWORD")]
        [InlineData("Div", "Div2", "Div2")]
        [InlineData("Drive", "Drive4mA", "Drive4mA")]
        [InlineData("Fsel42", "Output", "Fsel42Output")]
        [InlineData("Mode", "ModeInput", "ModeInput")]
        [InlineData("Enable", "Enable", "EnableEnable")]
        [InlineData("Pll", "Pllsrc", "PllPllsrc")]
        public void Joined_names_write_a_shared_word_once(string left, string right, string expected)
        {
            Assert.Equal(expected, WordJoin.Append(left, right));
        }

        [Theory]
        [InlineData("Set42", "Set", true)]
        [InlineData("SET42", "Set", true)]
        [InlineData("Clr42", "Clear", true)]
        [InlineData("ClearM3", "Clear", true)]
        [InlineData("Pif0", "Clear", false)]
        [InlineData("Setena", "Set", false)]
        [InlineData("Set42", "Clear", false)]
        public void A_field_named_for_its_action_is_recognized(string identifier, string verb, bool expected)
        {
            Assert.Equal(expected, WordJoin.StartsWithVerb(identifier, verb));
        }

        [Fact]
        public void Rp2040_variant_setters_and_enum_members_do_not_stutter()
        {
            PacGenRunResult result = PacGenTestRunner.Run(GeneratorHarness.ShippedSvd("rp2040.svd"), "rp2040.svd", "Rp2040", compile: false);
            string dma = result.Sources.Single(s => s.Key == "Rp2040.Dma.g.cs").Value;
            string pads = result.Sources.Single(s => s.Key == "Rp2040.PadsBank0.g.cs").Value;

            Assert.Contains("public W DataSizeWord()", dma);
            Assert.DoesNotContain("DataSizeSize", dma);
            Assert.Contains(" Drive4mA = ", pads);
            Assert.DoesNotContain("_4mA", pads);
        }
    }
}
