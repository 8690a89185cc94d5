using System.Collections.Generic;
using System.Text;
using PacGen.Generator.Diagnostics;
using PacGen.Generator.Naming;
using PacGen.Svd.Model;

namespace PacGen.Generator.Emit
{
    /// <summary>
    /// Emits one register type: the access methods its access allows, the read value R and the write value W.
    /// Every setter is pure arithmetic on <c>Bits</c> returning a new W, so the JIT (and the interceptor that
    /// folds <c>Write(w =&gt; …)</c> lambdas) reduces a chain of setters to one constant.
    /// </summary>
    internal sealed class RegisterEmitter
    {
        private static readonly string[] s_memberScopeReserved =
        {
            "Bits", "R", "W", "Reset", "Zero", "FromRead", "ToString", "Equals", "GetHashCode", "GetType", "MemberwiseClone",
        };

        private readonly EmitContext _context;
        private readonly EnumCatalog _enums;
        public RegisterEmitter(EmitContext context, EnumCatalog enums)
        {
            _context = context;
            _enums = enums;
        }

        /// <param name="displayName">The register name R.ToString() starts with; empty when several registers share the type.</param>
        public void Emit(SourceWriter w, Register register, RegisterShape shape, string structName, string svdName, string displayName)
        {
            bool readable = RegisterShape.IsReadable(register.Access);
            bool writable = RegisterShape.IsWritable(register.Access);
            string registerIdentifier = structName.EndsWith("Register", System.StringComparison.Ordinal)
                ? structName.Substring(0, structName.Length - "Register".Length)
                : structName;
            List<FieldPlan> fields = PlanFields(register, shape, registerIdentifier, readable, writable, out List<FieldArrayPlan> arrays);
            ComputeWriteMasks(register, shape, fields, out ulong oneToModify, out ulong zeroToModify);
            ulong reset = register.ResetValue & shape.AllOnes;
            ulong safeReset = (reset & ~oneToModify) | zeroToModify;

            w.Line("/// <summary>" + Literals.XmlText(svdName + ": " + (register.Description ?? register.Name)) + "</summary>");
            w.Line(EmitContext.GeneratedCode);
            w.Open("public readonly struct " + structName);
            w.Line("/// <summary>The reset value.</summary>");
            w.Line("public const " + shape.BitsType + " ResetValue = " + Literals.HexPlain(reset) + ";");
            if (writable)
            {
                // svd2rust's ONE_TO_MODIFY_FIELDS_BITMAP / ZERO_TO_MODIFY_FIELDS_BITMAP, as constants so that the
                // interceptor and analyzer read them from a referenced PAC assembly as well as from source.
                w.Line();
                w.Line("/// <summary>Bits whose write of 1 has a side effect (write-1-to-clear, -set, -toggle): cleared in <see cref=\"W.Reset\"/> and in what Modify writes back.</summary>");
                w.Line(EmitContext.NeverBrowsable);
                w.Line("public const " + shape.BitsType + " OneToModifyFieldsBitmap = " + Literals.HexPlain(oneToModify) + ";");
                w.Line();
                w.Line("/// <summary>Bits whose write of 0 has a side effect (write-0-to-clear, -set, -toggle): set in <see cref=\"W.Reset\"/> and in what Modify writes back.</summary>");
                w.Line(EmitContext.NeverBrowsable);
                w.Line("public const " + shape.BitsType + " ZeroToModifyFieldsBitmap = " + Literals.HexPlain(zeroToModify) + ";");
            }

            ZeroWriteFacts.Emit(w, register, shape, fields);
            w.Line();
            w.Line("public " + structName + "(nuint address) => Address = address;");
            w.Line();
            w.Line("/// <summary>The register's absolute address.</summary>");
            w.Line("public nuint Address { get; }");
            string read = "global::PacGen.Runtime.Mmio.Read" + shape.MmioSuffix + "(Address)";
            string write = "global::PacGen.Runtime.Mmio.Write" + shape.MmioSuffix + "(Address, ";
            if (readable)
            {
                w.Line();
                w.Line("/// <summary>Reads the register.</summary>");
                w.Line(EmitContext.Inline);
                w.Line("public R Read() => new R(" + read + ");");
            }

            if (writable)
            {
                w.Line();
                w.Line("/// <summary>Writes <paramref name=\"value\"/>.</summary>");
                w.Line(EmitContext.Inline);
                w.Line("public void Write(W value) => " + write + "value.Bits);");
                w.Line("/// <summary>Writes the value <paramref name=\"f\"/> builds from <see cref=\"W.Reset\"/>.</summary>");
                w.Line("public void Write(global::System.Func<W, W> f) => " + write + "f(W.Reset).Bits);");
                w.Line("/// <summary>Writes the value <paramref name=\"f\"/> builds from <see cref=\"W.Reset\"/> and <paramref name=\"state\"/> (no closure).</summary>");
                w.Line("public void Write<TState>(TState state, global::System.Func<W, TState, W> f) => " + write + "f(W.Reset, state).Bits);");
                w.Line(zeroToModify == 0
                    ? "/// <summary>Writes the value <paramref name=\"f\"/> builds from zero.</summary>"
                    : "/// <summary>Writes the value <paramref name=\"f\"/> builds from zero: the write-0-to-modify fields it does not set to 1 clear, set or toggle bits (analyzer warning PACGEN209).</summary>");
                w.Line("public void WriteWithZero(global::System.Func<W, W> f) => " + write + "f(W.Zero).Bits);");
                w.Line("/// <summary>Writes the value <paramref name=\"f\"/> builds from zero and <paramref name=\"state\"/> (no closure).</summary>");
                w.Line("public void WriteWithZero<TState>(TState state, global::System.Func<W, TState, W> f) => " + write + "f(W.Zero, state).Bits);");
                w.Line("/// <summary>Writes <see cref=\"ResetValue\"/>.</summary>");
                w.Line("public void Reset() => " + write + "ResetValue);");
            }

            if (readable && writable)
            {
                w.Line();
                w.Line("/// <summary>Reads the register, lets <paramref name=\"f\"/> change the value and writes it back (write-1-to-modify bits cleared).</summary>");
                // Inlined so that NativeAOT, which does not inline it on its own, leaves no call in a folded Modify.
                w.Line(EmitContext.Inline);
                w.Open("public void Modify(global::System.Func<R, W, W> f)");
                w.Line(shape.BitsType + " bits = " + read + ";");
                w.Line(write + "f(new R(bits), W.FromRead(new R(bits))).Bits);");
                w.Close();
                w.Line();
                w.Line("/// <summary>Reads the register, lets <paramref name=\"f\"/> change the value using <paramref name=\"state\"/> (no closure) and writes it back.</summary>");
                w.Line(EmitContext.Inline);
                w.Open("public void Modify<TState>(TState state, global::System.Func<R, W, TState, W> f)");
                w.Line(shape.BitsType + " bits = " + read + ";");
                w.Line(write + "f(new R(bits), W.FromRead(new R(bits)), state).Bits);");
                w.Close();
                if (_context.AtomicAliases is { } aliases)
                {
                    AtomicAliasEmitter.Emit(w, shape, aliases);
                }
            }

            if (readable)
            {
                w.Line();
                EmitRead(w, shape, displayName, fields, arrays);
            }

            if (writable)
            {
                w.Line();
                EmitWrite(w, shape, safeReset, readable, oneToModify, zeroToModify, fields, arrays);
            }

            w.Close();
        }

