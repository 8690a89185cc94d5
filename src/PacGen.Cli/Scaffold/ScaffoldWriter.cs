using System.Collections.Generic;
using System.IO;

namespace PacGen.Cli.Scaffold
{
    /// <summary>Writes a scaffold into a folder that must be new or empty, so nothing of the user's is overwritten.</summary>
    internal static class ScaffoldWriter
    {
        public static bool CanWriteInto(string directory) =>
            !Directory.Exists(directory) || Directory.GetFileSystemEntries(directory).Length == 0;

        public static IReadOnlyList<string> Write(string directory, ScaffoldSpec spec, string svdPath)
        {
            var written = new List<string>();
            foreach (KeyValuePair<string, string> file in ScaffoldFiles.Create(spec))
            {
                string path = Path.Combine(directory, file.Key.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, file.Value);
                written.Add(path);
            }

            string svdCopy = Path.Combine(directory, "src", spec.Name, spec.SvdFileName);
            File.Copy(svdPath, svdCopy);
            written.Add(svdCopy);
            return written;
        }
    }
}
