using System;

namespace PacGen.Cli
{
    /// <summary>Thrown by a command when its arguments cannot be used (a missing file, say); exits with <see cref="ExitCodes.Usage"/>.</summary>
    public sealed class UsageException : Exception
    {
        public UsageException(string message)
            : base(message)
        {
        }
    }
}