        private List<FieldPlan> PlanFields(
            Register register, RegisterShape shape, string registerIdentifier, bool readable, bool writable, out List<FieldArrayPlan> arrays)
        {
            var scope = new NameScope("register " + register.Name, s_memberScopeReserved);
            var plans = new List<FieldPlan>();
            arrays = new List<FieldArrayPlan>();
            foreach (Field field in register.Fields)
            {
                int count = field.Dim?.Count ?? 1;
                int increment = field.Dim is null ? 0 : (int)field.Dim.Increment;
                int last = field.BitOffset + ((count - 1) * increment) + field.BitWidth;
                if (field.BitWidth <= 0 || field.BitOffset < 0 || last > shape.Size)
                {
                    _context.Diagnostics.Add(GeneratorDiagnosticDescriptors.Create(
                        GeneratorDiagnosticDescriptors.ElementSkipped,
                        field.Position,
                        register.Name + "." + field.Name,
                        "its bits do not fit in the " + Literals.Int(shape.Size) + "-bit register"));
                    continue;
                }

                bool fieldReadable = readable && field.Access != Access.WriteOnly && field.Access != Access.WriteOnce;
                bool fieldWritable = writable && field.Access != Access.ReadOnly;
                EnumType? readEnum = null;
                EnumType? writeEnum = null;
                ResolveEnums(field, registerIdentifier, shape, ref readEnum, ref writeEnum);
                var elements = new List<FieldPlan>(count);
                for (int i = 0; i < count; i++)
                {
                    string svdName = field.Dim is null ? field.Name : field.Dim.ElementName(i);
                    string identifier = _context.Namer.Claim(scope, svdName, field.Position);
                    var plan = new FieldPlan(field, svdName, identifier, field.BitOffset + (i * increment), fieldReadable, fieldWritable)
                    {
                        ReadEnum = readEnum,
                        WriteEnum = writeEnum,
                    };
                    plans.Add(plan);
                    elements.Add(plan);
                }

                if (field.Dim is not null)
                {
                    string arrayName = _context.Namer.Claim(scope, field.Name, field.Position);
                    arrays.Add(new FieldArrayPlan(arrayName, elements, increment));
                }
            }

            foreach (FieldPlan plan in plans)
            {
                plan.Names = new FieldMemberNames(plan, scope, _context.Namer);
            }

            return plans;
        }

