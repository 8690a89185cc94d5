using System;
using System.IO;

namespace PacGen.EndToEnd.Tests
{
    /// <summary>The repository root: the folder holding PacGen.sln above the test binaries.</summary>
    internal static class RepoPaths
    {
        public static string Root { get; } = FindRoot();

        public static string Svd(string name) => Path.Combine(Root, "svd", name);

        private static string FindRoot()
        {
            for (DirectoryInfo? dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "PacGen.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("PacGen.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
