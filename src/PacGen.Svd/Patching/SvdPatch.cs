using System;
using System.Collections.Generic;
using System.IO;
using PacGen.Svd.Diagnostics;
using PacGen.Svd.Model;
using PacGen.Svd.Patching.Yaml;

namespace PacGen.Svd.Patching
{
    /// <summary>
    /// An svdtools-format device patch with every file it includes merged in (svdtools' <c>yaml_includes</c>):
    /// what to apply to an SVD before it is parsed. Loading never throws; problems are PACGEN3xx diagnostics.
    /// </summary>
    public sealed class SvdPatch
    {
        private SvdPatch(string path, PatchMap? root, string? svdPath, IReadOnlyList<string> files, IReadOnlyList<SvdDiagnostic> diagnostics)
        {
            Path = path;
            Root = root;
            SvdPath = svdPath;
            Files = files;
            Diagnostics = diagnostics;
        }

        /// <summary>The device YAML as given to <see cref="Load"/>.</summary>
        public string Path { get; }

        /// <summary>The merged patch; null when the device file could not be read or parsed.</summary>
        internal PatchMap? Root { get; }

        /// <summary>The full path <c>_svd</c> names (relative to the device file), or null when it has none.</summary>
        public string? SvdPath { get; }

        /// <summary>Every YAML file read, device file first, as full paths: the inputs a build must track.</summary>
        public IReadOnlyList<string> Files { get; }

        public IReadOnlyList<SvdDiagnostic> Diagnostics { get; }

