using PacGen.Svd.Model;
using Xunit;

namespace PacGen.Svd.Tests
{
    public sealed class AtomicAliasesTests
    {
        [Theory]
        [InlineData("xor:0x1000;set:0x2000;clear:0x3000;except:SIO,PPB")]
        [InlineData("xor:0x1000 set:0x2000 clear:0x3000 except:SIO,PPB")]   // as it reaches the compiler through the .editorconfig
        [InlineData("  CLEAR:12288 ; set:0x2000;xor:4096;except:ppb,sio ")]
        public void Spellings_of_one_declaration_are_equal(string text)
        {
            AtomicAliases aliases = AtomicAliases.Parse(text);

            Assert.Equal(AtomicAliases.Parse("xor:0x1000;set:0x2000;clear:0x3000;except:SIO,PPB"), aliases);
            Assert.Equal("xor:0x1000;set:0x2000;clear:0x3000;except:PPB,SIO", aliases.ToString());
            Assert.Equal(0x3000UL, aliases.Offset(AtomicAliasKind.Clear));
            Assert.False(aliases.Covers("sio"));
            Assert.True(aliases.Covers("RESETS"));
        }

        [Theory]
        [InlineData("", "no window is declared")]
        [InlineData("except:SIO", "no window is declared")]
        [InlineData("and:0x1000", "'and:0x1000' is not kind:offset")]
        [InlineData("set:0x2000;set:0x3000", "'set' is declared twice")]
        [InlineData("set:0", "'set:0' has no valid offset")]
        [InlineData("set:0xZZ", "'set:0xZZ' has no valid offset")]
        public void Invalid_declarations_say_what_is_wrong(string text, string reason)
        {
            Assert.False(AtomicAliases.TryParse(text, out AtomicAliases? aliases, out string error));
            Assert.Null(aliases);
            Assert.StartsWith(reason, error, System.StringComparison.Ordinal);
        }
    }
}
