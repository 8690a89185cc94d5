using System;

namespace PacGen.TestSupport
{
    /// <summary>A snapshot differs from its committed <c>.verified</c> file (or none is committed yet).</summary>
    public sealed class SnapshotMismatchException : Exception
    {
        public SnapshotMismatchException(string message)
            : base(message)
        {
        }
    }
}
