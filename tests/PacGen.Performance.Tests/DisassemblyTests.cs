using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Xunit.Abstractions;

namespace PacGen.Performance.Tests
{
    /// <summary>
    /// "Zero-cost" made checkable: the tier-1 code of each generated-API form, with Dynamic PGO on and off, against
    /// hand-written volatile MMIO. Skips (passes vacuously, saying so) where the probe cannot run: not Linux x64.
    /// </summary>
    public sealed class DisassemblyTests : IClassFixture<ProbeRuns>
    {
        /// <summary>Forms that must compile to hand-written code, each with the hand-written form it is compared to.</summary>
        internal static readonly (string Form, string Baseline)[] s_folded =
        {
            ("ClosureWrite", "HandWrittenWrite"),
            ("StateWrite", "HandWrittenWrite"),
            ("ClosureModify", "HandWrittenModify"),
            ("StateModify", "HandWrittenModify"),
        };

        private readonly ProbeRuns _runs;
        private readonly ITestOutputHelper _output;

        public DisassemblyTests(ProbeRuns runs, ITestOutputHelper output)
        {
            _runs = runs;
            _output = output;
        }

        [Fact]
        public void ValueFormWriteIsInstructionIdenticalToHandWrittenCode()
        {
            foreach (ProbeRun run in Runs())
            {
                Assert.Equal(Listing(run, "HandWrittenWrite").Texts, Listing(run, "ValueFormWrite").Texts);
            }
        }

        [Fact]
        public void ValueFormModifyAndReadComputeLikeHandWrittenCodeWithoutCalls()
        {
            foreach (ProbeRun run in Runs())
            {
                foreach ((string form, string baseline) in new[] { ("ValueFormModify", "HandWrittenModify"), ("GeneratedRead", "HandWrittenRead") })
                {
                    MethodListing actual = Listing(run, form);
                    MethodListing expected = Listing(run, baseline);
                    AssertSameWork(run, form, actual.Instructions, expected.Instructions);
                    // At most the address loaded into a register instead of encoded in the access (mov reg, imm).
                    Assert.True(
                        actual.Instructions.Count <= expected.Instructions.Count + 2,
                        run.Configuration + ": " + form + " has " + actual.Instructions.Count + " instructions, hand-written " + expected.Instructions.Count);
                }
            }
        }

        [Fact]
        public void InterceptedClosuresHaveNoCallOnTheirPathAndStoreWhatHandWrittenCodeStores()
        {
            foreach (ProbeRun run in Runs())
            {
                foreach ((string form, string baseline) in s_folded)
                {
                    MethodListing actual = Listing(run, form);
                    MethodListing expected = Listing(run, baseline);
                    Assert.Equal(0, run.Allocations[form]);
                    AssertSameWork(run, form, actual.WithoutAllocatingBlocks, expected.Instructions);
                    // What may come on top: the compiler's cached-lambda null check (load, compare, branch), the frame
                    // that the one-time lambda creation needs, and the receiver spilled around it.
                    var handWritten = new HashSet<string>(expected.Texts);
                    Assert.All(actual.WithoutAllocatingBlocks.Where(extra => !handWritten.Contains(extra.Text)), extra => Assert.True(
                        IsOverhead(extra), run.Configuration + ": " + form + " has unexpected " + extra));
                }
            }
        }

        [Fact]
        public void UnfoldedDelegatesStillCallTheirDelegate()
        {
            // The counter-check: the same comparison tells a real delegate call apart.
            foreach (ProbeRun run in Runs())
            {
                foreach (string form in new[] { "DelegateWrite", "DelegateModify" })
                {
                    // With PGO on the JIT guesses the target and puts the call behind a guard; without PGO it may not
                    // even inline the register's Modify. Either way a call remains.
                    Assert.Contains(Listing(run, form).Instructions, instruction => instruction.IsCall);
                }
            }
        }

        [Fact]
        public void EveryDocumentedFormAllocatesNothing()
        {
            foreach (ProbeRun run in Runs())
            {
                ProbeRun.AssertDocumentedFormsAllocateNothing(run.Configuration, run.Allocations);
            }
        }

