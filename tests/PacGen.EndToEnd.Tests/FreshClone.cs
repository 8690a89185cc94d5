using System;
using System.IO;
using Xunit;

namespace PacGen.EndToEnd.Tests
{
    /// <summary>
    /// A fresh clone of the repository as `git add -A &amp;&amp; git commit` would leave it: the work tree's tracked
    /// changes (`git stash create`, which records them as a commit without touching the work tree) plus its untracked,
    /// not ignored files. So a build path that only works in a developer's tree (an ignored file it needs, a path under
    /// bin/ it assumes) fails here as it would in CI, while uncommitted work is still what is tested. Outside a git
    /// work tree (a source archive) the tree is copied without its bin/, obj/ and dot folders.
    /// </summary>
    internal static class FreshClone
    {
        private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(5);

        public static void Create(string repository, string destination)
        {
            if (!Directory.Exists(Path.Combine(repository, ".git")) && !File.Exists(Path.Combine(repository, ".git")))
            {
                CopyTree(repository, destination);
                return;
            }

            string commit = Git(repository, "stash", "create").Trim();
            if (commit.Length == 0)
            {
                commit = Git(repository, "rev-parse", "HEAD").Trim();
            }

            // --shared: the clone borrows the repository's objects (the stash commit included) instead of copying them.
            Git(Path.GetDirectoryName(destination)!, "clone", "--quiet", "--shared", "--no-checkout", repository, destination);
            Git(destination, "checkout", "--quiet", "--detach", commit);
            foreach (string entry in Git(repository, "ls-files", "--others", "--exclude-standard", "-z").Split('\0'))
            {
                string file = entry.Trim('\r', '\n');
                if (file.Length == 0)
                {
                    continue;
                }

                string target = Path.Combine(destination, file);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(Path.Combine(repository, file), target, overwrite: true);
            }
        }

        private static string Git(string workingDirectory, params string[] arguments)
        {
            Directory.CreateDirectory(workingDirectory);
            ProcessResult result = ChildProcess.Run("git", arguments, workingDirectory, s_timeout);
            Assert.True(result.ExitCode == 0, "git failed:\n" + result);
            return result.Output;
        }

        private static void CopyTree(string source, string destination)
        {
            Directory.CreateDirectory(destination);
            foreach (string file in Directory.EnumerateFiles(source))
            {
                File.Copy(file, Path.Combine(destination, Path.GetFileName(file)));
            }

            foreach (string folder in Directory.EnumerateDirectories(source))
            {
                string name = Path.GetFileName(folder);
                if (name is "bin" or "obj" || name.StartsWith('.'))
                {
                    continue;
                }

                CopyTree(folder, Path.Combine(destination, name));
            }
        }
    }
}
