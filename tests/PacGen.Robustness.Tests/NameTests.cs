using System.Linq;
using PacGen.Robustness.Tests.Support;
using Xunit;

namespace PacGen.Robustness.Tests
{
    /// <summary>
    /// Names C# cannot take as they are, or that collide once cased or with the members PacGen generates: the
    /// output compiles, and every change is a PACGEN101 warning naming the new identifier.
    /// </summary>
    public sealed class NameTests
    {
        public static readonly TheoryData<string> HostileNames = new TheoryData<string>
        {
            "class", "int", "namespace", "string", "object", "value", "var", "this", "base", "true", "null", "default",
            "1ST", "0", "42_UP", "MY REG", "A.B", "A-B", "A[0]", "Ünïcödé", "寄存器", "R\u00A0X", "_", "__", "a_", "@class",
            "Read", "Write", "Modify", "Reset", "Instance", "ToString", "Equals", "GetHashCode", "GetType", "Bits", "W", "R",
            "Zero", "Value", "Address", "Mask", "Offset", "ResetValue", "Hostile", "P", "Finalize", "MemberwiseClone",
        };

        [Theory]
        [MemberData(nameof(HostileNames))]
        public void Hostile_name_at_every_level_compiles(string name)
        {
            string escaped = System.Security.SecurityElement.Escape(name)!;
            // The same name for a peripheral, a cluster, a register, a field and an enumerated value (and as a sibling
            // of names the emitter derives members from), so collisions inside each generated type are exercised.
            string field = SvdDoc.Field(escaped, 0, 2, inner:
                "<enumeratedValues><name>" + escaped + "</name><enumeratedValue><name>" + escaped + "</name><value>1</value></enumeratedValue>" +
                "<enumeratedValue><name>" + escaped + "_</name><value>2</value></enumeratedValue></enumeratedValues>") +
                SvdDoc.Field("Bits", 2, 1) + SvdDoc.Field("Read", 3, 1) + SvdDoc.Field("W", 4, 1) + SvdDoc.Field(escaped + "x", 5, 1);
            string registers =
                SvdDoc.Register(field, name: escaped) +
                SvdDoc.Register(SvdDoc.Field("F", 0, 1), name: "Instance", offset: "4") +
                "<cluster><name>" + escaped + "</name><addressOffset>0x20</addressOffset>\n" + SvdDoc.Register(field, name: escaped) + "</cluster>\n";
            string text = SvdDoc.Device(SvdDoc.Peripheral(registers, escaped) + SvdDoc.Peripheral(SvdDoc.Register(field), "Instance", baseAddress: "0x50000000"));
            foreach (string style in new[] { "CSharp", "Svd" })
            {
                ChainRun run = Chain.Check(text, nameStyle: style);
                Assert.NotEmpty(run.Sources);
            }
        }

        [Theory]
        [InlineData("Instance")]
        [InlineData("DefaultBaseAddress")]
        [InlineData("BaseAddress")]
        [InlineData("Device")]
        [InlineData("Interrupt")]
        public void Peripheral_named_like_a_generated_member_is_renamed_with_PACGEN101(string name)
        {
            ChainRun run = Chain.Check(SvdDoc.Device(SvdDoc.Peripheral(SvdDoc.Register(SvdDoc.Field("F", 0, 1)), name)));
            Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "PACGEN101" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("'" + name + "'", System.StringComparison.Ordinal));
        }

        /// <summary>
        /// Fuzzer finding (seed 20261121, mutant 791, bcm2835 VCMAILBOX renamed vcmailbox): with NameStyle=Svd two
        /// peripherals differing only in case are two valid types, but their files' hint names collided ignoring case
        /// and AddSource threw (PACGEN100 in the output stage; CS8785 before the guard). Fixed in Planning/HintNames.
        /// </summary>
        [Fact]
        public void Peripherals_differing_only_in_case_get_distinct_files_with_NameStyle_Svd()
        {
            string text = SvdDoc.Device(
                SvdDoc.Peripheral(SvdDoc.Register(SvdDoc.Field("F", 0, 1)), "VCMAILBOX") +
                SvdDoc.Peripheral(SvdDoc.Register(SvdDoc.Field("F", 0, 1), name: "S"), "vcmailbox", baseAddress: "0x50000000"));
            ChainRun run = Chain.Check(text, nameStyle: "Svd");
            Assert.Equal(3, run.Sources.Count);
        }

        [Fact]
        public void Names_colliding_after_pascal_casing_stay_distinct()
        {
            string text = SvdDoc.WithFields(
                SvdDoc.Field("FOO_BAR", 0, 1) + SvdDoc.Field("FooBar", 1, 1) + SvdDoc.Field("foo bar", 2, 1) + SvdDoc.Field("FOOBAR", 3, 1) +
                SvdDoc.Field("foo.bar", 4, 1) + SvdDoc.Field("FooBar_2", 5, 1));
            ChainRun run = Chain.Check(text);
            Assert.True(run.GeneratorDiagnostics.Count(d => d.Id == "PACGEN101") >= 3, run.Describe());
        }

        [Fact]
        public void Empty_and_blank_names_are_reported()
        {
            string text = SvdDoc.Device(
                SvdDoc.Peripheral(SvdDoc.Register(SvdDoc.Field("", 0, 1) + SvdDoc.Field(" ", 1, 1)) + SvdDoc.Register(name: "", offset: "4"), "") +
                SvdDoc.Peripheral(SvdDoc.Register(), "   ", baseAddress: "0x50000000"));
            ChainRun run = Chain.Check(text);
            Assert.Contains(run.Reader.Diagnostics, d => d.Position.Line > 0);
        }

        [Fact]
        public void Very_long_name_compiles()
        {
            string name = new string('A', 20_000);
            ChainRun run = Chain.Check(SvdDoc.Device(SvdDoc.Peripheral(SvdDoc.Register(SvdDoc.Field(name, 0, 1), name: name), name)));
            Assert.NotEmpty(run.Sources);
        }

        [Fact]
        public void Duplicate_peripherals_registers_fields_and_enum_values()
        {
            string fields = SvdDoc.Field("F", 0, 1) + SvdDoc.Field("F", 1, 1) + SvdDoc.Field("G", 2, 2, inner:
                "<enumeratedValues><enumeratedValue><name>E</name><value>1</value></enumeratedValue>" +
                "<enumeratedValue><name>E</name><value>2</value></enumeratedValue><enumeratedValue><name>X</name><value>1</value></enumeratedValue></enumeratedValues>");
            string registers = SvdDoc.Register(fields) + SvdDoc.Register(fields, offset: "4") + SvdDoc.Register(fields, name: "r", offset: "8");
            string text = SvdDoc.Device(SvdDoc.Peripheral(registers) + SvdDoc.Peripheral(registers) + SvdDoc.Peripheral(registers, "p", baseAddress: "0x50000000"));
            ChainRun run = Chain.Check(text);
            Assert.Contains(run.Reader.Diagnostics, d => d.Id == "PACGEN016" && d.Position.Line > 0);
        }
    }
}