        [Fact]
        public void PrintsTheInstructionCountTable()
        {
            var table = new StringBuilder();
            table.AppendLine("| form | JIT config | instructions | without one-time lambda creation | calls | bytes / call |");
            table.AppendLine("|---|---|---:|---:|---:|---:|");
            foreach (ProbeRun run in Runs())
            {
                foreach (MethodListing listing in run.Listings.Values.OrderBy(listing => Order(JitListing.ShortName(listing.Method))))
                {
                    string name = JitListing.ShortName(listing.Method);
                    long bytes = run.Allocations.TryGetValue(name, out long allocated) ? allocated : -1;
                    table.Append("| ").Append(name).Append(" | ").Append(run.Configuration)
                        .Append(" | ").Append(listing.Instructions.Count.ToString(CultureInfo.InvariantCulture))
                        .Append(" | ").Append(bytes == 0 ? listing.WithoutAllocatingBlocks.Count.ToString(CultureInfo.InvariantCulture) : "-")
                        .Append(" | ").Append(listing.Instructions.Count(instruction => instruction.IsCall).ToString(CultureInfo.InvariantCulture))
                        .Append(" | ").Append(bytes < 0 ? "-" : (bytes / 1000.0).ToString("0.##", CultureInfo.InvariantCulture))
                        .AppendLine(" |");
                }
            }

            _output.WriteLine(table.ToString());
            Assert.True(_runs.Probe is null || table.Length > 200);
        }

        /// <summary>Same stores (value and width) and the same value arithmetic, in order; no call at all.</summary>
        private static void AssertSameWork(ProbeRun run, string form, IReadOnlyList<Instruction> actual, IReadOnlyList<Instruction> expected)
        {
            string context = run.Configuration + ": " + form;
            Assert.DoesNotContain(actual, instruction => instruction.IsCall);
            Assert.Equal(
                expected.Where(instruction => instruction.IsMemoryStore).Select(StoreShape).ToList(),
                actual.Where(instruction => instruction.IsMemoryStore).Select(StoreShape).ToList());
            List<string> expectedArithmetic = expected.Where(instruction => instruction.IsValueArithmetic).Select(instruction => instruction.Shape).ToList();
            List<string> actualArithmetic = actual.Where(instruction => instruction.IsValueArithmetic).Select(instruction => instruction.Shape).ToList();
            Assert.True(expectedArithmetic.SequenceEqual(actualArithmetic), context + ": arithmetic " + string.Join("; ", actualArithmetic) + " differs from " + string.Join("; ", expectedArithmetic));
        }

        /// <summary>A store as width + value: immediates compare exactly, registers as "reg" (allocation differs).</summary>
        private static string StoreShape(Instruction store)
        {
            string width = store.Destination.Split(' ')[0];
            return width + " <- " + (char.IsDigit(store.Source[0]) || store.Source[0] == '-' ? store.Source : "reg");
        }

        /// <summary>Frame, spill, address and cached-lambda-check instructions (stores and arithmetic are compared separately).</summary>
        private static bool IsOverhead(Instruction instruction) =>
            instruction.IsMemoryStore || instruction.IsValueArithmetic ||
            instruction.Mnemonic is "push" or "pop" or "sub" or "add" or "lea" or "je" or "jne" or "jmp" or "test" or "cmp" or "nop" or "ret" ||
            (instruction.Mnemonic == "xor" && instruction.Operands.Split(',').Select(part => part.Trim()).Distinct().Count() == 1) ||
            (instruction.Mnemonic.StartsWith("mov", StringComparison.Ordinal) && !instruction.IsMemoryStore);

        private static int Order(string name) => Array.IndexOf(ProbeRun.Forms, name) is var index and >= 0 ? index : 99;

        private static MethodListing Listing(ProbeRun run, string form)
        {
            Assert.True(run.Listings.TryGetValue(form, out MethodListing? listing), run.Configuration + ": no tier-1 listing of " + form + " (tiering did not finish?)");
            return listing!;
        }

        private IEnumerable<ProbeRun> Runs()
        {
            if (_runs.Probe is null)
            {
                _output.WriteLine("skipped: the probe maps device addresses with Linux x64 mmap");
            }
            else
            {
                Assert.Equal(2, _runs.Runs.Count); // never pass vacuously where the probe can run
            }

            return _runs.Runs;
        }
    }
}
