using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using PacGen.Svd.Model;

namespace PacGen.Generator.Planning
{
    /// <summary>
    /// Register types of one peripheral type, shared between registers with identical layouts (same size, access,
    /// reset value, write semantics and fields; names, offsets and descriptions aside), as chiptool shares field
    /// sets. Vendor SVDs repeat layouts a lot (DMA streams, GIC banks, timer channels): emitting each once keeps
    /// the generated code several times smaller and quick to compile.
    /// </summary>
    internal sealed class RegisterTypeCatalog
    {
        private readonly Dictionary<string, int> _counts = new Dictionary<string, int>(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _emitted = new Dictionary<string, string>(StringComparer.Ordinal);

        public RegisterTypeCatalog(EquatableArray<RegisterNode> children) => Count(children);

        /// <summary>True when more than one register of the peripheral has this layout.</summary>
        public bool IsShared(string key) => _counts.TryGetValue(key, out int count) && count > 1;

        /// <summary>The full name of the type already planned for this layout.</summary>
        public bool TryGet(string key, out string fullName) => _emitted.TryGetValue(key, out fullName!);

        public void Add(string key, string fullName) => _emitted.Add(key, fullName);

        private void Count(EquatableArray<RegisterNode> children)
        {
            foreach (RegisterNode node in children)
            {
                if (node is Register register)
                {
                    string key = Key(register);
                    _counts[key] = _counts.TryGetValue(key, out int count) ? count + 1 : 1;
                }
                else if (node is Cluster cluster)
                {
                    Count(cluster.Children);
                }
            }
        }

        /// <summary>Everything of a register that shapes its generated type, as text.</summary>
        public static string Key(Register register)
        {
            var key = new StringBuilder(64 + (register.Fields.Count * 32));
            key.Append(register.Size).Append('|').Append(register.Access).Append('|').Append(Hex(register.ResetValue)).Append('|')
                .Append(register.ModifiedWriteValues).Append('|').Append(Constraint(register.WriteConstraint)).Append('|').Append(register.ReadAction);
            foreach (Field field in register.Fields)
            {
                key.Append("\n").Append(field.Name).Append('|').Append(field.BitOffset).Append('|').Append(field.BitWidth).Append('|')
                    .Append(field.Access).Append('|').Append(field.ModifiedWriteValues).Append('|').Append(Constraint(field.WriteConstraint))
                    .Append('|').Append(field.ReadAction);
                if (field.Dim is { } dim)
                {
                    key.Append("|dim ").Append(dim.Count).Append(',').Append(dim.Increment).Append(',').Append(dim.NamePattern);
                    foreach (string index in dim.Indices)
                    {
                        key.Append(',').Append(index);
                    }
                }

                foreach (EnumeratedValues set in field.EnumeratedValues)
                {
                    key.Append("|enum ").Append(set.Name).Append(',').Append(set.Usage);
                    foreach (EnumeratedValue value in set.Values)
                    {
                        key.Append(',').Append(value.Name).Append('=').Append(Hex(value.Value)).Append('/').Append(Hex(value.DontCareMask))
                            .Append(value.IsDefault ? "d" : string.Empty);
                    }
                }
            }

            return key.ToString();
        }

        private static string Constraint(WriteConstraint? constraint) =>
            constraint is null
                ? string.Empty
                : (constraint.WriteAsRead ? "r" : string.Empty) + (constraint.UseEnumeratedValues ? "e" : string.Empty) +
                  (constraint.RangeMinimum is ulong min ? Hex(min) : string.Empty) + ".." + (constraint.RangeMaximum is ulong max ? Hex(max) : string.Empty);

        private static string Hex(ulong value) => value.ToString("X", CultureInfo.InvariantCulture);
    }
}
