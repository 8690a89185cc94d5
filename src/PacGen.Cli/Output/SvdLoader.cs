using System.Collections.Generic;
using System.IO;
using System.Linq;
using PacGen.Svd;
using PacGen.Svd.Diagnostics;
using PacGen.Svd.Patching;

namespace PacGen.Cli.Output
{
    /// <summary>
    /// Reads SVD files for the commands: IO problems are usage errors, SVD problems are diagnostics. A device YAML
    /// (svdtools format, <c>_svd</c> naming the SVD) is accepted wherever an SVD is: the SVD it names, patched.
    /// </summary>
    internal static class SvdLoader
    {
        /// <summary>Reads <paramref name="path"/>; throws <see cref="UsageException"/> when it cannot be read at all.</summary>
        public static LoadedSvd Load(string path)
        {
            if (SvdPatch.IsPatchPath(path))
            {
                SvdPatch patch = LoadPatch(path);
                SvdReadResult patched = SvdReader.ReadPatched(patch);
                return new LoadedSvd(patch.SvdPath ?? path, patched.Device, patched.Diagnostics.ToList());
            }

            SvdReadResult result = SvdReader.Read(ReadText(path));
            return new LoadedSvd(path, result.Device, result.Diagnostics.ToList());
        }

        /// <summary>A device YAML; throws <see cref="UsageException"/> when the file itself does not exist.</summary>
        public static SvdPatch LoadPatch(string path)
        {
            if (!File.Exists(path))
            {
                throw new UsageException("file not found: " + path);
            }

            return SvdPatch.LoadFile(path);
        }

        /// <summary>
        /// The SVD text a command works on and the path it is known by: the file itself, or for a device YAML the
        /// patched SVD (null when the patch fails; its diagnostics are then in <paramref name="diagnostics"/>).
        /// </summary>
        public static string? ReadSvdText(string path, List<SvdDiagnostic> diagnostics, out string svdPath)
        {
            svdPath = path;
            if (!SvdPatch.IsPatchPath(path))
            {
                return ReadText(path);
            }

            SvdPatch patch = LoadPatch(path);
            diagnostics.AddRange(patch.Diagnostics);
            if (patch.HasErrors)
            {
                return null;
            }

            if (patch.SvdPath == null)
            {
                throw new UsageException(path + " has no _svd key naming the SVD to patch");
            }

            svdPath = patch.SvdPath;
            var applied = new List<SvdDiagnostic>();
            string? text = patch.Apply(ReadText(patch.SvdPath), applied);
            diagnostics.AddRange(applied.Where(d => !patch.Diagnostics.Contains(d)));
            return text;
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
        public static void WriteDiagnostics(TextWriter writer, LoadedSvd svd) => WriteDiagnostics(writer, svd.Path, svd.Diagnostics);

        public static void WriteDiagnostics(TextWriter writer, string path, IEnumerable<SvdDiagnostic> diagnostics)
        {
            foreach (SvdDiagnostic diagnostic in diagnostics)
            {
                writer.WriteLine(diagnostic.ToCanonicalString(path));
            }
        }
    }
}
