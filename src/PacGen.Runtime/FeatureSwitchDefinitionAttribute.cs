#if !NET9_0_OR_GREATER
namespace System.Diagnostics.CodeAnalysis
{
    // net8.0 lacks this attribute; the trimmer recognizes it by name, so the switch still folds when trimmed.
    [AttributeUsage(AttributeTargets.Property, Inherited = false)]
    internal sealed class FeatureSwitchDefinitionAttribute : Attribute
    {
        public FeatureSwitchDefinitionAttribute(string switchName) => SwitchName = switchName;

        public string SwitchName { get; }
    }
}
#endif
