using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PacGen.Interceptors.Tests
{
    /// <summary>
    /// Issue 14's array API under the interceptor: a register array indexed by a runtime value, field-array setters
    /// whose index is a constant, the state, or arithmetic on the lambda's state parameter, and foreach over a
    /// register array — every call folds, and stores exactly what the delegates store.
    /// </summary>
    public sealed class ArrayFoldingTests
    {
        // GPFSEL[2] of FSEL[10] (3 bits, enumerated), GPSET[2] of SET[32] (1 bit, write-only register).
        private const string Svd = """
            <?xml version="1.0" encoding="utf-8"?>
            <device schemaVersion="1.3">
              <name>TINY</name>
              <width>32</width>
              <size>32</size>
              <access>read-write</access>
              <resetValue>0</resetValue>
              <resetMask>0xFFFFFFFF</resetMask>
              <peripherals>
                <peripheral>
                  <name>GPIO</name>
                  <baseAddress>0x40000000</baseAddress>
                  <addressBlock><offset>0</offset><size>0x100</size><usage>registers</usage></addressBlock>
                  <registers>
                    <register>
                      <dim>2</dim><dimIncrement>4</dimIncrement>
                      <name>GPFSEL[%s]</name>
                      <addressOffset>0x0</addressOffset>
                      <fields>
                        <field>
                          <dim>10</dim><dimIncrement>3</dimIncrement>
                          <name>FSEL%s</name><bitOffset>0</bitOffset><bitWidth>3</bitWidth>
                          <enumeratedValues>
                            <name>FunctionSelect</name>
                            <enumeratedValue><name>INPUT</name><value>0</value></enumeratedValue>
                            <enumeratedValue><name>OUTPUT</name><value>1</value></enumeratedValue>
                            <enumeratedValue><name>ALT0</name><value>4</value></enumeratedValue>
                          </enumeratedValues>
                        </field>
                      </fields>
                    </register>
                    <register>
                      <dim>2</dim><dimIncrement>4</dimIncrement>
                      <name>GPSET[%s]</name>
                      <addressOffset>0x10</addressOffset>
                      <access>write-only</access>
                      <fields>
                        <field><dim>32</dim><dimIncrement>1</dimIncrement><name>SET%s</name><bitOffset>0</bitOffset><bitWidth>1</bitWidth></field>
                      </fields>
                    </register>
                  </registers>
                </peripheral>
              </peripherals>
            </device>
            """;

        private const string Program = """
            using Tiny;

            namespace App
            {
                public static class Program
                {
                    public static unsafe uint[] Run(nuint memory, int pin)
                    {
                        var gpio = new Gpio(memory);
                        var words = (uint*)memory;
                        var seen = new System.Collections.Generic.List<uint>();
                        gpio.Gpfsel[pin / 10].Write(w => w.Fsel(3, Gpio.FunctionSelect.Output));
                        seen.Add(words[1]);
                        gpio.Gpfsel[pin / 10].Modify(pin % 10, static (r, w, index) => w.Fsel(index, Gpio.FunctionSelect.Alt0));
                        seen.Add(words[1]);
                        gpio.Gpset[pin / 32].Write(pin, static (w, p) => w.Set(p % 32, true));
                        seen.Add(words[4 + (pin / 32)]);
                        foreach (var bank in gpio.Gpfsel)
                        {
                            bank.Write(w => w.Fsel(9, Gpio.FunctionSelect.Output));
                        }

                        seen.Add(words[0]);
                        seen.Add(words[1]);
                        return seen.ToArray();
                    }
                }
            }
            """;

        [Fact]
        public void RuntimeIndicesAndForeachFold()
        {
            (Compilation output, ImmutableArray<Diagnostic> diagnostics, string interceptors) =
                SvdEndToEndTests.Run(Program, Svd, interceptorsEnabled: true);

            CompilationHarness.AssertNoErrors(diagnostics);
            Assert.Equal(4, interceptors.Split("InterceptsLocation(1, ").Length - 1);
            Assert.Contains(".Fsel((int)(3), (global::Tiny.Gpio.FunctionSelect)(1))", interceptors, StringComparison.Ordinal);
            Assert.NotNull(output);
        }

        [Fact]
        public void FoldedArrayCallsStoreWhatTheDelegatesStore()
        {
            uint[] Execute(bool interceptorsEnabled) => SvdEndToEndTests.RunProgram(Program, Svd, interceptorsEnabled, 13);

            uint[] folded = Execute(interceptorsEnabled: true);

            Assert.Equal(Execute(interceptorsEnabled: false), folded);
            // Pin 13: GPFSEL1 FSEL3 = OUTPUT (bit 9), then FSEL3 = ALT0 (4 << 9) by Modify; GPSET0 bit 13;
            // foreach: FSEL9 = OUTPUT (1 << 27) written from reset into both banks.
            Assert.Equal(new uint[] { 1u << 9, 4u << 9, 1u << 13, 1u << 27, 1u << 27 }, folded);
        }
    }
}
