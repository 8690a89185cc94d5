using System;
using System.Collections.Generic;
using System.Linq;

namespace PacGen.Performance.Tests.Arm64
{
    /// <summary>
    /// One AArch64 instruction, normalized so objdump's and the JIT's spelling of the same instruction compare equal:
    /// lower case, <c>fp</c>/<c>lr</c> as <c>x29</c>/<c>x30</c>, <c>movz</c> as <c>mov</c>, immediates in decimal
    /// (<c>#0xFE20 LSL #16</c> and <c>#0xfe20, lsl #16</c> both become <c>#65056 lsl 16</c>), comments dropped.
    /// </summary>
    /// <param name="Target">For a branch or call: the symbol, helper or label it goes to (objdump: the address when local).</param>
    internal sealed record ArmInstruction(string Mnemonic, IReadOnlyList<string> Operands, int Block, string? Target)
    {
        public bool IsCall => Mnemonic is "bl" or "blr" or "blraa" or "blrab";

        /// <summary>An unconditional branch to another function: a tail call (the JIT's labels start with G_M).</summary>
        public bool IsTailCall => Mnemonic is "b" or "br" && (Target is null || !IsLocal(Target));

        public bool IsBranch =>
            Mnemonic is "b" or "br" or "cbz" or "cbnz" or "tbz" or "tbnz" || Mnemonic.StartsWith("b.", StringComparison.Ordinal) ||
            (Mnemonic.Length == 3 && Mnemonic[0] == 'b' && Conditions.Contains(Mnemonic.Substring(1)));

        public bool IsReturn => Mnemonic == "ret";

        /// <summary>A call to the allocator (NativeAOT's RhpNew*, the JIT's CORINFO_HELP_NEW*).</summary>
        public bool IsAllocation =>
            IsCall && Target is not null &&
            (Target.StartsWith("RhpNew", StringComparison.Ordinal) || Target.StartsWith("CORINFO_HELP_NEW", StringComparison.Ordinal));

        /// <summary>The instruction with every register replaced by its width (w or x): equal under any register allocation.</summary>
        public string Masked => Mnemonic + " " + string.Join(", ", Operands.Select(ArmOperand.MaskRegisters));

        public string Text => Operands.Count == 0 ? Mnemonic : Mnemonic + " " + string.Join(", ", Operands);

        public override string ToString() => Text;

        /// <summary>Condition codes, for the JIT's <c>bne</c> spelling of <c>b.ne</c>.</summary>
        private static readonly HashSet<string> Conditions = new(StringComparer.Ordinal)
        {
            "eq", "ne", "cs", "hs", "cc", "lo", "mi", "pl", "vs", "vc", "hi", "ls", "ge", "lt", "gt", "le", "al",
        };

        private static bool IsLocal(string target) =>
            target.StartsWith("G_M", StringComparison.Ordinal) || target.All(Uri.IsHexDigit);
    }

    /// <summary>One method's AArch64 code: from objdump (NativeAOT) or from <c>DOTNET_JitDisasm</c> (the JIT).</summary>
    internal sealed record ArmListing(string Method, string Tier, IReadOnlyList<ArmInstruction> Instructions)
    {
        /// <summary>
        /// The instructions without the blocks that allocate. For a form measured to allocate nothing per call,
        /// those blocks are not on the path taken: they are the compiler's one-time creation of its cached lambda.
        /// </summary>
        public IReadOnlyList<ArmInstruction> WithoutAllocatingBlocks
        {
            get
            {
                var allocating = new HashSet<int>(Instructions.Where(instruction => instruction.IsAllocation).Select(instruction => instruction.Block));
                return Instructions.Where(instruction => !allocating.Contains(instruction.Block)).ToList();
            }
        }

        public int Calls => Instructions.Count(instruction => instruction.IsCall || instruction.IsTailCall);
    }
}
