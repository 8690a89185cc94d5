using System;
using System.Collections.Generic;
using PacGen.Svd.Model;
using PacGen.Svd.Patching;

namespace PacGen.Generator.Pipeline
{
    /// <summary>
    /// Picks, from every tracked patch input of the compilation, the ones one device's patch reads: its include
    /// closure, the SVD its <c>_svd</c> names, and SVDs its <c>_copy</c> entries may read. The device's
    /// <see cref="SvdFile"/> then carries exactly those texts, so editing a file another device includes leaves this
    /// device's file equal and its parse, plan and emit cached.
    /// </summary>
    internal static class PatchDependencies
    {
        public static SvdFile Select(SvdFile file, EquatableArray<PatchInput> all)
        {
            if (file.Patch is null)
            {
                return file;
            }

            Func<string, string?> readText = Reader(file, all);
            SvdPatch patch = SvdPatch.Load(file.Patch, readText);
            var wanted = new SortedSet<string>(patch.Files, StringComparer.Ordinal);
            if (patch.SvdPath != null && !SvdFile.IsSvdPath(file.Path))
            {
                wanted.Add(patch.SvdPath);
            }

            // `_copy: {from: other.svd:PERIPHERAL}` reads another SVD while applying: any SVD input whose file name
            // a YAML of this patch mentions (an over-approximation is only an extra tracked input).
            var texts = new List<string>();
            foreach (string yaml in patch.Files)
            {
                if (readText(yaml) is string text)
                {
                    texts.Add(text);
                }
            }

            foreach (PatchInput input in all)
            {
                if (SvdFile.IsSvdPath(input.Path) && !wanted.Contains(input.Path) && Mentioned(texts, System.IO.Path.GetFileName(input.Path)))
                {
                    wanted.Add(input.Path);
                }
            }

            var inputs = new List<PatchInput>(wanted.Count);
            foreach (string path in wanted)
            {
                inputs.Add(new PatchInput(path, readText(path)));
            }

            return file with { Inputs = inputs.ToEquatableArray() };
        }

        /// <summary>Reads a file of the patch: the device file itself, or a tracked input (full paths); null if untracked.</summary>
        public static Func<string, string?> Reader(SvdFile file, IEnumerable<PatchInput> inputs)
        {
            var byPath = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (PatchInput input in inputs)
            {
                byPath[input.Path] = input.Text;
            }

            byPath[PatchInput.FullPath(file.Path)] = file.Text;
            return path => byPath.TryGetValue(PatchInput.FullPath(path), out string? text) ? text : null;
        }

        private static bool Mentioned(List<string> texts, string fileName)
        {
            foreach (string text in texts)
            {
                if (text.IndexOf(fileName, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
