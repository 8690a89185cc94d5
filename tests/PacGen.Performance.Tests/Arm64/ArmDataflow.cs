using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace PacGen.Performance.Tests.Arm64
{
    /// <summary>What a straight-line run of AArch64 code does to the world, independent of register allocation.</summary>
    /// <param name="Effects">
    /// Memory effects in program order: volatile loads (<c>ldar</c>/<c>ldapr</c>), volatile stores (<c>stlr</c>), plain
    /// stores outside the stack frame, barriers and calls, each with its address and value as an expression of
    /// constants, arguments and earlier loads (<c>store.release.32 [0xFE200010] &lt;- 0x40</c>).
    /// </param>
    /// <param name="Returned">The expression in x0 at the return: the result of a method that returns a value.</param>
    internal sealed record ArmEffects(IReadOnlyList<string> Effects, string Returned)
    {
        public IEnumerable<string> Calls => Effects.Where(effect => effect.StartsWith("call", StringComparison.Ordinal));

        public IEnumerable<string> MemoryEffects => Effects.Where(effect => !effect.StartsWith("call", StringComparison.Ordinal));
    }

    /// <summary>
    /// Symbolic evaluation of the instructions in listing order (the path taken when the blocks left out are
    /// the one-time ones): each register holds an expression; constants built by <c>mov</c>/<c>movk</c> fold;
    /// stack-frame slots (sp/x29 based) hold what was spilled to them, so a spill and reload is transparent.
    /// Two listings with equal effects load and store the same values at the same addresses in the same order,
    /// whatever registers and instruction order their compilers chose.
    /// </summary>
    internal static class ArmDataflow
    {
        private const string Frame = "frame";

        public static ArmEffects Evaluate(IEnumerable<ArmInstruction> instructions)
        {
            var registers = new Dictionary<string, string>(StringComparer.Ordinal) { ["sp"] = Frame + "+0", ["zr"] = "0x0" };
            var frame = new Dictionary<long, string>();
            var effects = new List<string>();
            string flags = "flags?";
            string returned = "in:r0";

            string Read(string operand)
            {
                if (ArmOperand.Immediate(operand) is ulong immediate)
                {
                    return Hex(immediate);
                }

                string? register = ArmOperand.Register(operand);
                if (register is null)
                {
                    return operand; // a condition, an extend or shift keyword: part of the operation
                }

                return registers.TryGetValue(register, out string? value) ? value : "in:" + register;
            }

            void Write(string operand, string value)
            {
                string? register = ArmOperand.Register(operand);
                if (register is not null and not "zr")
                {
                    registers[register] = value;
                }
            }

            // The address an operand like [x1, #16] denotes: a constant, a frame slot or an expression.
            (string Address, long? FrameSlot) Address(string memory)
            {
                (string baseOperand, long offset, _) = ArmOperand.Memory(memory)!.Value;
                string value = Read(baseOperand);
                if (FrameOffset(value) is long slot)
                {
                    return (Frame + Signed(slot + offset), slot + offset);
                }

                if (Constant(value) is ulong constant)
                {
                    return (Hex(constant + unchecked((ulong)offset)), null);
                }

                return (offset == 0 ? value : "(" + value + Signed(offset) + ")", null);
            }

            // [sp, #-16]! and [sp], #16: the base register moves.
            void WriteBack(IReadOnlyList<string> operands, int memoryIndex)
            {
                (string baseOperand, long offset, bool preIndex) = ArmOperand.Memory(operands[memoryIndex])!.Value;
                long move = preIndex ? offset : operands.Count > memoryIndex + 1 && ArmOperand.Immediate(operands[memoryIndex + 1]) is ulong post ? unchecked((long)post) : 0;
                if (move != 0 && FrameOffset(Read(baseOperand)) is long slot)
                {
                    Write(baseOperand, Frame + Signed(slot + move));
                }
            }

            int loads = 0;
            int calls = 0;
            foreach (ArmInstruction instruction in instructions)
            {
                string m = instruction.Mnemonic;
                IReadOnlyList<string> o = instruction.Operands;
                int memoryIndex = IndexOfMemory(o);
                if (instruction.IsCall || instruction.IsTailCall)
                {
                    effects.Add("call " + (instruction.Target ?? (o.Count > 0 ? Read(o[0]) : "?")));
                    calls++;
                    for (int r = 0; r <= 18; r++)
                    {
                        registers["r" + r.ToString(CultureInfo.InvariantCulture)] = "call" + calls.ToString(CultureInfo.InvariantCulture) + ":r" + r.ToString(CultureInfo.InvariantCulture);
                    }

                    continue;
                }

                if (instruction.IsReturn)
                {
                    returned = Read("x0");
                    continue;
                }

                if (instruction.IsBranch || m is "nop" or "hint" or "bti" or "paciasp" or "autiasp")
                {
                    continue;
                }

                if (m is "dmb" or "dsb" or "isb")
                {
                    effects.Add(m + " " + string.Join(", ", o));
                    continue;
                }

                if (memoryIndex >= 0 && IsLoad(m))
                {
                    (string address, long? slot) = Address(o[memoryIndex]);
                    bool acquire = m.StartsWith("ldar", StringComparison.Ordinal) || m.StartsWith("ldapr", StringComparison.Ordinal);
                    for (int i = 0; i < memoryIndex; i++)
                    {
                        long width = AccessBytes(m, o[i]);
                        string value;
                        if (slot is long s)
                        {
                            value = frame.TryGetValue(s + (i * width), out string? spilled) ? spilled : "frame?";
                        }
                        else if (acquire)
                        {
                            loads++;
                            value = "load" + loads.ToString(CultureInfo.InvariantCulture);
                            effects.Add("load.acquire." + (width * 8).ToString(CultureInfo.InvariantCulture) + " [" + address + "] -> " + value);
                        }
                        else
                        {
                            value = "mem[" + address + (i == 0 ? string.Empty : Signed(i * width)) + "]";
                        }

                        Write(o[i], value);
                    }

                    WriteBack(o, memoryIndex);
                    continue;
                }

                if (memoryIndex >= 0 && IsStore(m))
                {
                    (string address, long? slot) = Address(o[memoryIndex]);
                    bool release = m.StartsWith("stlr", StringComparison.Ordinal);
                    for (int i = 0; i < memoryIndex; i++)
                    {
                        long width = AccessBytes(m, o[i]);
                        string value = Read(o[i]);
                        if (slot is long s)
                        {
                            frame[s + (i * width)] = value;
                        }
                        else
                        {
                            effects.Add("store" + (release ? ".release." : ".") + (width * 8).ToString(CultureInfo.InvariantCulture) +
                                " [" + address + (i == 0 ? string.Empty : Signed(i * width)) + "] <- " + value);
                        }
                    }

                    WriteBack(o, memoryIndex);
                    continue;
                }

                switch (m)
                {
                    case "mov" or "movz" when o.Count == 2:
                        Write(o[0], Read(o[1]));
                        break;
                    case "movk" when o.Count == 2:
                        (ulong chunk, int shift) = ArmOperand.MoveKeep(o[1]);
                        string old = Read(o[0]);
                        Write(o[0], Constant(old) is ulong c
                            ? Hex((c & ~(0xFFFFUL << shift)) | (chunk << shift))
                            : "movk(" + old + ", " + Hex(chunk << shift) + ")");
                        break;
                    case "adr" or "adrp":
                        Write(o[0], "&" + (instruction.Target ?? Read(o[^1])));
                        break;
                    case "add" or "sub" when o.Count == 3 && FrameOffset(Read(o[1])) is long slot && ArmOperand.Immediate(o[2]) is ulong delta:
                        Write(o[0], Frame + Signed(slot + ((m == "add" ? 1 : -1) * unchecked((long)delta))));
                        break;
                    case "tst" or "cmp" or "cmn" or "ccmp":
                        flags = m + "(" + string.Join(", ", o.Select(Read)) + ")";
                        break;
                    default:
                        // Data processing: destination first, then its inputs (conditional forms read the flags).
                        string inputs = string.Join(", ", o.Skip(1).Select(Read));
                        bool readsFlags = m.StartsWith("cs", StringComparison.Ordinal) || m.StartsWith("ci", StringComparison.Ordinal) || m.StartsWith("cn", StringComparison.Ordinal);
                        Write(o.Count > 0 ? o[0] : "-", m + "(" + inputs + (readsFlags ? ", " + flags : string.Empty) + ")");
                        break;
                }
            }

            return new ArmEffects(effects, returned);
        }

        private static int IndexOfMemory(IReadOnlyList<string> operands)
        {
            for (int i = 0; i < operands.Count; i++)
            {
                if (operands[i].StartsWith('['))
                {
                    return i;
                }
            }

            return -1;
        }

        private static bool IsLoad(string m) => m.StartsWith("ld", StringComparison.Ordinal);

        private static bool IsStore(string m) => m.StartsWith("st", StringComparison.Ordinal);

        /// <summary>Bytes per register moved: b/h suffixes, else the register's width.</summary>
        private static long AccessBytes(string mnemonic, string register)
        {
            if (mnemonic.EndsWith('b') || mnemonic.EndsWith("sb", StringComparison.Ordinal))
            {
                return 1;
            }

            if (mnemonic.EndsWith('h'))
            {
                return 2;
            }

            return mnemonic == "ldrsw" ? 4 : ArmOperand.Width(register) / 8;
        }

        private static long? FrameOffset(string value) =>
            value.StartsWith(Frame, StringComparison.Ordinal) && long.TryParse(value.AsSpan(Frame.Length), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long offset) ? offset : null;

        private static ulong? Constant(string value) =>
            value.StartsWith("0x", StringComparison.Ordinal) && ulong.TryParse(value.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ulong constant) ? constant : null;

        private static string Hex(ulong value) => "0x" + value.ToString("X", CultureInfo.InvariantCulture);

        private static string Signed(long value) => (value < 0 ? "-" : "+") + Math.Abs(value).ToString(CultureInfo.InvariantCulture);
    }
}
