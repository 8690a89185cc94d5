using System.IO;
using Xunit;

namespace PacGen.Simulation.Tests;

/// <summary>
/// Snapshot comparison with the Verify file convention: <c>Snapshots/&lt;name&gt;.verified.txt</c> is committed; on a
/// mismatch (or when it is missing) the actual text is written beside it as <c>&lt;name&gt;.received.txt</c>
/// (git-ignored) so the diff can be inspected and, if right, renamed over the verified file.
/// </summary>
internal static class Snapshot
{
    public static void Verify(string name, string actual)
    {
        string folder = Path.Combine(RepoPaths.Root, "tests", "PacGen.Simulation.Tests", "Snapshots");
        string verified = Path.Combine(folder, name + ".verified.txt");
        string received = Path.Combine(folder, name + ".received.txt");
        string expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n") : string.Empty;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail(File.Exists(verified)
            ? "Snapshot " + name + " differs; see " + received + "\n" + actual
            : "Snapshot " + name + " has no verified file yet; review " + received + "\n" + actual);
    }
}
