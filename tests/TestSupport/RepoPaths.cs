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

        /// <summary>A shipped SVD by file name: <c>svd/bcm2711.svd</c>.</summary>
        public static string Svd(string fileName) => Path.Combine(SvdFolder, fileName);

        /// <summary>A file the test project copies to its output's <c>TestData/</c> folder.</summary>
        public static string TestData(string fileName) => Path.Combine(AppContext.BaseDirectory, "TestData", fileName);

        /// <summary>Where the shared SVD corpus sits beside the repository (<c>../shared/svd-corpus</c>).</summary>
        public static string Corpus => Path.GetFullPath(Path.Combine(Root, "..", "shared", "svd-corpus"));

        /// <summary>False on a fresh clone, which has no <c>../shared</c>: tests that read the corpus skip then.</summary>
        public static bool HasCorpus => Directory.Exists(Corpus);

        /// <summary>stm32-rs' YAML for six devices and their vendor SVDs (<c>../shared/stm32-rs</c>).</summary>
        public static string Stm32Rs => Path.GetFullPath(Path.Combine(Root, "..", "shared", "stm32-rs"));

        /// <summary>False on a fresh clone: the stm32-rs patch tests skip then.</summary>
        public static bool HasStm32Rs => Directory.Exists(Stm32Rs);

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