        public bool HasErrors
        {
            get
            {
                foreach (SvdDiagnostic diagnostic in Diagnostics)
                {
                    if (diagnostic.Severity == SvdSeverity.Error)
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        /// <summary>Whether <paramref name="path"/> names a patch (.yaml/.yml) rather than an SVD.</summary>
        public static bool IsPatchPath(string path) =>
            path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// The patched SVD as XML (svdtools' <c>svd patch</c>), or null when loading or applying failed; every
        /// diagnostic is added to <paramref name="diagnostics"/>. Other files come from <paramref name="readText"/> (disk by default).
        /// </summary>
        public string? Apply(string svdText, List<SvdDiagnostic> diagnostics, Func<string, string?>? readText = null) =>
            SvdPatcher.PatchText(svdText, this, readText ?? PatchFiles.ReadFromDisk, diagnostics);

        /// <summary>Loads from disk.</summary>
        public static SvdPatch LoadFile(string path) => Load(path, PatchFiles.ReadFromDisk);

        /// <summary>
        /// Loads <paramref name="path"/> and its includes through <paramref name="readText"/> (full path in, text out,
        /// null when the file does not exist), so the generator can serve them from its tracked AdditionalFiles.
        /// </summary>
        public static SvdPatch Load(string path, Func<string, string?> readText)
        {
            var diagnostics = new PatchDiagnostics();
            string full = FullPath(path);
            var files = new List<string>();
            PatchMap? root = null;
            string? svdPath = null;
            try
            {
                var loader = new Loader(readText, diagnostics, files);
                root = loader.LoadRoot(full);
                if (root != null && root[PatchKeys.Svd] is PatchScalar svd && !svd.IsNull)
                {
                    svdPath = Resolve(full, svd.Value);
                }
            }
            catch (Exception ex) when (!(ex is OutOfMemoryException))
            {
                diagnostics.Add(SvdDiagnosticDescriptors.InternalError.Create(new SourcePosition(1, 1), full, "loading the patch: " + ex.GetType().Name + ": " + ex.Message));
                root = null;
            }

            return new SvdPatch(path, root, svdPath, files, diagnostics.Items);
        }

        internal static string FullPath(string path)
        {
            try
            {
                return System.IO.Path.GetFullPath(path);
            }
            catch (Exception ex) when (ex is ArgumentException || ex is NotSupportedException || ex is PathTooLongException)
            {
                return path;
            }
        }

        /// <summary>A path written in <paramref name="fromFile"/>, relative to that file's folder (svdtools' <c>abspath</c>).</summary>
        internal static string Resolve(string fromFile, string relative)
        {
            string? folder = System.IO.Path.GetDirectoryName(fromFile);
            return FullPath(folder == null ? relative : System.IO.Path.Combine(folder, relative.Replace('\\', System.IO.Path.DirectorySeparatorChar)));
        }

        /// <summary>svdtools' recursive include walk, with a stack of open files so a file including itself is reported.</summary>
        private sealed class Loader
        {
            private readonly Func<string, string?> _readText;
            private readonly PatchDiagnostics _diagnostics;
            private readonly List<string> _files;
            private readonly HashSet<string> _seen = new HashSet<string>(StringComparer.Ordinal);
            private readonly List<string> _open = new List<string>();

            public Loader(Func<string, string?> readText, PatchDiagnostics diagnostics, List<string> files)
            {
                _readText = readText;
                _diagnostics = diagnostics;
                _files = files;
            }

            public PatchMap? LoadRoot(string path)
            {
                string? text = _readText(path);
                if (text == null)
                {
                    _diagnostics.Report(PatchDiagnosticDescriptors.IncludeNotFound, new PatchLocation(path, 0, 0), path, path, "the file does not exist");
                    return null;
                }

                PatchMap? root = ParseMap(text, path);
                if (root == null)
                {
                    return null;
                }

                _open.Add(path);
                Includes(root, path);
                _open.RemoveAt(_open.Count - 1);
                return root;
            }

            private PatchMap? ParseMap(string text, string path)
            {
                Note(path);
                PatchNode? node = PatchYamlParser.Parse(text, path, out string? error, out PatchLocation errorAt);
                if (error != null)
                {
                    _diagnostics.Report(PatchDiagnosticDescriptors.InvalidYaml, errorAt, error);
                    return null;
                }

                if (node == null || (node is PatchScalar s && s.IsNull))
                {
                    return new PatchMap(new PatchLocation(path, 1, 1));
                }

                if (!(node is PatchMap map))
                {
                    _diagnostics.Report(PatchDiagnosticDescriptors.InvalidPatchValue, node.Location, path, "a mapping at the top of the file");
                    return null;
                }

                return map;
            }

            private void Note(string path)
            {
                if (_seen.Add(path))
                {
                    _files.Add(path);
                }
            }

            /// <summary>Processes the includes of <paramref name="parent"/> (written in <paramref name="selfPath"/>); returns the paths included.</summary>
            private List<string> Includes(PatchMap parent, string selfPath)
            {
                var included = new List<string>();
                foreach (var entry in parent.Entries)
                {
                    if (!entry.Key.Value.StartsWith("_", StringComparison.Ordinal) && entry.Value is PatchMap child && child.ContainsKey(PatchKeys.Include))
                    {
                        included.AddRange(Includes(child, selfPath));
                    }
                }

                PatchNode? include = parent[PatchKeys.Include];
                if (include != null)
                {
                    foreach (PatchScalar relative in PatchValues.Strings(include, PatchKeys.Include, _diagnostics))
                    {
                        string path = Resolve(selfPath, relative.Value);
                        if (included.Contains(path))
                        {
                            continue;
                        }

                        if (_open.Contains(path))
                        {
                            _diagnostics.Report(PatchDiagnosticDescriptors.IncludeCycle, relative.Location, relative.Value, string.Join(" -> ", _open));
                            continue;
                        }

                        string? text = _readText(path);
                        if (text == null)
                        {
                            _diagnostics.Report(PatchDiagnosticDescriptors.IncludeNotFound, relative.Location, relative.Value, path, "the file does not exist");
                            continue;
                        }

                        PatchMap? child = ParseMap(text, path);
                        if (child == null)
                        {
                            continue;
                        }

                        included.Add(path);
                        _open.Add(path);
                        included.AddRange(Includes(child, path));
                        _open.RemoveAt(_open.Count - 1);
                        IncludeMerger.Merge(parent, child, _diagnostics);
                    }
                }

                parent.Remove(PatchKeys.Include);
                return included;
            }
        }
    }
}
