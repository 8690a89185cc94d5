using System;
using System.Diagnostics;
using System.IO;

namespace PacGen.Cli
{
    /// <summary>
    /// A one-line "[3/47] reading foo.svd" status on an interactive stderr, rewritten in place with '\r'.
    /// Silent when stderr is redirected (CI logs, pipes, tests), so captured output holds only results and diagnostics.
    /// </summary>
    internal sealed class ProgressReporter
    {
        // Redrawing more often than this only costs time on big corpora.
        private static readonly TimeSpan s_minimumInterval = TimeSpan.FromMilliseconds(100);

        private readonly TextWriter? _terminal;
        private readonly Stopwatch _sinceLastDraw = Stopwatch.StartNew();
        private int _lastLength;

        private ProgressReporter(TextWriter? terminal) => _terminal = terminal;

        public static ProgressReporter Silent { get; } = new ProgressReporter(null);

        public static ProgressReporter ForConsole() =>
            Console.IsErrorRedirected ? Silent : new ProgressReporter(Console.Error);

        /// <summary>A reporter drawing on <paramref name="terminal"/> as if it were an interactive stderr.</summary>
        public static ProgressReporter ForTerminal(TextWriter terminal) => new ProgressReporter(terminal);

        public bool IsVisible => _terminal != null;

        /// <summary>Shows <paramref name="status"/> for step <paramref name="current"/> (1-based) of <paramref name="total"/>.</summary>
        public void Report(int current, int total, string status)
        {
            if (_terminal == null || (current > 1 && current < total && _sinceLastDraw.Elapsed < s_minimumInterval))
            {
                return;
            }

            string line = "[" + current + "/" + total + "] " + status;
            int width = SafeWindowWidth();
            if (line.Length > width - 1)
            {
                line = line.Substring(0, Math.Max(0, width - 2)) + "…";
            }

            _terminal.Write("\r" + line.PadRight(_lastLength));
            _terminal.Flush();
            _lastLength = line.Length;
            _sinceLastDraw.Restart();
        }

        /// <summary>Erases the status line so the next diagnostic starts on a clean line.</summary>
        public void Clear()
        {
            if (_terminal == null || _lastLength == 0)
            {
                return;
            }

            _terminal.Write("\r" + new string(' ', _lastLength) + "\r");
            _terminal.Flush();
            _lastLength = 0;
        }

        private static int SafeWindowWidth()
        {
            try
            {
                return Console.WindowWidth > 10 ? Console.WindowWidth : 80;
            }
            catch (IOException)
            {
                return 80;
            }
        }
    }
}
