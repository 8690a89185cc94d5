using PacGen.Svd.Parsing;
using Xunit;

namespace PacGen.Svd.Tests
{
    public sealed class NumberTests
    {
        [Theory]
        [InlineData("42", 42UL)]
        [InlineData("  42\n ", 42UL)]
        [InlineData("+7", 7UL)]
        [InlineData("0x1F", 0x1FUL)]
        [InlineData("0XfE200000", 0xFE200000UL)]
        [InlineData("#101", 5UL)]
        [InlineData("0b1100", 12UL)]
        [InlineData("4k", 4096UL)]
        [InlineData("0x2K", 2048UL)]
        [InlineData("1M", 1048576UL)]
        [InlineData("0xFFFFFFFFFFFFFFFF", ulong.MaxValue)]
        public void ParsesScaledNonNegativeIntegers(string text, ulong expected)
        {
            Assert.True(SvdNumber.TryParse(text, out ulong value));
            Assert.Equal(expected, value);
        }

        [Theory]
        [InlineData("")]
        [InlineData("0x")]
        [InlineData("12abc")]
        [InlineData("-1")]
        [InlineData("#12")]
        [InlineData("#1x0")]
        [InlineData("0x1_0")]
        [InlineData("0x10000000000000000")]
        [InlineData("18446744073709551616")]
        public void RejectsMalformedNumbers(string text) => Assert.False(SvdNumber.TryParse(text, out _));

        [Theory]
        [InlineData("#1x0", 0b100UL, 0b010UL)]
        [InlineData("0bx1", 0b01UL, 0b10UL)]
        [InlineData("#XX", 0UL, 0b11UL)]
        [InlineData("3", 3UL, 0UL)]
        public void EnumValuesMayCarryDontCareBits(string text, ulong value, ulong dontCare)
        {
            Assert.True(SvdNumber.TryParseEnumValue(text, out ulong v, out ulong d));
            Assert.Equal(value, v);
            Assert.Equal(dontCare, d);
        }
    }
}