        private void ResolveEnums(Field field, string registerIdentifier, RegisterShape shape, ref EnumType? readEnum, ref EnumType? writeEnum)
        {
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

            string fieldName = field.Name;
            if (readSet is not null)
            {
                readEnum = _enums.Resolve(readSet, fieldName, registerIdentifier, field.BitWidth, shape, string.Empty);
            }

            if (writeSet is not null)
            {
                writeEnum = ReferenceEquals(writeSet, readSet)
                    ? readEnum
                    : _enums.Resolve(writeSet, fieldName, registerIdentifier, field.BitWidth, shape, readSet is null ? string.Empty : "_W");
            }
        }

        /// <summary>
        /// svd2rust's ONE_TO_MODIFY / ZERO_TO_MODIFY bitmaps: bits whose write of 1 (or 0) has a side effect.
        /// A write built from reset or from a read value clears the former and sets the latter, so that writing a
        /// field never clears a flag or toggles an output by accident.
        /// </summary>
        private static void ComputeWriteMasks(Register register, RegisterShape shape, List<FieldPlan> fields, out ulong oneToModify, out ulong zeroToModify)
        {
            oneToModify = 0;
            zeroToModify = 0;
            if (register.Fields.Count == 0)
            {
                Accumulate(register.ModifiedWriteValues, shape.AllOnes, ref oneToModify, ref zeroToModify);
                return;
            }

            foreach (FieldPlan field in fields)
            {
                Accumulate(field.Field.ModifiedWriteValues, field.Mask, ref oneToModify, ref zeroToModify);
            }
        }

        private static void Accumulate(ModifiedWriteValues values, ulong mask, ref ulong oneToModify, ref ulong zeroToModify)
        {
            switch (values)
            {
                case ModifiedWriteValues.OneToClear:
                case ModifiedWriteValues.OneToSet:
                case ModifiedWriteValues.OneToToggle:
                    oneToModify |= mask;
                    break;
                case ModifiedWriteValues.ZeroToClear:
                case ModifiedWriteValues.ZeroToSet:
                case ModifiedWriteValues.ZeroToToggle:
                    zeroToModify |= mask;
                    break;
            }
        }

