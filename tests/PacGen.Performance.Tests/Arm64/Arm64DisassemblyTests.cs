using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Xunit.Abstractions;

namespace PacGen.Performance.Tests.Arm64
{
    /// <summary>
    /// The zero-cost check on the Raspberry Pi 4's instruction set: the probe's forms as NativeAOT and tier-1 JIT
    /// (PGO on and off) arm64 code, built by scripts/aot-disasm.sh and run under qemu-aarch64, against hand-written
    /// volatile MMIO. The assertions are the x64 check's (<see cref="DisassemblyTests"/>), read through
    /// <see cref="ArmDataflow"/>. Skips (passes, saying why in the CI log and the test output) where the tools are missing.
    /// </summary>
    public sealed class Arm64DisassemblyTests : IClassFixture<Arm64Runs>
    {
        private readonly Arm64Runs _runs;
        private readonly ITestOutputHelper _output;

        public Arm64DisassemblyTests(Arm64Runs runs, ITestOutputHelper output)
        {
            _runs = runs;
            _output = output;
        }

        [Fact]
        public void ValueFormWriteIsTheHandWrittenCodeUpToRegisterNames()
        {
            foreach (Arm64Run run in Runs())
            {
                AssertPasses(run, "ValueFormWrite", ArmZeroCostCheck.Identical(Listing(run, "ValueFormWrite"), Listing(run, "HandWrittenWrite"), compareResult: false));
            }
        }

        [Fact]
        public void ValueFormModifyAndReadDoTheHandWrittenWorkWithoutCalls()
        {
            foreach (Arm64Run run in Runs())
            {
                AssertPasses(run, "ValueFormModify", ArmZeroCostCheck.SameWork(Listing(run, "ValueFormModify"), Listing(run, "HandWrittenModify"), compareResult: false, extraInstructions: 2));
                AssertPasses(run, "GeneratedRead", ArmZeroCostCheck.SameWork(Listing(run, "GeneratedRead"), Listing(run, "HandWrittenRead"), compareResult: true, extraInstructions: 2));
            }
        }

        [Fact]
        public void InterceptedClosuresHaveNoCallOnTheirPathAndDoTheHandWrittenWork()
        {
            foreach (Arm64Run run in Runs())
            {
                foreach ((string form, string baseline) in DisassemblyTests.s_folded)
                {
                    Assert.True(run.Allocations[form] == 0, run.Configuration + ": " + form + " allocated " + run.Allocations[form] + " bytes in 1000 calls");
                    AssertPasses(run, form, ArmZeroCostCheck.Folded(Listing(run, form), Listing(run, baseline)));
                }
            }
        }

        [Fact]
        public void TheCheckRejectsTheFormsThatAreNotZeroCost()
        {
            // The counter-check on real arm64 code: a stored delegate (and a capturing closure) put through the
            // folded-form check must fail it, for the call it keeps.
            foreach (Arm64Run run in Runs())
            {
                foreach ((string form, string baseline) in new[] { ("DelegateWrite", "HandWrittenWrite"), ("DelegateModify", "HandWrittenModify"), ("CapturingWrite", "HandWrittenWrite") })
                {
                    IReadOnlyList<string> problems = ArmZeroCostCheck.Folded(Listing(run, form), Listing(run, baseline));
                    Assert.True(problems.Count > 0, run.Configuration + ": " + form + " passed the folded-form check");
                    _output.WriteLine(run.Configuration + ": " + form + " rejected: " + string.Join(" | ", problems));
                }
            }
        }

        [Fact]
        public void EveryDocumentedFormAllocatesNothing()
        {
            foreach (Arm64Run run in Runs())
            {
                ProbeRun.AssertDocumentedFormsAllocateNothing(run.Configuration, run.Allocations);
            }
        }

        [Fact]
        public void PrintsTheArm64Table()
        {
            var table = new StringBuilder();
            table.Append("| form |");
            foreach (Arm64Run run in Runs())
            {
                table.Append(' ').Append(run.Configuration).Append(": instructions | on the path | calls |");
            }

            table.AppendLine(" bytes / call (" + string.Join(" / ", _runs.Runs.Select(run => run.Configuration)) + ", where they differ) |");
            table.Append("|---|").Append(string.Concat(Enumerable.Repeat("---:|---:|---:|", _runs.Runs.Count))).AppendLine("---:|");
            foreach (string form in ProbeRun.Forms)
            {
                table.Append("| ").Append(form).Append(" |");
                foreach (Arm64Run run in _runs.Runs)
                {
                    ArmListing listing = Listing(run, form);
                    bool allocatesNothing = run.Allocations.TryGetValue(form, out long bytes) && bytes == 0;
                    table.Append(' ').Append(listing.Instructions.Count.ToString(CultureInfo.InvariantCulture))
                        .Append(" | ").Append(allocatesNothing ? listing.WithoutAllocatingBlocks.Count.ToString(CultureInfo.InvariantCulture) : "–")
                        .Append(" | ").Append(listing.Calls.ToString(CultureInfo.InvariantCulture)).Append(" |");
                }

                List<string> perCall = _runs.Runs.Select(run => (run.Allocations[form] / 1000.0).ToString("0.##", CultureInfo.InvariantCulture)).ToList();
                table.AppendLine(" " + (perCall.Distinct().Count() == 1 ? perCall[0] : string.Join(" / ", perCall)) + " |");
            }

            _output.WriteLine(table.ToString());
            Assert.True(_runs.Runs.Count == 0 || table.Length > 400);
        }

        private static void AssertPasses(Arm64Run run, string form, IReadOnlyList<string> problems) =>
            Assert.True(problems.Count == 0, run.Configuration + ": " + form + ": " + string.Join(" | ", problems) + "\n" + string.Join("\n", Listing(run, form).Instructions));

        private static ArmListing Listing(Arm64Run run, string form)
        {
            Assert.True(run.Listings.TryGetValue(form, out ArmListing? listing), run.Configuration + ": no listing of " + form);
            return listing!;
        }

        private IReadOnlyList<Arm64Run> Runs()
        {
            Assert.True(_runs.Failure is null, _runs.Failure);
            if (_runs.SkipReason is not null)
            {
                _output.WriteLine("skipped: " + _runs.SkipReason);
            }
            else
            {
                Assert.Equal(3, _runs.Runs.Count); // never pass vacuously where the tools are present
            }

            return _runs.Runs;
        }
    }
}
