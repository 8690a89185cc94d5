using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.CodeAnalysis;
using PacGen.Runtime;

namespace PacGen.Testing
{
    /// <summary>
    /// Metadata references for compiling generated code: the running runtime's trusted platform assemblies
    /// (so no reference-assembly package is needed) plus PacGen.Runtime. Built once and shared.
    /// </summary>
    public static class CompilationReferences
    {
        private static readonly Lazy<IReadOnlyList<MetadataReference>> s_all = new Lazy<IReadOnlyList<MetadataReference>>(Create);

        /// <summary>Every reference generated code needs.</summary>
        public static IReadOnlyList<MetadataReference> All => s_all.Value;

        private static IReadOnlyList<MetadataReference> Create()
        {
            var references = new List<MetadataReference>();
            string trusted = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty;
            var paths = new List<string>(trusted.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
            paths.Sort(StringComparer.Ordinal);
            foreach (string path in paths)
            {
                string name = Path.GetFileNameWithoutExtension(path);
                // Framework assemblies only: the test host's own dlls (xunit, Roslyn, PacGen.*) are not what a PAC compiles against.
                if (name.StartsWith("System", StringComparison.Ordinal) || name.StartsWith("Microsoft.Win32", StringComparison.Ordinal) ||
                    string.Equals(name, "mscorlib", StringComparison.Ordinal) || string.Equals(name, "netstandard", StringComparison.Ordinal) ||
                    string.Equals(name, "Microsoft.CSharp", StringComparison.Ordinal) || string.Equals(name, "Microsoft.VisualBasic", StringComparison.Ordinal))
                {
                    references.Add(MetadataReference.CreateFromFile(path));
                }
            }

            references.Add(MetadataReference.CreateFromFile(typeof(Mmio).Assembly.Location));
            return references;
        }
    }
}
