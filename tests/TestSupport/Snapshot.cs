using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace PacGen.TestSupport
{
    /// <summary>
    /// A minimal snapshot verifier with Verify's file convention: <c>{Class}.{name}.verified.{ext}</c> is committed
    /// next to the test source; on mismatch <c>.received.{ext}</c> is written beside it (git-ignored) and the
    /// failure shows a unified diff. Set <c>PACGEN_ACCEPT=1</c> to overwrite the verified files instead.
    /// </summary>
    public static class Snapshot
    {
        /// <summary>The environment variable that turns verification into acceptance.</summary>
        public const string AcceptVariable = "PACGEN_ACCEPT";

        private const int ContextLines = 3;
        private const int MaxDiffLines = 200;

        /// <param name="actual">The produced text (line endings are normalized to <c>\n</c>).</param>
        /// <param name="name">The snapshot's name, unique within the test class file.</param>
        /// <param name="extension">The file extension without dot (<c>cs</c>, <c>txt</c>).</param>
        /// <param name="testFile">Filled in by the compiler: the calling test's source file.</param>
        public static void Verify(string actual, string name, string extension = "txt", [CallerFilePath] string testFile = "")
        {
            string directory = Path.GetDirectoryName(testFile) ?? throw new ArgumentException("No caller file path.", nameof(testFile));
            string stem = Path.Combine(directory, "Snapshots", Path.GetFileNameWithoutExtension(testFile) + "." + name);
            string verifiedPath = stem + ".verified." + extension;
            string receivedPath = stem + ".received." + extension;
            string normalized = Normalize(actual);

            if (string.Equals(Environment.GetEnvironmentVariable(AcceptVariable), "1", StringComparison.Ordinal))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(verifiedPath)!);
                File.WriteAllText(verifiedPath, normalized, new UTF8Encoding(false));
                File.Delete(receivedPath);
                return;
            }

            string? verified = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
            if (string.Equals(verified, normalized, StringComparison.Ordinal))
            {
                File.Delete(receivedPath);
                return;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(receivedPath)!);
            File.WriteAllText(receivedPath, normalized, new UTF8Encoding(false));
            string message = verified is null
                ? "No verified snapshot " + verifiedPath + " yet; wrote " + receivedPath + ". Review it and rename it, or run with " + AcceptVariable + "=1."
                : "Snapshot " + verifiedPath + " differs (received: " + receivedPath + "; run with " + AcceptVariable + "=1 to accept):\n" +
                  UnifiedDiff(verified, normalized);
            throw new SnapshotMismatchException(message);
        }

        /// <summary>A unified diff (<c>-</c> verified, <c>+</c> received) with a few lines of context, capped in length.</summary>
        public static string UnifiedDiff(string expected, string actual)
        {
            DiffPaneModel diff = new InlineDiffBuilder(new Differ()).BuildDiffModel(expected, actual);
            var lines = diff.Lines;
            var output = new StringBuilder();
            int written = 0;
            int lastPrinted = -1;
            for (int i = 0; i < lines.Count && written < MaxDiffLines; i++)
            {
                if (lines[i].Type == ChangeType.Unchanged)
                {
                    continue;
                }

                int from = Math.Max(lastPrinted + 1, i - ContextLines);
                if (from > lastPrinted + 1)
                {
                    output.Append("@@ line ").Append(from + 1).Append(" @@\n");
                }

                for (int j = from; j < i; j++)
                {
                    output.Append("  ").Append(lines[j].Text).Append('\n');
                    written++;
                }

                int end = i;
                while (end < lines.Count && (lines[end].Type != ChangeType.Unchanged || HasChangeWithin(lines, end, ContextLines)))
                {
                    end++;
                }

                int stop = Math.Min(lines.Count, end + ContextLines);
                for (int j = i; j < stop && written < MaxDiffLines; j++)
                {
                    string prefix = lines[j].Type == ChangeType.Deleted ? "- " : lines[j].Type == ChangeType.Inserted ? "+ " : "  ";
                    output.Append(prefix).Append(lines[j].Text).Append('\n');
                    written++;
                }

                lastPrinted = stop - 1;
                i = stop - 1;
            }

            if (written >= MaxDiffLines)
            {
                output.Append("… (diff truncated)\n");
            }

            return output.ToString();
        }

        private static bool HasChangeWithin(System.Collections.Generic.List<DiffPiece> lines, int index, int distance)
        {
            for (int k = index; k < lines.Count && k <= index + distance; k++)
            {
                if (lines[k].Type != ChangeType.Unchanged)
                {
                    return true;
                }
            }

            return false;
        }

        private static string Normalize(string text) => text.Replace("\r\n", "\n");
    }
}