        private void EmitRead(SourceWriter w, RegisterShape shape, string displayName, List<FieldPlan> fields, List<FieldArrayPlan> arrays)
        {
            w.Line("/// <summary>A value read from the register.</summary>");
            w.Line(EmitContext.GeneratedCode);
            w.Open("public readonly struct R");
            w.Line("public R(" + shape.BitsType + " bits) => Bits = bits;");
            w.Line();
            w.Line("/// <summary>The raw value.</summary>");
            w.Line("public " + shape.BitsType + " Bits { get; }");
            var layout = new List<string>();
            foreach (FieldPlan field in fields)
            {
                if (!field.Readable)
                {
                    continue;
                }

                string raw = Extract(shape, field.Offset, field.WidthMask);
                w.Line();
                w.Line("/// <summary>" + Literals.XmlText(field.SvdName + ": " + (field.Field.Description ?? field.Field.Name)) + "</summary>");
                if (field.ReadEnum is { } readEnum)
                {
                    w.Line("public " + readEnum.FullName + " " + field.Identifier + " => (" + readEnum.FullName + ")" + raw + ";");
                    for (int i = 0; i < readEnum.Members.Count; i++)
                    {
                        EnumMember member = readEnum.Members[i];
                        string test = member.CareMask == field.WidthMask
                            ? raw + " == " + shape.Hex(member.MaskedValue)
                            : "(" + raw + " & " + shape.Hex(member.CareMask) + ") == " + shape.Hex(member.MaskedValue & member.CareMask);
                        w.Line("public bool " + field.Names!.Is[i] + " => " + test + ";");
                    }

                    layout.Add(FormatLayout.Field(field, readEnum));
                }
                else if (field.IsBool)
                {
                    string test = "(" + shape.BitsOperand + " & " + shape.Hex(field.Mask) + ") != 0";
                    w.Line("public bool " + field.Identifier + " => " + test + ";");
                    layout.Add(FormatLayout.Field(field, null));
                }
                else
                {
                    w.Line("public " + shape.ValueType + " " + field.Identifier + " => " + raw + ";");
                    layout.Add(FormatLayout.Field(field, null));
                }
            }

            foreach (FieldArrayPlan array in arrays)
            {
                FieldPlan first = array.Elements[0];
                if (!first.Readable)
                {
                    continue;
                }

                string type = first.ReadEnum?.FullName ?? (first.IsBool ? "bool" : shape.ValueType);
                string shift = "(" + Literals.Int(first.Offset) + " + (index * " + Literals.Int(array.Increment) + "))";
                string raw = "((" + shape.BitsOperand + " >> " + shift + ") & " + shape.Hex(first.WidthMask) + ")";
                string value = first.ReadEnum is not null ? "(" + type + ")" + raw : first.IsBool ? raw + " != 0" : raw;
                w.Line();
                w.Line("/// <summary>" + Literals.XmlText(first.Field.Name + "[index]: " + (first.Field.Description ?? first.Field.Name)) + "</summary>");
                w.Line("public " + type + " " + array.Identifier + "(int index) => (uint)index < " + Literals.Int(array.Elements.Count) +
                    "u ? " + value + " : throw " + _context.Helpers + ".IndexOutOfRange(index, " + Literals.Int(array.Elements.Count) + ");");
            }

            w.Line();
            w.Line("/// <summary>The value with its fields decoded: <c>" + Literals.XmlText((displayName.Length == 0 ? string.Empty : displayName + " ") + "{ FIELD=VALUE, … }") + "</c>.</summary>");
            // The field layout travels as one string literal decoded at run time: ToString is for debugging, and a
            // literal costs the compiler nothing to bind, where a concatenation per field made big SVDs slow to compile.
            w.Line("public override string ToString() => " + _context.Helpers + ".Format(" + Literals.String(displayName) + ", Bits, " +
                Literals.String(string.Join(";", layout)) + ");");
            w.Close();
        }

