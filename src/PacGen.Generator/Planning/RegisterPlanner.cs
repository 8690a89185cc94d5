using System.Collections.Generic;
using PacGen.Generator.Diagnostics;
using PacGen.Generator.Emit;
using PacGen.Generator.Naming;
using PacGen.Svd.Model;

namespace PacGen.Generator.Planning
{
    /// <summary>
    /// Plans one register type: which fields fit, their member names (claimed in a fixed order so renames on
    /// collision are stable), their enums, the write-modify bitmaps, checked ranges and the ToString layout.
    /// </summary>
    internal sealed class RegisterPlanner
    {
        /// <summary>Names R and W always declare (and <c>object</c>'s), which no field may take.</summary>
        private static readonly string[] s_memberScopeReserved =
        {
            "Bits", "R", "W", "Reset", "Zero", "FromRead", "ToString", "Equals", "GetHashCode", "GetType", "MemberwiseClone",
        };

        private readonly PlanningContext _context;
        private readonly EnumCatalog _enums;

        public RegisterPlanner(PlanningContext context, EnumCatalog enums)
        {
            _context = context;
            _enums = enums;
        }

        /// <param name="displayName">The register name R.ToString() starts with; empty when several registers share the type.</param>
        public RegisterTypePlan Plan(Register register, RegisterWidth width, string structName, string svdName, string displayName)
        {
            bool readable = RegisterWidth.IsReadable(register.Access);
            bool writable = RegisterWidth.IsWritable(register.Access);
            string registerIdentifier = structName.EndsWith("Register", System.StringComparison.Ordinal)
                ? structName.Substring(0, structName.Length - "Register".Length)
                : structName;
            List<FieldElement> elements = PlanElements(register, width, registerIdentifier, readable, writable, out List<FieldArrayPlan> arrays, out List<FieldMemberNames> names);
            WriteModifyBits bits = WriteModifyBits.Of(register, width, elements);
            ulong reset = register.ResetValue & width.AllOnes;
            ulong safeReset = (reset & ~bits.OneToModify) | bits.ZeroToModify;

            var fields = new List<FieldPlan>(elements.Count);
            var layout = new List<string>();
            for (int i = 0; i < elements.Count; i++)
            {
                fields.Add(ToPlan(elements[i], names[i], width));
                if (elements[i].Readable)
                {
                    layout.Add(FormatLayout.Field(elements[i], elements[i].ReadEnum));
                }
            }

            string toStringSummary = "The value with its fields decoded: <c>" +
                Literals.XmlText((displayName.Length == 0 ? string.Empty : displayName + " ") + "{ FIELD=VALUE, … }") + "</c>.";
            return new RegisterTypePlan(
                structName,
                Literals.XmlText(svdName + ": " + (register.Description ?? register.Name)),
                register.Size,
                readable,
                writable,
                reset,
                bits,
                safeReset,
                displayName,
                toStringSummary,
                string.Join(";", layout),
                fields.ToEquatableArray(),
                arrays.ToEquatableArray(),
                readable && writable ? _context.AtomicAliases : null);
        }

        private List<FieldElement> PlanElements(
            Register register,
            RegisterWidth width,
            string registerIdentifier,
            bool readable,
            bool writable,
            out List<FieldArrayPlan> arrays,
            out List<FieldMemberNames> names)
        {
            var scope = new NameScope("register " + register.Name, s_memberScopeReserved);
            var elements = new List<FieldElement>();
            arrays = new List<FieldArrayPlan>();
            foreach (Field field in register.Fields)
            {
                int count = field.Dim?.Count ?? 1;
                int increment = field.Dim is null ? 0 : (int)field.Dim.Increment;
                int last = field.BitOffset + ((count - 1) * increment) + field.BitWidth;
                if (field.BitWidth <= 0 || field.BitOffset < 0 || last > width.Size)
                {
                    _context.Diagnostics.Add(GeneratorDiagnosticDescriptors.Create(
                        GeneratorDiagnosticDescriptors.ElementSkipped,
                        field.Position,
                        register.Name + "." + field.Name,
                        "its bits do not fit in the " + Literals.Int(width.Size) + "-bit register"));
                    continue;
                }

                bool fieldReadable = readable && field.Access != Access.WriteOnly && field.Access != Access.WriteOnce;
                bool fieldWritable = writable && field.Access != Access.ReadOnly;
                ResolveEnums(field, registerIdentifier, width, out EnumType? readEnum, out EnumType? writeEnum);
                FieldElement? first = null;
                for (int i = 0; i < count; i++)
                {
                    string svdName = field.Dim is null ? field.Name : field.Dim.ElementName(i);
                    string identifier = _context.Namer.Claim(scope, svdName, field.Position);
                    var element = new FieldElement(field, svdName, identifier, field.BitOffset + (i * increment), fieldReadable, fieldWritable, readEnum, writeEnum);
                    elements.Add(element);
                    first ??= element;
                }

                if (field.Dim is not null)
                {
                    string arrayName = _context.Namer.Claim(scope, field.Name, field.Position);
                    string valuesName = first!.Readable
                        ? _context.Namer.ClaimDerived(scope, arrayName + "Values", field.Name, field.Position)
                        : string.Empty;
                    arrays.Add(new FieldArrayPlan(
                        arrayName,
                        Literals.XmlText(field.Name + "[index]: " + (field.Description ?? field.Name)),
                        count,
                        first!.Offset,
                        increment,
                        first.WidthMask,
                        first.Readable,
                        first.Writable,
                        first.IsBool,
                        readEnum?.FullName,
                        writeEnum?.FullName,
                        valuesName));
                }
            }

            names = new List<FieldMemberNames>(elements.Count);
            foreach (FieldElement element in elements)
            {
                names.Add(new FieldMemberNames(element, scope, _context.Namer));
            }

            return elements;
        }

