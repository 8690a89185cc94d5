// Compiled by MSBuild's RoslynCodeTaskFactory (PacGen.Patch.targets): which files each patched device reads.
using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

public sealed class PacGenFindPatchInputs : Task
{
    private static readonly Regex s_key = new Regex(@"^(?<indent>\s*)(?:-\s+)?(?<key>_svd|_include|from)\s*:\s*(?<value>.*)$");
    private static readonly Regex s_item = new Regex(@"^(?<indent>\s*)-\s+(?<value>.*)$");

    [Required]
    public ITaskItem[] Devices { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Every file some device's patch reads, once, full paths.</summary>
    [Output]
    public ITaskItem[] Inputs { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The devices with a patch, each with PacGenPatchInputs (its files, ';'-separated).</summary>
    [Output]
    public ITaskItem[] PatchedDevices { get; set; } = Array.Empty<ITaskItem>();

    public override bool Execute()
    {
        var all = new SortedSet<string>(StringComparer.Ordinal);
        var patched = new List<ITaskItem>();
        foreach (ITaskItem device in Devices)
        {
            string patch = device.GetMetadata("PacGenPatch");
            if (string.IsNullOrWhiteSpace(patch))
            {
                continue;
            }

            string self = Path.GetFullPath(device.ItemSpec);
            bool itemIsSvd = self.EndsWith(".svd", StringComparison.OrdinalIgnoreCase);
            var files = new SortedSet<string>(StringComparer.Ordinal);
            Walk(Path.GetFullPath(patch), Path.GetFullPath(patch), itemIsSvd, files);
            files.Remove(self);
            all.UnionWith(files);
            var item = new TaskItem(device);
            item.SetMetadata("PacGenPatchInputs", string.Join(";", files));
            patched.Add(item);
        }

        var inputs = new List<ITaskItem>();
        foreach (string path in all)
        {
            inputs.Add(new TaskItem(path));
        }

        Inputs = inputs.ToArray();
        PatchedDevices = patched.ToArray();
        return !Log.HasLoggedErrors;
    }

    private static void Walk(string file, string deviceFile, bool ignoreSvdKey, SortedSet<string> files)
    {
        if (!File.Exists(file) || !files.Add(file))
        {
            return;
        }

        string[] lines;
        try
        {
            lines = File.ReadAllLines(file);
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
        {
            return; // the generator reports the file it cannot read
        }

        string folder = Path.GetDirectoryName(file) ?? string.Empty;
        string deviceFolder = Path.GetDirectoryName(deviceFile) ?? string.Empty;
        for (int i = 0; i < lines.Length; i++)
        {
            Match key = s_key.Match(StripComment(lines[i]));
            if (!key.Success)
            {
                continue;
            }

            string name = key.Groups["key"].Value;
            var values = new List<string>();
            string value = key.Groups["value"].Value.Trim();
            if (value.Length == 0)
            {
                // A block list under the key: `- path` lines, more indented or at the key's indent (YAML allows both).
                for (int j = i + 1; j < lines.Length; j++)
                {
                    string line = StripComment(lines[j]);
                    if (line.Trim().Length == 0)
                    {
                        continue;
                    }

                    Match item = s_item.Match(line);
                    if (!item.Success || item.Groups["indent"].Value.Length < key.Groups["indent"].Value.Length)
                    {
                        break;
                    }

                    values.Add(item.Groups["value"].Value);
                }
            }
            else if (value.StartsWith("[", StringComparison.Ordinal))
            {
                values.AddRange(value.Trim('[', ']').Split(','));
            }
            else
            {
                values.Add(value);
            }

            foreach (string raw in values)
            {
                string path = Unquote(raw);
                if (name == "from")
                {
                    // `_copy: {from: other.svd:PERIPHERAL}`, relative to the device file (svdtools).
                    int svd = path.IndexOf(".svd:", StringComparison.OrdinalIgnoreCase);
                    if (svd > 0)
                    {
                        Add(Path.Combine(deviceFolder, path.Substring(0, svd + 4)), files);
                    }
                }
                else if (name == "_svd")
                {
                    if (!ignoreSvdKey && file == deviceFile)
                    {
                        Add(Path.Combine(folder, path), files);
                    }
                }
                else if (path.Length > 0)
                {
                    Walk(Path.GetFullPath(Path.Combine(folder, path.Replace('\\', Path.DirectorySeparatorChar))), deviceFile, ignoreSvdKey, files);
                }
            }
        }
    }

    private static void Add(string path, SortedSet<string> files)
    {
        string full = Path.GetFullPath(path.Replace('\\', Path.DirectorySeparatorChar));
        if (File.Exists(full))
        {
            files.Add(full);
        }
    }

    private static string StripComment(string line)
    {
        int hash = line.IndexOf(" #", StringComparison.Ordinal);
        return hash >= 0 ? line.Substring(0, hash) : line.StartsWith("#", StringComparison.Ordinal) ? string.Empty : line;
    }

    private static string Unquote(string value)
    {
        string trimmed = value.Trim();
        if (trimmed.Length >= 2 && (trimmed[0] == '"' || trimmed[0] == '\'') && trimmed[trimmed.Length - 1] == trimmed[0])
        {
            trimmed = trimmed.Substring(1, trimmed.Length - 2);
        }

        return trimmed;
    }
}
