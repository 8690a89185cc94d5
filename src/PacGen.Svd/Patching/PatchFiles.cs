using System;
using System.IO;

namespace PacGen.Svd.Patching
{
    /// <summary>The default file source of the patch stage: the disk (the generator passes its AdditionalFiles instead).</summary>
    public static class PatchFiles
    {
        /// <summary>The text of <paramref name="path"/>, or null when it does not exist or cannot be read.</summary>
        public static string? ReadFromDisk(string path)
        {
            try
            {
                return File.Exists(path) ? File.ReadAllText(path) : null;
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                return null;
            }
        }
    }
}
