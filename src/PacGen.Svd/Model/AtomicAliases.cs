using System;
using System.Collections.Generic;
using System.Globalization;

namespace PacGen.Svd.Model
{
    /// <summary>The operation an atomic alias window performs on the register it mirrors.</summary>
    public enum AtomicAliasKind
    {
        /// <summary>Writing <c>v</c> at <c>address + offset</c> stores <c>current ^ v</c>.</summary>
        Xor,

        /// <summary>Writing <c>v</c> stores <c>current | v</c>.</summary>
        Set,

        /// <summary>Writing <c>v</c> stores <c>current &amp; ~v</c>.</summary>
        Clear,
    }

    /// <summary>
    /// Atomic alias windows (RP2040: every peripheral register is mirrored at +0x1000 XOR, +0x2000 SET, +0x3000 CLR;
    /// a write there changes only the bits that are 1 in the value, in one bus access). CMSIS-SVD cannot say this, so
    /// it is declared beside the SVD: item metadata <c>AtomicAliases="xor:0x1000;set:0x2000;clear:0x3000;except:SIO,PPB"</c>
    /// (peripherals without the windows listed after <c>except:</c>). The generator and the simulation read the same
    /// declaration through <see cref="TryParse"/>. Equal when the declarations mean the same.
    /// </summary>
    public sealed class AtomicAliases : IEquatable<AtomicAliases>
    {
        private readonly string[] _excluded;

        private AtomicAliases(ulong? xor, ulong? set, ulong? clear, string[] excluded)
        {
            Xor = xor;
            Set = set;
            Clear = clear;
            _excluded = excluded;
        }

        /// <summary>Offset of the XOR window from the register, if declared.</summary>
        public ulong? Xor { get; }

        /// <summary>Offset of the SET window, if declared.</summary>
        public ulong? Set { get; }

        /// <summary>Offset of the CLEAR window, if declared.</summary>
        public ulong? Clear { get; }

        /// <summary>Peripherals (SVD names, case-insensitive) whose registers have no windows, sorted.</summary>
        public IReadOnlyList<string> Excluded => _excluded;

        /// <summary>The window offset of <paramref name="kind"/>, or null.</summary>
        public ulong? Offset(AtomicAliasKind kind) => kind switch
        {
            AtomicAliasKind.Xor => Xor,
            AtomicAliasKind.Set => Set,
            _ => Clear,
        };

        /// <summary>Whether the registers of peripheral <paramref name="peripheralName"/> have the windows.</summary>
        public bool Covers(string peripheralName) =>
            Array.BinarySearch(_excluded, peripheralName, StringComparer.OrdinalIgnoreCase) < 0;

        /// <summary>Parses the metadata; on failure <paramref name="error"/> says what is wrong with which part.</summary>
        public static bool TryParse(string text, out AtomicAliases? aliases, out string error)
        {
            aliases = null;
            error = string.Empty;
            ulong? xor = null;
            ulong? set = null;
            ulong? clear = null;
            var excluded = new List<string>();
            // ';' as written in MSBuild; whitespace as it reaches the compiler (PacGen.targets swaps them: in the
            // .editorconfig that carries item metadata, ';' starts a comment).
            foreach (string rawPart in (text ?? string.Empty).Split(new[] { ';', ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries))
            {
                string part = rawPart.Trim();
                if (part.Length == 0)
                {
                    continue;
                }

                int colon = part.IndexOf(':');
                string key = colon < 0 ? part : part.Substring(0, colon).Trim().ToLowerInvariant();
                string value = colon < 0 ? string.Empty : part.Substring(colon + 1).Trim();
                if (key == "except")
                {
                    foreach (string name in value.Split(','))
                    {
                        if (name.Trim().Length > 0)
                        {
                            excluded.Add(name.Trim());
                        }
                    }

                    continue;
                }

                if (key is not ("xor" or "set" or "clear"))
                {
                    error = "'" + part + "' is not kind:offset with kind xor, set or clear (or except:PERIPHERAL,…)";
                    return false;
                }

                if (!TryOffset(value, out ulong offset))
                {
                    error = "'" + part + "' has no valid offset (a positive number, 0x… for hex)";
                    return false;
                }

                if ((key == "xor" && xor is not null) || (key == "set" && set is not null) || (key == "clear" && clear is not null))
                {
                    error = "'" + key + "' is declared twice";
                    return false;
                }

                switch (key)
                {
                    case "xor":
                        xor = offset;
                        break;
                    case "set":
                        set = offset;
                        break;
                    default:
                        clear = offset;
                        break;
                }
            }

            if (xor is null && set is null && clear is null)
            {
                error = "no window is declared (expected e.g. xor:0x1000;set:0x2000;clear:0x3000)";
                return false;
            }

            string[] sorted = excluded.ToArray();
            Array.Sort(sorted, StringComparer.OrdinalIgnoreCase);
            aliases = new AtomicAliases(xor, set, clear, sorted);
            return true;
        }

        /// <summary>Parses the metadata or throws <see cref="FormatException"/> with the reason.</summary>
        public static AtomicAliases Parse(string text) =>
            TryParse(text, out AtomicAliases? aliases, out string error) ? aliases! : throw new FormatException("AtomicAliases: " + error + ".");

        public bool Equals(AtomicAliases? other) => other is not null && ToString() == other.ToString();

        public override bool Equals(object? obj) => Equals(obj as AtomicAliases);

        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());

        /// <summary>The canonical declaration: <c>xor:0x1000;set:0x2000;clear:0x3000;except:PPB,SIO</c>.</summary>
        public override string ToString()
        {
            var parts = new List<string>();
            Add(parts, "xor", Xor);
            Add(parts, "set", Set);
            Add(parts, "clear", Clear);
            if (_excluded.Length > 0)
            {
                parts.Add("except:" + string.Join(",", _excluded).ToUpperInvariant());
            }

            return string.Join(";", parts);
        }

        private static void Add(List<string> parts, string key, ulong? offset)
        {
            if (offset is ulong value)
            {
                parts.Add(key + ":0x" + value.ToString("X", CultureInfo.InvariantCulture));
            }
        }

        private static bool TryOffset(string text, out ulong offset)
        {
            bool hex = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase);
            bool parsed = hex
                ? ulong.TryParse(text.Substring(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out offset)
                : ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out offset);
            return parsed && offset > 0;
        }
    }
}
