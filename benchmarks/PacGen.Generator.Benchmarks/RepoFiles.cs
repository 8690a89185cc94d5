using System;
using System.IO;

namespace PacGen.Generator.Benchmarks
{
    /// <summary>
    /// Where the SVDs are: the shipped ones under svd/ and the corpus at ../shared/svd-corpus (absent on a fresh
    /// clone). Found by walking up from the binary to the folder holding PacGen.sln, so it works from bin/ and
    /// from BenchmarkDotNet's in-process runs alike.
    /// </summary>
    internal static class RepoFiles
    {
        private static readonly Lazy<string> s_root = new Lazy<string>(FindRoot);

        public static string Root => s_root.Value;

        public static string ShippedSvd(string fileName) => Path.Combine(Root, "svd", fileName);

        public static string CorpusFolder => Path.GetFullPath(Path.Combine(Root, "..", "shared", "svd-corpus"));

        /// <summary>The corpus file at <paramref name="relativePath"/> (e.g. <c>STMicro/STM32H743.svd</c>), or null when the corpus lacks it.</summary>
        public static string? CorpusSvd(string relativePath)
        {
            string path = Path.Combine(CorpusFolder, relativePath);
            return File.Exists(path) ? path : null;
        }

        /// <summary>A path given on the command line: as is when it exists, else relative to the repo root.</summary>
        public static string Resolve(string path)
        {
            if (File.Exists(path))
            {
                return Path.GetFullPath(path);
            }

            string fromRoot = Path.Combine(Root, path);
            if (File.Exists(fromRoot))
            {
                return fromRoot;
            }

            throw new FileNotFoundException("No SVD at '" + path + "' (nor relative to " + Root + ").", path);
        }

        private static string FindRoot()
        {
            for (DirectoryInfo? dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "PacGen.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("PacGen.sln not found above " + AppContext.BaseDirectory + "; run from the repository.");
        }
    }
}
