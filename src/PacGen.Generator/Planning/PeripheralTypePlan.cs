using PacGen.Svd.Model;

namespace PacGen.Generator.Planning
{
    /// <summary>
    /// One peripheral type (shared by every instance with the same SVD type name) and its file: the type's
    /// registers and clusters, the enums of its fields, and the small static classes of instances named otherwise.
    /// </summary>
    /// <param name="HintName">The file's hint name (<c>Bcm2711.Gpio.g.cs</c>), unique ignoring case within the device.</param>
    /// <param name="TypeName">The type's identifier, claimed in the namespace.</param>
    /// <param name="FullName"><c>global::Bcm2711.Gpio</c>.</param>
    /// <param name="Summary">Doc text (escaped).</param>
    /// <param name="InstancesText">The instances and their addresses, for the remarks (escaped).</param>
    /// <param name="NamedInstance">The instance whose name is the type's (it gets <c>Instance</c>), or null.</param>
    /// <param name="Children">The registers and clusters.</param>
    /// <param name="Enums">The enums, in order of first use.</param>
    /// <param name="InstanceClasses">Instances whose name is not the type's.</param>
    internal sealed record PeripheralTypePlan(
        string HintName,
        string TypeName,
        string FullName,
        string Summary,
        string InstancesText,
        InstancePlan? NamedInstance,
        EquatableArray<ChildPlan> Children,
        EquatableArray<EnumPlan> Enums,
        EquatableArray<InstanceClassPlan> InstanceClasses);

    /// <summary>An instance at its SVD address: <c>DefaultBaseAddress</c> and <c>Instance</c>.</summary>
    /// <param name="NameText">The instance's SVD name as doc text (escaped).</param>
    internal sealed record InstancePlan(string NameText, ulong BaseAddress);

    /// <summary><c>public static class {ClassName}</c> holding another instance of a shared peripheral type.</summary>
    internal sealed record InstanceClassPlan(string ClassName, string Summary, InstancePlan Instance);

    /// <summary>An enum for an enumeratedValues set, nested in the peripheral type.</summary>
    /// <param name="ValueType"><c>uint</c> or <c>ulong</c>: the register's arithmetic type.</param>
    internal sealed record EnumPlan(string Identifier, string Summary, string ValueType, EquatableArray<EnumMemberPlan> Members);

    /// <summary><c>{Identifier} = {Value},</c> with the variant's doc text.</summary>
    /// <param name="Value">The variant's value limited to the field width.</param>
    internal sealed record EnumMemberPlan(string Identifier, string Summary, ulong Value);
}
