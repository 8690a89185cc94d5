using System;
using System.IO;
using System.Runtime.InteropServices;

namespace PacGen.Runtime.Linux.Tests;

/// <summary>Files to map: tmpfs files in /dev/shm (real shared memory) when there is one, else the temp folder.</summary>
internal sealed class ScratchFiles : IDisposable
{
    public ScratchFiles()
    {
        string root = System.IO.Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();
        Directory = System.IO.Directory.CreateDirectory(Path.Combine(root, "pacgen-map-" + Guid.NewGuid().ToString("N"))).FullName;
    }

    public string Directory { get; }

    public static int PageSize => Environment.SystemPageSize;

    /// <summary>A file of <paramref name="length"/> zero bytes.</summary>
    public string File(string name, long length)
    {
        string path = Path.Combine(Directory, name);
        using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite))
        {
            stream.SetLength(length);
        }

        return path;
    }

    public static uint ReadWord(string path, long offset)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var bytes = new byte[4];
        stream.Position = offset;
        stream.ReadExactly(bytes);
        return BitConverter.ToUInt32(bytes);
    }

    public static void WriteWord(string path, long offset, uint value)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
        stream.Position = offset;
        stream.Write(BitConverter.GetBytes(value));
    }

    public static unsafe uint Load(nuint address) => System.Threading.Volatile.Read(ref *(uint*)address);

    public static unsafe void Store(nuint address, uint value) => System.Threading.Volatile.Write(ref *(uint*)address, value);

    public static bool IsRoot => geteuid() == 0;

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [DllImport("libc")]
    private static extern uint geteuid();
}
