using System.IO;
using System.Linq;
using PacGen.Svd;
using PacGen.Svd.Diagnostics;

namespace PacGen.Cli.Output
{
    /// <summary>Reads SVD files for the commands: IO problems are usage errors, SVD problems are diagnostics.</summary>
    internal static class SvdLoader
    {
        /// <summary>Reads <paramref name="path"/>; throws <see cref="UsageException"/> when it cannot be read at all.</summary>
        public static LoadedSvd Load(string path)
        {
            SvdReadResult result = SvdReader.Read(ReadText(path));
            return new LoadedSvd(path, result.Device, result.Diagnostics.ToList());
        }

        /// <summary>The file's text; throws <see cref="UsageException"/> when it cannot be read.</summary>
        public static string ReadText(string path)
        {
            try
            {
                return File.ReadAllText(path);
            }
            catch (FileNotFoundException)
            {
                throw new UsageException("file not found: " + path);
            }
            catch (DirectoryNotFoundException)
            {
                throw new UsageException("file not found: " + path);
            }
            catch (IOException e)
            {
                throw new UsageException("cannot read " + path + ": " + e.Message);
            }
            catch (System.UnauthorizedAccessException e)
            {
                throw new UsageException("cannot read " + path + ": " + e.Message);
            }
        }

        /// <summary>Writes every diagnostic in MSBuild canonical form, <c>file(line,col): error PACGEN012: message</c>.</summary>
        public static void WriteDiagnostics(TextWriter writer, LoadedSvd svd)
        {
            foreach (SvdDiagnostic diagnostic in svd.Diagnostics)
            {
                writer.WriteLine(diagnostic.ToCanonicalString(svd.Path));
            }
        }
    }
}
