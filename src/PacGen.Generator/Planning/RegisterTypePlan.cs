using PacGen.Svd.Model;

namespace PacGen.Generator.Planning
{
    /// <summary>
    /// One register type: what its access allows, its reset value and write-modify bitmaps, its fields with their
    /// final member names. Shared by every register of the peripheral type with the same layout.
    /// </summary>
    /// <param name="StructName"><c>Gpfsel4Register</c>.</param>
    /// <param name="Summary">Doc text (escaped).</param>
    /// <param name="Size">8, 16, 32 or 64 (see <see cref="RegisterWidth"/> for what follows from it).</param>
    /// <param name="Readable">Has <c>Read</c> and <c>R</c>.</param>
    /// <param name="Writable">Has <c>Write</c>, <c>W</c> and the write-modify bitmaps.</param>
    /// <param name="ResetValue">The SVD reset value limited to the register size.</param>
    /// <param name="WriteModify">The bits whose write has a side effect (emitted as constants for the interceptor and analyzer).</param>
    /// <param name="SafeReset"><c>W.Reset</c>: the reset value with the one-to-modify bits cleared and the zero-to-modify bits set.</param>
    /// <param name="DisplayName">The register name R.ToString() starts with; empty when several registers share the type.</param>
    /// <param name="ToStringSummary">Doc text of R.ToString() (escaped).</param>
    /// <param name="Layout">The field layout R.ToString() decodes at run time (see <see cref="FormatLayout"/>).</param>
    /// <param name="Fields">One entry per field element (an array field contributes every element), in document order.</param>
    /// <param name="FieldArrays">The indexed accessors of field arrays.</param>
    /// <param name="AtomicAliases">The atomic alias windows of a readable and writable register (Set/Clear/Toggle), or null.</param>
    internal sealed record RegisterTypePlan(
        string StructName,
        string Summary,
        int Size,
        bool Readable,
        bool Writable,
        ulong ResetValue,
        WriteModifyBits WriteModify,
        ulong SafeReset,
        string DisplayName,
        string ToStringSummary,
        string Layout,
        EquatableArray<FieldPlan> Fields,
        EquatableArray<FieldArrayPlan> FieldArrays,
        AtomicAliasPlan? AtomicAliases);

    /// <summary>
    /// Offsets of the atomic alias windows (from the AtomicAliases metadata) a register's Set / Clear / Toggle write
    /// to; null where the device has no such window.
    /// </summary>
    internal sealed record AtomicAliasPlan(ulong? Set, ulong? Clear, ulong? Toggle);

    /// <summary>
    /// One field element as R and W show it: its bits, its getter and setters with their final names, and the
    /// range its checked setter accepts.
    /// </summary>
    /// <param name="SvdName">The element's SVD name (<c>FSEL42</c>), used in messages.</param>
    /// <param name="Identifier">The getter's and main setter's name.</param>
    /// <param name="Summary">Doc text (escaped).</param>
    /// <param name="Offset">Lowest bit of the element in the register.</param>
    /// <param name="WidthMask">The value mask before shifting (<c>0x7</c> for 3 bits).</param>
    /// <param name="IsBool">1-bit fields without an enum read and write as bool.</param>
    /// <param name="ReadEnum">The enum the getter returns, with one <c>Is…</c> test per variant; null when none.</param>
    /// <param name="WriteEnum">The enum the setter takes, with one setter per variant; null when none.</param>
    /// <param name="Raw">The checked and unchecked raw setters; null for bool fields and read-only fields.</param>
    /// <param name="Intent">The <c>Clear…</c>/<c>Set…</c>/<c>Toggle…</c> method for modifiedWriteValues with a side effect.</param>
    internal sealed record FieldPlan(
        string SvdName,
        string Identifier,
        string Summary,
        int Offset,
        ulong WidthMask,
        bool Readable,
        bool Writable,
        bool IsBool,
        ReadEnumPlan? ReadEnum,
        WriteEnumPlan? WriteEnum,
        RawSetterPlan? Raw,
        IntentPlan? Intent)
    {
        /// <summary>The field's mask in place.</summary>
        public ulong Mask => WidthMask << Offset;
    }

    /// <summary>The enum a getter returns, its <c>Is…</c> tests (one per variant) and the nullable read.</summary>
    /// <param name="VariantName"><c>{VariantName}</c>: the field as the enum, or null for a value no variant names.</param>
    internal sealed record ReadEnumPlan(string FullName, string VariantName, EquatableArray<EnumTestPlan> Tests);

    /// <summary><c>bool {Name} => (field &amp; CareMask) == Value</c> (Value already masked); CareMask equal to the width mask means an exact test.</summary>
    /// <param name="Member">The enum member the test stands for (what the nullable read returns when it holds).</param>
    /// <param name="CareMask">Bits of the field that matter (don't-care bits cleared).</param>
    internal sealed record EnumTestPlan(string Name, string Member, ulong CareMask, ulong Value);

    /// <summary>The enum a setter takes and one setter per variant.</summary>
    internal sealed record WriteEnumPlan(string FullName, EquatableArray<VariantSetterPlan> Variants);

    /// <summary><c>W {Name}()</c>: the field set to one variant (<paramref name="PlacedValue"/> is already shifted into place).</summary>
    internal sealed record VariantSetterPlan(string Name, ulong PlacedValue);

    /// <summary>
    /// <c>W {Name}(bits)</c>, checked against [Minimum, Maximum] (the field width and the writeConstraint range),
    /// and <c>W {UncheckedName}(bits)</c>. The range is also emitted as <c>[FieldRange]</c> for the analyzer.
    /// </summary>
    /// <param name="CheckMinimum">The check compares with Minimum (false when it is 0: unsigned values cannot be lower).</param>
    /// <param name="CheckMaximum">The check compares with Maximum (false when it is the type's maximum).</param>
    internal sealed record RawSetterPlan(string Name, string UncheckedName, ulong Minimum, ulong Maximum, bool CheckMinimum, bool CheckMaximum)
    {
        /// <summary>True when the setter checks anything at all.</summary>
        public bool Checks => CheckMinimum || CheckMaximum;
    }

    /// <summary><c>W {Name}()</c> writing the bit value that has the effect: the field's bits set (write-1-to-…) or cleared (write-0-to-…).</summary>
    internal sealed record IntentPlan(string Name, bool SetsBits);

    /// <summary>
    /// The indexed accessors of a field array: <c>R.{Identifier}(int index)</c>, <c>W.{Identifier}(int index, value)</c>,
    /// and <c>R.{ValuesIdentifier}</c>, every element at once for <c>foreach</c>.
    /// </summary>
    /// <param name="FirstOffset">Lowest bit of element 0.</param>
    /// <param name="Increment">Bits between elements.</param>
    /// <param name="ReadEnumFullName">The enum the getter returns, or null.</param>
    /// <param name="WriteEnumFullName">The enum the setter takes, or null.</param>
    /// <param name="ValuesIdentifier">The R property holding every element (<c>FselValues</c>); empty when not readable.</param>
    internal sealed record FieldArrayPlan(
        string Identifier,
        string Summary,
        int Count,
        int FirstOffset,
        int Increment,
        ulong WidthMask,
        bool Readable,
        bool Writable,
        bool IsBool,
        string? ReadEnumFullName,
        string? WriteEnumFullName,
        string ValuesIdentifier);
}
