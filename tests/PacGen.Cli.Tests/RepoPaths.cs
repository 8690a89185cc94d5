using System;
using System.IO;

namespace PacGen.Cli.Tests
{
    /// <summary>Repository locations, found by walking up from the test binaries to the folder holding PacGen.sln.</summary>
    internal static class RepoPaths
    {
        public static string Root { get; } = FindRoot();

        public static string Svd(string name) => Path.Combine(Root, "svd", name);

        public static string TestData(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

        /// <summary>The shared SVD corpus beside the clone; absent on a fresh clone (tests using it skip).</summary>
        public static string Corpus { get; } = Path.GetFullPath(Path.Combine(Root, "..", "shared", "svd-corpus"));

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
