using System;
using System.IO;

namespace PacGen.Svd.Tests.Support
{
    /// <summary>Finds the repository (the folder holding PacGen.sln) and the shared corpus beside it.</summary>
    internal static class RepoPaths
    {
        private static readonly Lazy<string> RootValue = new Lazy<string>(FindRoot);

        public static string Root => RootValue.Value;

        public static string ShippedSvd(string fileName) => Path.Combine(Root, "svd", fileName);

        /// <summary><c>../shared/svd-corpus</c> next to the repository; absent on a fresh clone.</summary>
        public static string Corpus => Path.GetFullPath(Path.Combine(Root, "..", "shared", "svd-corpus"));

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