        private void EmitWrite(
            SourceWriter w, RegisterShape shape, ulong safeReset, bool readable, ulong oneToModify, ulong zeroToModify, List<FieldPlan> fields, List<FieldArrayPlan> arrays)
        {
            w.Line("/// <summary>A value to write: fluent setters, each returning a new value.</summary>");
            w.Line(EmitContext.GeneratedCode);
            w.Open("public readonly struct W");
            w.Line("public W(" + shape.BitsType + " bits) => Bits = bits;");
            w.Line();
            w.Line("/// <summary>The raw value.</summary>");
            w.Line("public " + shape.BitsType + " Bits { get; }");
            w.Line();
            w.Line("/// <summary>The reset value with write-1-to-modify bits cleared and write-0-to-modify bits set: writing it changes nothing by side effect.</summary>");
            w.Line("public static W Reset => new W(" + Literals.HexPlain(safeReset) + ");");
            w.Line();
            w.Line("/// <summary>All bits zero.</summary>");
            w.Line("public static W Zero => default;");
            if (readable)
            {
                string start = oneToModify == 0 && zeroToModify == 0
                    ? "value.Bits"
                    : shape.ToBits("(" + (shape.Size < 32 ? "(uint)value.Bits" : "value.Bits") + " & ~" + shape.Hex(oneToModify) + ") | " + shape.Hex(zeroToModify));
                w.Line();
                w.Line("/// <summary>The value Modify starts from: <paramref name=\"value\"/> with write-1-to-modify bits cleared and write-0-to-modify bits set.</summary>");
                w.Line(EmitContext.NeverBrowsable);
                w.Line(EmitContext.Inline);
                w.Line("public static W FromRead(R value) => new W(" + start + ");");
            }

            foreach (FieldPlan field in fields)
            {
                if (!field.Writable)
                {
                    continue;
                }

                FieldMemberNames names = field.Names!;
                string summary = "/// <summary>" + Literals.XmlText(field.SvdName + ": " + (field.Field.Description ?? field.Field.Name)) + "</summary>";
                string keep = "(" + shape.BitsOperand + " & ~" + shape.Hex(field.Mask) + ")";
                w.Line();
                w.Line(summary);
                w.Line(EmitContext.Inline);
                if (field.WriteEnum is { } writeEnum)
                {
                    w.Line("public W " + field.Identifier + "(" + writeEnum.FullName + " value) => new W(" +
                        shape.ToBits(keep + " | " + Place(shape, "(" + shape.ValueType + ")value", field)) + ");");
                    for (int i = 0; i < writeEnum.Members.Count; i++)
                    {
                        EnumMember member = writeEnum.Members[i];
                        w.Line(EmitContext.Inline);
                        w.Line("public W " + names.Variant[i] + "() => new W(" +
                            shape.ToBits(keep + " | " + shape.Hex(member.MaskedValue << field.Offset)) + ");");
                    }
                }
                else if (field.IsBool)
                {
                    w.Line("public W " + field.Identifier + "(bool value) => new W(value ? " +
                        shape.ToBits(shape.BitsOperand + " | " + shape.Hex(field.Mask)) + " : " + shape.ToBits(keep) + ");");
                }

                if (names.Raw is not null)
                {
                    if (field.WriteEnum is not null)
                    {
                        w.Line(summary);
                        w.Line(EmitContext.Inline);
                    }

                    EmitCheckedRaw(w, shape, field, names.Raw, names.Unchecked!);
                    w.Line(EmitContext.Inline);
                    w.Line("public W " + names.Unchecked + "(" + shape.ValueType + " bits) => new W(" +
                        shape.ToBits(keep + " | " + Place(shape, "bits", field)) + ");");
                }

                if (names.Intent is not null)
                {
                    bool ones = IsOneToModify(field.Field.ModifiedWriteValues);
                    w.Line(EmitContext.Inline);
                    w.Line("public W " + names.Intent + "() => new W(" +
                        shape.ToBits(ones ? shape.BitsOperand + " | " + shape.Hex(field.Mask) : keep) + ");");
                }
            }

            foreach (FieldArrayPlan array in arrays)
            {
                FieldPlan first = array.Elements[0];
                if (!first.Writable)
                {
                    continue;
                }

                string type = first.WriteEnum?.FullName ?? (first.IsBool ? "bool" : shape.ValueType);
                string count = Literals.Int(array.Elements.Count);
                string shift = "(" + Literals.Int(first.Offset) + " + (index * " + Literals.Int(array.Increment) + "))";
                string mask = "(" + shape.Hex(first.WidthMask) + " << " + shift + ")";
                string value = first.WriteEnum is not null ? "(" + shape.ValueType + ")value" : first.IsBool ? "(value ? " + shape.Hex(1) + " : " + shape.Hex(0) + ")" : "value";
                w.Line();
                w.Line("/// <summary>" + Literals.XmlText(first.Field.Name + "[index]: " + (first.Field.Description ?? first.Field.Name)) + "</summary>");
                w.Line(EmitContext.Inline);
                w.Line("public W " + array.Identifier + "(int index, " + type + " value) => (uint)index < " + count + "u ? new W(" +
                    shape.ToBits("(" + shape.BitsOperand + " & ~" + mask + ") | ((" + value + " & " + shape.Hex(first.WidthMask) + ") << " + shift + ")") +
                    ") : throw " + _context.Helpers + ".IndexOutOfRange(index, " + count + ");");
            }

            w.Close();
        }

