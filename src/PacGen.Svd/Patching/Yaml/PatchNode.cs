using System;
using System.Collections.Generic;
using System.Globalization;

namespace PacGen.Svd.Patching.Yaml
{
    /// <summary>Where a YAML node starts: the file (as the loader named it), 1-based line and column.</summary>
    public readonly record struct PatchLocation(string File, int Line, int Column)
    {
        public override string ToString() => File + "(" + Line + "," + Column + ")";
    }

    /// <summary>
    /// A YAML node of a patch: our own small tree (not YamlDotNet's), because includes are merged into it the way
    /// svdtools merges them (ordered maps, parent wins, lists concatenate) and every node keeps its file and line.
    /// </summary>
    internal abstract class PatchNode
    {
        protected PatchNode(PatchLocation location) => Location = location;

        public PatchLocation Location { get; }

        public abstract PatchNode DeepCopy();

        /// <summary>Structural equality, as svdtools compares YAML values when merging includes.</summary>
        public abstract bool SameAs(PatchNode other);
    }

    /// <summary>A scalar; <see cref="Plain"/> is false for quoted scalars (which are never null, bool or int).</summary>
    internal sealed class PatchScalar : PatchNode
    {
        public PatchScalar(string value, bool plain, PatchLocation location)
            : base(location)
        {
            Value = value;
            Plain = plain;
        }

        public string Value { get; }

        public bool Plain { get; }

        /// <summary>YAML null: an empty plain scalar, <c>~</c> or <c>null</c> (svdtools ignores such entries).</summary>
        public bool IsNull => Plain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

        public override PatchNode DeepCopy() => this;

        public override bool SameAs(PatchNode other) => other is PatchScalar s && s.Value == Value && s.IsNull == IsNull;

        /// <summary>
        /// An integer as svdtools reads one: YAML ints (decimal, 0x, 0o) and strings with <c>_</c> separators,
        /// <c>0x</c> hex, <c>0b</c>/<c>#</c> binary with <c>x</c> don't-care digits read as 0.
        /// </summary>
        public bool TryGetInteger(out long value)
        {
            value = 0;
            string text = Value.Replace("_", "").Trim();
            if (text.Length == 0)
            {
                return false;
            }

            bool negative = false;
            if (text[0] == '-' || text[0] == '+')
            {
                negative = text[0] == '-';
                text = text.Substring(1);
            }

            try
            {
                ulong magnitude;
                if (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
                {
                    if (!ulong.TryParse(text.Substring(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out magnitude))
                    {
                        return false;
                    }
                }
                else if (text.StartsWith("0b", StringComparison.Ordinal) || text.StartsWith("#", StringComparison.Ordinal))
                {
                    string digits = text.Substring(text[0] == '#' ? 1 : 2).ToLowerInvariant().Replace('x', '0');
                    if (digits.Length == 0 || digits.Length > 64)
                    {
                        return false;
                    }

                    magnitude = Convert.ToUInt64(digits, 2);
                }
                else if (text.StartsWith("0o", StringComparison.Ordinal))
                {
                    magnitude = Convert.ToUInt64(text.Substring(2), 8);
                }
                else if (!ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out magnitude))
                {
                    return false;
                }

                value = negative ? -(long)magnitude : (long)magnitude;
                return true;
            }
            catch (Exception ex) when (ex is FormatException || ex is OverflowException || ex is ArgumentException)
            {
                return false;
            }
        }

        /// <summary>A boolean as svdtools reads one: true/false/True/False, 0/1.</summary>
        public bool TryGetBoolean(out bool value)
        {
            switch (Value)
            {
                case "true":
                case "True":
                case "1":
                    value = true;
                    return true;
                case "false":
                case "False":
                case "0":
                    value = false;
                    return true;
                default:
                    value = false;
                    return false;
            }
        }

        public override string ToString() => Value;
    }

    internal sealed class PatchSequence : PatchNode
    {
        public PatchSequence(List<PatchNode> items, PatchLocation location)
            : base(location) => Items = items;

        public List<PatchNode> Items { get; }

        public override PatchNode DeepCopy()
        {
            var items = new List<PatchNode>(Items.Count);
            foreach (PatchNode item in Items)
            {
                items.Add(item.DeepCopy());
            }

            return new PatchSequence(items, Location);
        }

        public override bool SameAs(PatchNode other)
        {
            if (!(other is PatchSequence s) || s.Items.Count != Items.Count)
            {
                return false;
            }

            for (int i = 0; i < Items.Count; i++)
            {
                if (!Items[i].SameAs(s.Items[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public bool Contains(PatchNode node) => Items.Exists(i => i.SameAs(node));
    }

    /// <summary>An ordered mapping with string keys (every key of a patch is a name, a spec or a command).</summary>
    internal sealed class PatchMap : PatchNode
    {
        private readonly List<KeyValuePair<PatchScalar, PatchNode>> _entries;

        public PatchMap(PatchLocation location)
            : this(new List<KeyValuePair<PatchScalar, PatchNode>>(), location)
        {
        }

        private PatchMap(List<KeyValuePair<PatchScalar, PatchNode>> entries, PatchLocation location)
            : base(location) => _entries = entries;

        public IReadOnlyList<KeyValuePair<PatchScalar, PatchNode>> Entries => _entries;

        public int Count => _entries.Count;

        public PatchNode? this[string key]
        {
            get
            {
                int index = IndexOf(key);
                return index < 0 ? null : _entries[index].Value;
            }
        }

        public PatchScalar? KeyNode(string key)
        {
            int index = IndexOf(key);
            return index < 0 ? null : _entries[index].Key;
        }

        public bool ContainsKey(string key) => IndexOf(key) >= 0;

        /// <summary>Sets a key; a key written twice keeps its first place and the last value (as YAML loaders do).</summary>
        public void Set(PatchScalar key, PatchNode value)
        {
            int index = IndexOf(key.Value);
            if (index >= 0)
            {
                _entries[index] = new KeyValuePair<PatchScalar, PatchNode>(_entries[index].Key, value);
            }
            else
            {
                _entries.Add(new KeyValuePair<PatchScalar, PatchNode>(key, value));
            }
        }

        public void Remove(string key)
        {
            int index = IndexOf(key);
            if (index >= 0)
            {
                _entries.RemoveAt(index);
            }
        }

        public override PatchNode DeepCopy()
        {
            var entries = new List<KeyValuePair<PatchScalar, PatchNode>>(_entries.Count);
            foreach (KeyValuePair<PatchScalar, PatchNode> entry in _entries)
            {
                entries.Add(new KeyValuePair<PatchScalar, PatchNode>(entry.Key, entry.Value.DeepCopy()));
            }

            return new PatchMap(entries, Location);
        }

        public override bool SameAs(PatchNode other)
        {
            if (!(other is PatchMap m) || m.Count != Count)
            {
                return false;
            }

            foreach (KeyValuePair<PatchScalar, PatchNode> entry in _entries)
            {
                PatchNode? theirs = m[entry.Key.Value];
                if (theirs == null || !entry.Value.SameAs(theirs))
                {
                    return false;
                }
            }

            return true;
        }

        private int IndexOf(string key)
        {
            for (int i = 0; i < _entries.Count; i++)
            {
                if (string.Equals(_entries[i].Key.Value, key, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
