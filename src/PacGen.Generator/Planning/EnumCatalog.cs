using System.Collections.Generic;
using System.Text;
using PacGen.Generator.Emit;
using PacGen.Generator.Naming;
using PacGen.Svd.Model;

namespace PacGen.Generator.Planning
{
    /// <summary>An enum of a peripheral type while it is planned (with the SVD variants its fields need); see <see cref="EnumPlan"/>.</summary>
    internal sealed class EnumType
    {
        public EnumType(string identifier, string fullName, string valueType, List<EnumMember> members, string? description)
        {
            Identifier = identifier;
            FullName = fullName;
            ValueType = valueType;
            Members = members;
            Description = description;
        }

        public string Identifier { get; }

        /// <summary><c>global::Bcm2711.Gpio.Fsel42</c>.</summary>
        public string FullName { get; }

        /// <summary>uint or ulong: the underlying type (the register's arithmetic type).</summary>
        public string ValueType { get; }

        public List<EnumMember> Members { get; }

        public string? Description { get; }

        /// <summary>The enum as the emitter writes it.</summary>
        public EnumPlan ToPlan()
        {
            var members = new List<EnumMemberPlan>(Members.Count);
            foreach (EnumMember member in Members)
            {
                string description = member.Value.Description is null ? string.Empty : ": " + member.Value.Description;
                members.Add(new EnumMemberPlan(member.Identifier, Literals.XmlText(member.Value.Name + description), member.MaskedValue));
            }

            return new EnumPlan(Identifier, Literals.XmlText(Description ?? Identifier), ValueType, members.ToEquatableArray());
        }
    }

    /// <summary>One enum member: the C# identifier and the SVD variant it stands for.</summary>
    internal sealed class EnumMember
    {
        public EnumMember(string identifier, EnumeratedValue value, ulong maskedValue, ulong careMask)
        {
            Identifier = identifier;
            Value = value;
            MaskedValue = maskedValue;
            CareMask = careMask;
        }

        public string Identifier { get; }

        public EnumeratedValue Value { get; }

        /// <summary>The value limited to the field width.</summary>
        public ulong MaskedValue { get; }

        /// <summary>Bits of the field that matter for this variant (don't-care bits cleared).</summary>
        public ulong CareMask { get; }
    }

    /// <summary>
    /// The enums of one peripheral type. An enum is named after its enumeratedValues set (else the field); a set
    /// with the same name and the same variants as an earlier one reuses that enum; a different set wanting a
    /// taken name is prefixed with its register's name (<c>Cr1Mode</c>), then numbered: stable in document order.
    /// </summary>
    internal sealed class EnumCatalog
    {
        private readonly Namer _namer;
        private readonly NameScope _scope;
        private readonly string _ownerFullName;
        private readonly Dictionary<string, EnumType> _byKey = new Dictionary<string, EnumType>(System.StringComparer.Ordinal);

        public EnumCatalog(Namer namer, NameScope scope, string ownerFullName)
        {
            _namer = namer;
            _scope = scope;
            _ownerFullName = ownerFullName;
        }

        /// <summary>Enums in order of first use.</summary>
        public List<EnumType> Types { get; } = new List<EnumType>();

        /// <summary>The enum for <paramref name="set"/> on a field of <paramref name="width"/> bits, or null when it has no usable variant.</summary>
        public EnumType? Resolve(EnumeratedValues set, string fieldName, string registerIdentifier, int width, RegisterWidth shape, string nameSuffix)
        {
            ulong widthMask = width >= 64 ? ulong.MaxValue : (1UL << width) - 1;
            var values = new List<EnumeratedValue>();
            foreach (EnumeratedValue value in set.Values)
            {
                if (!value.IsDefault)
                {
                    values.Add(value);
                }
            }

            if (values.Count == 0)
            {
                return null;
            }

            string svdName = (set.Name ?? fieldName) + nameSuffix;
            string preferred = _namer.Identifier(svdName);
            string key = Key(preferred, shape.ValueType, values, widthMask);
            if (_byKey.TryGetValue(key, out EnumType? existing))
            {
                return existing;
            }

            string identifier = _scope.Contains(preferred)
                ? _namer.Claim(_scope, svdName, set.Position, prefix: registerIdentifier)
                : _namer.Claim(_scope, svdName, set.Position);
            var memberScope = new NameScope("enum " + identifier, identifier, "value__");
            var members = new List<EnumMember>(values.Count);
            foreach (EnumeratedValue value in values)
            {
                // A name that starts with a digit (4mA, 0, 001: a quarter of the corpus' variants) is prefixed with
                // the enum's own name, Drive.Drive4mA, rather than an underscore; the setters join it without stutter.
                string memberName = StartsWithDigit(value.Name)
                    ? _namer.Claim(memberScope, value.Name, value.Position, prefix: identifier)
                    : _namer.Claim(memberScope, value.Name, value.Position);
                ulong careMask = widthMask & ~value.DontCareMask;
                members.Add(new EnumMember(memberName, value, value.Value & widthMask, careMask));
            }

            var type = new EnumType(identifier, _ownerFullName + "." + identifier, shape.ValueType, members, set.Name ?? fieldName);
            _byKey.Add(key, type);
            Types.Add(type);
            return type;
        }

        private static bool StartsWithDigit(string name)
        {
            string trimmed = name.TrimStart();
            return trimmed.Length > 0 && trimmed[0] >= '0' && trimmed[0] <= '9';
        }

        private static string Key(string preferred, string valueType, List<EnumeratedValue> values, ulong widthMask)
        {
            var key = new StringBuilder();
            key.Append(preferred).Append('|').Append(valueType);
            foreach (EnumeratedValue value in values)
            {
                key.Append('|').Append(value.Name).Append('=').Append(Literals.HexPlain(value.Value & widthMask))
                    .Append('/').Append(Literals.HexPlain(value.DontCareMask));
            }

            return key.ToString();
        }
    }
}
