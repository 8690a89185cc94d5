using PacGen.Generator.Diagnostics;
using PacGen.Svd.Model;

namespace PacGen.Generator.Planning
{
    /// <summary>
    /// Everything generated for one device, decided: every identifier final, every register type's sharing and
    /// every enum's de-duplication settled, masks and ranges computed, doc text escaped. Equatable data only, so
    /// the pipeline caches it; the emitters in <c>Emit/</c> turn it into text and decide nothing.
    /// </summary>
    /// <param name="Namespace">The C# namespace, without <c>global::</c>.</param>
    /// <param name="Device">The device file: the <c>Device</c> class and the <c>Interrupt</c> enum.</param>
    /// <param name="Types">One file per peripheral type, in document order of first use.</param>
    /// <param name="Diagnostics">What planning noticed (PACGEN1xx: renamed identifiers, skipped elements), in order.</param>
    internal sealed record DevicePlan(
        string Namespace,
        DeviceFilePlan Device,
        EquatableArray<PeripheralTypePlan> Types,
        EquatableArray<GeneratorDiagnostic> Diagnostics);

    /// <summary>The device file: <c>Device</c> with one property per peripheral instance, and <c>Interrupt</c>.</summary>
    /// <param name="HintName">The file's hint name (<c>Bcm2711.Device.g.cs</c>).</param>
    /// <param name="Summary">Doc text of <c>Device</c> (escaped).</param>
    /// <param name="DeviceName">The SVD device name, the value of <c>Device.Name</c> (not escaped: a string literal).</param>
    /// <param name="DeviceNameText">The device name as doc text (escaped).</param>
    internal sealed record DeviceFilePlan(
        string HintName,
        string Summary,
        string DeviceName,
        string DeviceNameText,
        EquatableArray<DevicePropertyPlan> Properties,
        EquatableArray<InterruptPlan> Interrupts);

    /// <summary><c>public static {TypeFullName} {Identifier} => {HolderFullName}.Instance;</c></summary>
    /// <param name="HolderFullName">The peripheral type itself, or the instance class of an instance named otherwise.</param>
    internal sealed record DevicePropertyPlan(string Summary, string Identifier, string TypeFullName, string HolderFullName);

    /// <summary>One <c>Interrupt</c> member: <c>{Identifier} = {Value},</c>.</summary>
    internal sealed record InterruptPlan(string Summary, string Identifier, int Value);
}
