using System;
using System.Collections.Generic;
using System.Linq;

namespace PacGen.Performance.Tests
{
    /// <summary>One x64 instruction as the JIT prints it: mnemonic and operand text.</summary>
    internal sealed record Instruction(string Mnemonic, string Operands, int Block)
    {
        public bool IsCall => Mnemonic == "call";

        public bool IsReturn => Mnemonic == "ret";

        /// <summary>A store to memory that is not the method's own stack frame.</summary>
        public bool IsMemoryStore =>
            Mnemonic.StartsWith("mov", StringComparison.Ordinal) && DestinationIsMemory && !TouchesFrame(Destination);

        /// <summary>Arithmetic that computes the value (what must survive unchanged in every form).</summary>
        public bool IsValueArithmetic =>
            (Mnemonic is "and" or "or" or "xor" or "shl" or "shr" or "sar" or "not" or "bt" or "setne" or "sete" ||
             (Mnemonic == "test" && IsImmediate(Source))) &&
            !(Mnemonic == "xor" && Operands.Split(',').Select(part => part.Trim()).Distinct().Count() == 1);

        /// <summary>A call to the allocator: in a form that allocates nothing per call, a block that runs once.</summary>
        public bool IsAllocation => IsCall && Operands.Contains("CORINFO_HELP_NEWSFAST", StringComparison.Ordinal);

        /// <summary>Equal ignoring the block number.</summary>
        public string Text => ToString();

        public string Destination => Operands.Split(',')[0].Trim();

        /// <summary>The last operand: the stored value or immediate.</summary>
        public string Source => Operands.Split(',')[^1].Trim();

        /// <summary>For comparing arithmetic across forms whose register allocation differs: mnemonic and immediate.</summary>
        public string Shape => Mnemonic + " " + (IsImmediate(Source) ? Source : "reg");

        private bool DestinationIsMemory => Destination.Contains('[', StringComparison.Ordinal);

        public override string ToString() => Operands.Length == 0 ? Mnemonic : Mnemonic + " " + Operands;

        private static bool TouchesFrame(string operand) =>
            operand.Contains("[rsp", StringComparison.Ordinal) || operand.Contains("[rbp", StringComparison.Ordinal);

        private static bool IsImmediate(string operand) =>
            operand.Length > 0 && (char.IsDigit(operand[0]) || operand[0] == '-');
    }

    /// <summary>One method's listing from <c>DOTNET_JitDisasm</c>.</summary>
    internal sealed record MethodListing(string Method, string Tier, IReadOnlyList<Instruction> Instructions)
    {
        /// <summary>
        /// The instructions without the blocks that allocate. For a form measured to allocate nothing per call,
        /// those blocks are not on the path taken: they are the compiler's one-time creation of its cached lambda
        /// (<c>static</c> field null check, then new delegate), which the JIT lays out inline or after the return.
        /// </summary>
        public IReadOnlyList<Instruction> WithoutAllocatingBlocks
        {
            get
            {
                var allocating = new HashSet<int>(Instructions.Where(instruction => instruction.IsAllocation).Select(instruction => instruction.Block));
                return Instructions.Where(instruction => !allocating.Contains(instruction.Block)).ToList();
            }
        }

        public IReadOnlyList<string> Texts => Instructions.Select(instruction => instruction.Text).ToList();
    }

    /// <summary>Parses the text the JIT writes for <c>DOTNET_JitDisasm</c> (x64, .NET 8 and later).</summary>
    internal static class JitListing
    {
        private const string Header = "; Assembly listing for method ";

        public static IReadOnlyList<MethodListing> Parse(string text)
        {
            var listings = new List<MethodListing>();
            string? method = null;
            string tier = string.Empty;
            var instructions = new List<Instruction>();
            int block = 0;
            foreach (string raw in text.Split('\n'))
            {
                string line = raw.TrimEnd('\r');
                if (line.StartsWith(Header, StringComparison.Ordinal))
                {
                    Flush();
                    string rest = line.Substring(Header.Length);
                    int open = rest.LastIndexOf(" (", StringComparison.Ordinal);
                    method = open < 0 ? rest : rest.Substring(0, open);
                    tier = open < 0 ? string.Empty : rest.Substring(open + 2).TrimEnd(')');
                    continue;
                }

                if (method is null || line.Length == 0)
                {
                    continue;
                }

                if (!char.IsWhiteSpace(line[0]))
                {
                    block += line.StartsWith("G_M", StringComparison.Ordinal) ? 1 : 0; // a label starts a block
                    continue; // comments (';'), labels (G_M000_IG01:), other output
                }

                string body = line.Trim();
                int comment = body.IndexOf(';', StringComparison.Ordinal);
                if (comment >= 0)
                {
                    body = body.Substring(0, comment).Trim();
                }

                if (body.Length == 0 || !char.IsLetter(body[0]))
                {
                    continue;
                }

                int space = body.IndexOf(' ', StringComparison.Ordinal);
                string mnemonic = space < 0 ? body : body.Substring(0, space);
                string operands = space < 0 ? string.Empty : string.Join(' ', body.Substring(space).Split(' ', StringSplitOptions.RemoveEmptyEntries));
                instructions.Add(new Instruction(mnemonic, operands, block));
            }

            Flush();
            return listings;

            void Flush()
            {
                if (method is not null)
                {
                    listings.Add(new MethodListing(method, tier, instructions.ToList()));
                }

                method = null;
                instructions.Clear();
            }
        }

        /// <summary>The last tier-1 (or fully optimized) listing of each method, by its short name.</summary>
        public static IReadOnlyDictionary<string, MethodListing> Optimized(IEnumerable<MethodListing> listings)
        {
            var result = new Dictionary<string, MethodListing>(StringComparer.Ordinal);
            foreach (MethodListing listing in listings)
            {
                if (listing.Tier is "Tier1" or "FullOpts" or "Tier1-OSR")
                {
                    result[ShortName(listing.Method)] = listing;
                }
            }

            return result;
        }

        /// <summary><c>DisasmProbe.Forms:GeneratedRead():bool</c> → <c>GeneratedRead</c>.</summary>
        public static string ShortName(string method)
        {
            int colon = method.IndexOf(':', StringComparison.Ordinal);
            string name = colon < 0 ? method : method.Substring(colon + 1);
            int paren = name.IndexOf('(', StringComparison.Ordinal);
            return paren < 0 ? name : name.Substring(0, paren);
        }
    }
}
