using System;
using System.IO;

namespace PacGen.Simulation.Tests;

/// <summary>Locates files of the repository from the test's output folder (the folder holding PacGen.sln).</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> s_root = new Lazy<string>(FindRoot);

    public static string Root => s_root.Value;

    public static string Bcm2711Svd => Path.Combine(Root, "svd", "bcm2711.svd");

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
