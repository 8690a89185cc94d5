using System;
using System.Collections.Generic;
using System.Linq;

namespace PacGen.Performance.Tests.Arm64
{
    /// <summary>
    /// The zero-cost assertions on AArch64, as lists of problems (empty = the form passes), so a test can also
    /// assert that a form that is not zero-cost is rejected. Effects come from <see cref="ArmDataflow"/>: same
    /// volatile loads and stores, same values, same order — whatever registers each compiler chose.
    /// </summary>
    internal static class ArmZeroCostCheck
    {
        /// <summary>What may sit on a folded form's path besides the hand-written instructions (frame, spill, cache check).</summary>
        private static readonly HashSet<string> s_overhead = new(StringComparer.Ordinal)
        {
            "stp", "ldp", "str", "ldr", "stur", "ldur", "mov", "movz", "movk", "adr", "adrp", "add", "sub",
            "cbz", "cbnz", "b", "nop", "ret",
        };

        /// <summary>
        /// The same instructions as the hand-written code up to register names and the order of independent
        /// instructions: equal count, equal instructions with registers masked (as multisets) and equal effects
        /// (and result, for a method that returns one: in a void method x0 holds whatever was computed last).
        /// </summary>
        public static IReadOnlyList<string> Identical(ArmListing form, ArmListing handWritten, bool compareResult)
        {
            var problems = new List<string>();
            if (form.Instructions.Count != handWritten.Instructions.Count)
            {
                problems.Add(form.Instructions.Count + " instructions, hand-written " + handWritten.Instructions.Count);
            }

            List<string> extra = Difference(form.Instructions.Select(i => i.Masked), handWritten.Instructions.Select(i => i.Masked));
            List<string> missing = Difference(handWritten.Instructions.Select(i => i.Masked), form.Instructions.Select(i => i.Masked));
            if (extra.Count > 0 || missing.Count > 0)
            {
                problems.Add("instructions differ: extra [" + string.Join("; ", extra) + "], missing [" + string.Join("; ", missing) + "]");
            }

            problems.AddRange(SameEffects(ArmDataflow.Evaluate(form.Instructions), ArmDataflow.Evaluate(handWritten.Instructions), compareResult));
            return problems;
        }

        /// <summary>No call, the hand-written loads and stores (and result), at most <paramref name="extraInstructions"/> more instructions.</summary>
        public static IReadOnlyList<string> SameWork(ArmListing form, ArmListing handWritten, bool compareResult, int extraInstructions)
        {
            var problems = new List<string>(SameEffects(ArmDataflow.Evaluate(form.Instructions), ArmDataflow.Evaluate(handWritten.Instructions), compareResult));
            if (form.Instructions.Count > handWritten.Instructions.Count + extraInstructions)
            {
                problems.Add(form.Instructions.Count + " instructions, hand-written " + handWritten.Instructions.Count + " (at most " + extraInstructions + " more allowed)");
            }

            return problems;
        }

        /// <summary>
        /// An intercepted closure: on its path (without the one-time lambda creation blocks) no call, the
        /// hand-written effects, and otherwise only frame, spill, address and cached-lambda-check instructions.
        /// </summary>
        public static IReadOnlyList<string> Folded(ArmListing form, ArmListing handWritten)
        {
            IReadOnlyList<ArmInstruction> path = form.WithoutAllocatingBlocks;
            var problems = new List<string>(SameEffects(ArmDataflow.Evaluate(path), ArmDataflow.Evaluate(handWritten.Instructions), compareResult: false));
            var handWrittenShapes = new HashSet<string>(handWritten.Instructions.Select(i => i.Masked), StringComparer.Ordinal);
            foreach (ArmInstruction instruction in path.Where(i => !handWrittenShapes.Contains(i.Masked) && !s_overhead.Contains(i.Mnemonic)))
            {
                problems.Add("unexpected " + instruction.Text);
            }

            return problems;
        }

        private static IEnumerable<string> SameEffects(ArmEffects actual, ArmEffects expected, bool compareResult)
        {
            foreach (string call in actual.Calls)
            {
                yield return "has a " + call;
            }

            List<string> actualMemory = actual.MemoryEffects.ToList();
            List<string> expectedMemory = expected.MemoryEffects.ToList();
            if (!actualMemory.SequenceEqual(expectedMemory, StringComparer.Ordinal))
            {
                yield return "memory effects [" + string.Join("; ", actualMemory) + "] differ from hand-written [" + string.Join("; ", expectedMemory) + "]";
            }

            if (compareResult && actual.Returned != expected.Returned)
            {
                yield return "returns " + actual.Returned + ", hand-written " + expected.Returned;
            }
        }

        /// <summary>Multiset difference a − b.</summary>
        private static List<string> Difference(IEnumerable<string> a, IEnumerable<string> b)
        {
            var remaining = b.GroupBy(s => s, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var result = new List<string>();
            foreach (string item in a)
            {
                if (remaining.TryGetValue(item, out int count) && count > 0)
                {
                    remaining[item] = count - 1;
                }
                else
                {
                    result.Add(item);
                }
            }

            return result;
        }
    }
}
