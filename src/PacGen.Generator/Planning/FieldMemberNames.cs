using PacGen.Generator.Naming;
using PacGen.Svd.Model;

namespace PacGen.Generator.Planning
{
    /// <summary>
    /// The names of the members a field contributes to R and W besides its getter/setter, claimed in the
    /// register's member scope in a fixed order so renames on collision are stable.
    /// </summary>
    internal sealed class FieldMemberNames
    {
        public FieldMemberNames(FieldElement field, NameScope scope, Namer namer)
        {
            string id = field.Identifier;
            SourcePosition position = field.Field.Position;
            if (field.Readable && field.ReadEnum is { } readEnum)
            {
                Is = new string[readEnum.Members.Count];
                for (int i = 0; i < Is.Length; i++)
                {
                    Is[i] = namer.ClaimDerived(scope, "Is" + WordJoin.Append(id, readEnum.Members[i].Identifier.TrimStart('_')), field.SvdName, position);
                }

                ReadVariant = namer.ClaimDerived(scope, id + "Variant", field.SvdName, position);
            }

            if (field.Writable && field.WriteEnum is { } writeEnum)
            {
                Variant = new string[writeEnum.Members.Count];
                for (int i = 0; i < Variant.Length; i++)
                {
                    Variant[i] = namer.ClaimDerived(scope, WordJoin.Append(id, writeEnum.Members[i].Identifier.TrimStart('_')), field.SvdName, position);
                }
            }

            if (field.Writable && !field.IsBool)
            {
                Raw = field.WriteEnum is null ? id : namer.ClaimDerived(scope, id + "Bits", field.SvdName, position);
                Unchecked = namer.ClaimDerived(scope, Raw + "Unchecked", field.SvdName, position);
            }

            string? verb = Verb(field.Field.ModifiedWriteValues);
            if (field.Writable && verb is not null)
            {
                // A field named for its own action (SET42 write-1-to-set, CLR42 write-1-to-clear) gets its intent as a
                // parameterless overload of its setter, Set42(), instead of SetSet42(): the setter already owns the name.
                Intent = WordJoin.StartsWithVerb(id.TrimStart('_'), verb)
                    ? id
                    : namer.ClaimDerived(scope, verb + id.TrimStart('_'), field.SvdName, position);
            }
        }

        /// <summary><c>IsFsel42Output</c>, one per read enum member.</summary>
        public string[] Is { get; } = System.Array.Empty<string>();

        /// <summary><c>Fsel42Variant</c>, the nullable read of a field with a read enum; null when it has none.</summary>
        public string? ReadVariant { get; }

        /// <summary><c>Fsel42Output</c>, one per write enum member.</summary>
        public string[] Variant { get; } = System.Array.Empty<string>();

        /// <summary>The checked raw setter (the field's own name, or <c>Fsel42Bits</c> next to an enum setter); null for bool fields.</summary>
        public string? Raw { get; }

        public string? Unchecked { get; }

        /// <summary><c>ClearM3</c> / <c>SetX</c> / <c>ToggleX</c> for modifiedWriteValues with a side effect; the setter's own name (<c>Set42</c>) when the field is named for that action.</summary>
        public string? Intent { get; }

        private static string? Verb(ModifiedWriteValues values)
        {
            switch (values)
            {
                case ModifiedWriteValues.OneToClear:
                case ModifiedWriteValues.ZeroToClear:
                    return "Clear";
                case ModifiedWriteValues.OneToSet:
                case ModifiedWriteValues.ZeroToSet:
                    return "Set";
                case ModifiedWriteValues.OneToToggle:
                case ModifiedWriteValues.ZeroToToggle:
                    return "Toggle";
                default:
                    return null;
            }
        }
    }
}
