namespace PacGen.Cli
{
    /// <summary>The process exit codes every command shares (documented in docs/cli.md).</summary>
    public static class ExitCodes
    {
        /// <summary>Success: the SVD is clean, the files were written, the two SVDs are the same.</summary>
        public const int Ok = 0;

        /// <summary>The input has errors (or warnings with --strict), the SVDs differ, or a write was refused.</summary>
        public const int Failed = 1;

        /// <summary>The command line is wrong: unknown command or option, missing argument, unreadable file.</summary>
        public const int Usage = 2;

        /// <summary>A bug in pacgen itself: an unexpected exception.</summary>
        public const int InternalError = 3;
    }
}
