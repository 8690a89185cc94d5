using System.IO;

namespace PacGen.Runtime.Linux
{
    /// <summary>
    /// A register block could not be mapped. The message is one line: what failed, the path, the errno (name, number
    /// and text) when the kernel gave one, and what to do about it.
    /// </summary>
    public sealed class MappingException : IOException
    {
        internal MappingException(string path, int errno, string message)
            : base(message)
        {
            Path = path;
            Errno = errno;
        }

        /// <summary>The file or device that could not be mapped.</summary>
        public string Path { get; }

        /// <summary>The errno of the failed call, or 0 when the failure is not the kernel's (e.g. a mapping that is too small).</summary>
        public int Errno { get; }
    }
}