        /// <summary>Checked raw setter: range from the field width and writeConstraint; no comparison the compiler would call useless.</summary>
        private void EmitCheckedRaw(SourceWriter w, RegisterShape shape, FieldPlan field, string name, string uncheckedName)
        {
            ulong minimum = 0;
            ulong maximum = field.WidthMask;
            WriteConstraint? constraint = field.Field.WriteConstraint;
            if (constraint?.RangeMinimum is ulong min && constraint.RangeMaximum is ulong max && min <= max)
            {
                minimum = min > minimum ? min : minimum;
                maximum = max < maximum ? max : maximum;
            }

            ulong typeMax = shape.Is64 ? ulong.MaxValue : uint.MaxValue;
            var conditions = new List<string>();
            if (minimum > 0)
            {
                conditions.Add("bits >= " + shape.Hex(minimum));
            }

            if (maximum < typeMax)
            {
                conditions.Add("bits <= " + shape.Hex(maximum));
            }

            // The range as data, so the analyzer reads it from the symbol (source or a PAC assembly) without parsing this body.
            w.Line("[global::PacGen.Runtime.FieldRange(" + Literals.String(field.SvdName) + ", " + Literals.HexPlain(minimum) + ", " + Literals.HexPlain(maximum) + ")]");
            if (conditions.Count == 0)
            {
                w.Line("public W " + name + "(" + shape.ValueType + " bits) => " + uncheckedName + "(bits);");
                return;
            }

            w.Line("public W " + name + "(" + shape.ValueType + " bits) => " + string.Join(" && ", conditions) + " ? " + uncheckedName +
                "(bits) : throw " + _context.Helpers + ".OutOfRange(" + Literals.String(field.SvdName) + ", bits, " +
                Literals.HexPlain(minimum) + ", " + Literals.HexPlain(maximum) + ");");
        }

        private static string Extract(RegisterShape shape, int offset, ulong widthMask)
        {
            string shifted = offset == 0 ? shape.BitsOperand : "(" + shape.BitsOperand + " >> " + Literals.Int(offset) + ")";
            return widthMask == ulong.MaxValue || (!shape.Is64 && widthMask == uint.MaxValue)
                ? shifted
                : "(" + shifted + " & " + shape.Hex(widthMask) + ")";
        }

        private static string Place(RegisterShape shape, string value, FieldPlan field)
        {
            bool fullWidth = field.WidthMask == ulong.MaxValue || (!shape.Is64 && field.WidthMask == uint.MaxValue);
            string masked = fullWidth ? value : "(" + value + " & " + shape.Hex(field.WidthMask) + ")";
            return field.Offset == 0 ? masked : "(" + masked + " << " + Literals.Int(field.Offset) + ")";
        }

        internal static bool IsOneToModify(ModifiedWriteValues values) =>
            values == ModifiedWriteValues.OneToClear || values == ModifiedWriteValues.OneToSet || values == ModifiedWriteValues.OneToToggle;
    }
}
