using System.Reflection;

namespace PacGen.Generator.Emit
{
    /// <summary>PacGen's version as <c>[GeneratedCode]</c> gives it: major.minor.patch of the generator assembly.</summary>
    internal static class GeneratorVersion
    {
        public static readonly string Value = Read();

        private static string Read()
        {
            System.Version? version = typeof(GeneratorVersion).Assembly.GetName().Version;
            return version is null ? "0.0.0" : version.ToString(3);
        }
    }
}
