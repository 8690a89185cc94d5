using System;
using System.IO;

namespace PacGen.TestSupport
{
    /// <summary>Paths of the repository the tests run from (found by walking up to <c>PacGen.sln</c>).</summary>
    public static class RepoPaths
    {
        private static readonly Lazy<string> s_root = new Lazy<string>(FindRoot);

        /// <summary>The folder containing PacGen.sln.</summary>
        public static string Root => s_root.Value;

        /// <summary>The shipped SVDs (<c>svd/</c>).</summary>
        public static string SvdFolder => Path.Combine(Root, "svd");

        /// <summary>The shared SVD corpus beside the repository, or null when absent (a fresh clone has none).</summary>
        public static string? Corpus
        {
            get
            {
                string path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "svd-corpus"));
                return Directory.Exists(path) ? path : null;
            }
        }

        private static string FindRoot()
        {
            for (DirectoryInfo? dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
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
