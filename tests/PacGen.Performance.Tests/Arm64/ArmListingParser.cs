using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace PacGen.Performance.Tests.Arm64
{
    /// <summary>
    /// Reads AArch64 listings: objdump's (<c>aarch64-linux-gnu-objdump -d --no-show-raw-insn --disassemble=SYMBOL</c>,
    /// what scripts/aot-disasm.sh writes per NativeAOT form) and the JIT's (<c>DOTNET_JitDisasm</c>, split into methods
    /// by <see cref="JitListing.Parse"/>, whose blocks are the JIT's labels).
    /// </summary>
    internal static class ArmListingParser
    {
        // "   d5930:\tstp\tx29, x30, [sp, #-16]!"  /  "   d599c:\tcbnz\tx0, d59c8 <Forms__ClosureWrite+0x58>"
        private static readonly Regex s_objdumpLine = new(@"^\s*(?<address>[0-9a-f]+):\s+(?<mnemonic>[a-z][a-z0-9.]*)\s*(?<operands>.*)$", RegexOptions.CultureInvariant);
        private static readonly Regex s_symbolTarget = new(@"^(?<address>[0-9a-f]+) <(?<symbol>[^>+]+)(?<offset>\+0x[0-9a-f]+)?>$", RegexOptions.CultureInvariant);

        /// <summary>
        /// One function's objdump listing. Blocks start at every local branch target and after every branch or
        /// return, so the compiler's out-of-line one-time blocks are told apart as the JIT's labels tell them apart.
        /// </summary>
        public static ArmListing ParseObjdump(string method, string text)
        {
            var raw = new List<(ulong Address, string Mnemonic, string Operands)>();
            foreach (string line in text.Split('\n'))
            {
                Match match = s_objdumpLine.Match(line.TrimEnd('\r'));
                if (match.Success)
                {
                    string operands = match.Groups["operands"].Value;
                    int comment = operands.IndexOf("//", StringComparison.Ordinal);
                    operands = (comment >= 0 ? operands.Substring(0, comment) : operands).Trim();
                    raw.Add((ulong.Parse(match.Groups["address"].Value, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture), match.Groups["mnemonic"].Value, operands));
                }
            }

            var instructions = new List<ArmInstruction>();
            var parsed = raw.Select(entry => (entry.Address, entry.Mnemonic, Split: SplitTarget(entry.Operands, method))).ToList();
            var targets = new HashSet<ulong>(parsed.Where(entry => entry.Split.LocalTarget is not null).Select(entry => entry.Split.LocalTarget!.Value));
            int block = 0;
            bool endsBlock = false;
            foreach ((ulong address, string mnemonic, (IReadOnlyList<string> operands, string? target, ulong? _) split) in parsed)
            {
                if (endsBlock || (targets.Contains(address) && instructions.Count > 0))
                {
                    block++;
                }

                var instruction = new ArmInstruction(mnemonic, split.operands, block, split.target);
                instructions.Add(instruction);
                endsBlock = instruction.IsBranch || instruction.IsReturn;
            }

            return new ArmListing(method, "NativeAOT", instructions);
        }

        /// <summary>The tier-1 (or fully optimized) AArch64 listings in a <c>DOTNET_JitDisasm</c> output, by short name.</summary>
        public static IReadOnlyDictionary<string, ArmListing> ParseJitOptimized(string text)
        {
            var result = new Dictionary<string, ArmListing>(StringComparer.Ordinal);
            foreach (MethodListing listing in JitListing.Parse(text))
            {
                if (listing.Tier is "Tier1" or "FullOpts" or "Tier1-OSR")
                {
                    var instructions = listing.Instructions
                        .Select(instruction =>
                        {
                            IReadOnlyList<string> operands = ArmOperand.Split(instruction.Operands);
                            var arm = new ArmInstruction(instruction.Mnemonic.ToLowerInvariant(), operands, instruction.Block, null);
                            return arm.IsCall || arm.IsBranch ? JitTarget(arm, instruction.Operands) : arm;
                        })
                        .Select(instruction => instruction.Mnemonic == "movz" ? instruction with { Mnemonic = "mov" } : instruction)
                        .Select(instruction => instruction.IsReturn ? instruction with { Operands = Array.Empty<string>() } : instruction)
                        .ToList();
                    result[JitListing.ShortName(listing.Method)] = new ArmListing(listing.Method, listing.Tier, instructions);
                }
            }

            return result;
        }

        /// <summary>The JIT names a call's target (<c>bl CORINFO_HELP_NEWSFAST</c>) and a branch's label (<c>cbz x0, G_M000_IG05</c>).</summary>
        private static ArmInstruction JitTarget(ArmInstruction instruction, string rawOperands)
        {
            string last = rawOperands.Split(',')[^1].Trim();
            bool isName = last.Length > 0 && (char.IsLetter(last[0]) || last[0] == '[') && ArmOperand.Register(last.ToLowerInvariant()) is null;
            if (!isName)
            {
                return instruction;
            }

            return instruction with { Target = last, Operands = instruction.Operands.Take(instruction.Operands.Count - 1).ToList() };
        }

        /// <summary>objdump's <c>d59c8 &lt;sym+0x58&gt;</c> operand: a local address when within this method, else the symbol.</summary>
        private static (IReadOnlyList<string> Operands, string? Target, ulong? LocalTarget) SplitTarget(string operands, string method)
        {
            IReadOnlyList<string> split = ArmOperand.Split(operands);
            if (split.Count == 0)
            {
                return (split, null, null);
            }

            // The target keeps objdump's case: symbols are case-sensitive (Normalize lowered the operand).
            string rawLast = operands.Split(',')[^1].Trim();
            Match match = s_symbolTarget.Match(rawLast);
            if (!match.Success)
            {
                return (split, null, null);
            }

            IReadOnlyList<string> rest = split.Take(split.Count - 1).ToList();
            string symbol = match.Groups["symbol"].Value;
            if (symbol.EndsWith("__" + method, StringComparison.Ordinal))
            {
                ulong address = ulong.Parse(match.Groups["address"].Value, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
                return (rest, match.Groups["address"].Value, address);
            }

            return (rest, symbol, null);
        }
    }
}