        private void ResolveEnums(Field field, string registerIdentifier, RegisterWidth width, out EnumType? readEnum, out EnumType? writeEnum)
        {
            readEnum = null;
            writeEnum = null;
            EnumeratedValues? readSet = null;
            EnumeratedValues? writeSet = null;
            foreach (EnumeratedValues set in field.EnumeratedValues)
            {
                if (set.Usage != EnumUsage.Write && readSet is null)
                {
                    readSet = set;
                }

                if (set.Usage != EnumUsage.Read && writeSet is null)
                {
                    writeSet = set;
                }
            }

            if (readSet is not null)
            {
                readEnum = _enums.Resolve(readSet, field.Name, registerIdentifier, field.BitWidth, width, string.Empty);
            }

            if (writeSet is not null)
            {
                writeEnum = ReferenceEquals(writeSet, readSet)
                    ? readEnum
                    : _enums.Resolve(writeSet, field.Name, registerIdentifier, field.BitWidth, width, readSet is null ? string.Empty : "_W");
            }
        }

        private static FieldPlan ToPlan(FieldElement element, FieldMemberNames names, RegisterWidth width)
        {
            ReadEnumPlan? readEnum = null;
            if (element.Readable && element.ReadEnum is { } read)
            {
                var tests = new List<EnumTestPlan>(read.Members.Count);
                for (int i = 0; i < read.Members.Count; i++)
                {
                    tests.Add(new EnumTestPlan(names.Is[i], read.Members[i].Identifier, read.Members[i].CareMask, read.Members[i].MaskedValue & read.Members[i].CareMask));
                }

                readEnum = new ReadEnumPlan(read.FullName, names.ReadVariant!, tests.ToEquatableArray());
            }

            WriteEnumPlan? writeEnum = null;
            if (element.Writable && element.WriteEnum is { } write)
            {
                var variants = new List<VariantSetterPlan>(write.Members.Count);
                for (int i = 0; i < write.Members.Count; i++)
                {
                    variants.Add(new VariantSetterPlan(names.Variant[i], write.Members[i].MaskedValue << element.Offset));
                }

                writeEnum = new WriteEnumPlan(write.FullName, variants.ToEquatableArray());
            }

            RawSetterPlan? raw = names.Raw is null ? null : RawSetter(element, names.Raw, names.Unchecked!, width);
            IntentPlan? intent = names.Intent is null ? null : new IntentPlan(names.Intent, WriteModifyBits.IsOneToModify(element.Field.ModifiedWriteValues));
            return new FieldPlan(
                element.SvdName,
                element.Identifier,
                Literals.XmlText(element.SvdName + ": " + (element.Field.Description ?? element.Field.Name)),
                element.Offset,
                element.WidthMask,
                element.Readable,
                element.Writable,
                element.IsBool,
                readEnum,
                writeEnum,
                raw,
                intent);
        }

        /// <summary>The checked raw setter's range: the field width, narrowed by the writeConstraint range.</summary>
        private static RawSetterPlan RawSetter(FieldElement element, string name, string uncheckedName, RegisterWidth width)
        {
            ulong minimum = 0;
            ulong maximum = element.WidthMask;
            WriteConstraint? constraint = element.Field.WriteConstraint;
            if (constraint?.RangeMinimum is ulong min && constraint.RangeMaximum is ulong max && min <= max)
            {
                minimum = min > minimum ? min : minimum;
                maximum = max < maximum ? max : maximum;
            }

            // No comparison the compiler would call useless (an unsigned value below 0, or above its type's maximum).
            ulong typeMax = width.Is64 ? ulong.MaxValue : uint.MaxValue;
            return new RawSetterPlan(name, uncheckedName, minimum, maximum, minimum > 0, maximum < typeMax);
        }
    }
}
