using System;
using System.Collections.Generic;

namespace PacGen.Cli.Diff
{
    /// <summary>
    /// Pairs removed with added items that have the same shape (address, width, layout) under a different name:
    /// an API-level rename rather than a removal plus an addition.
    /// </summary>
    internal static class Renames
    {
        /// <summary>
        /// Returns the pairs, in the order of <paramref name="removed"/>, and takes them out of both lists.
        /// Each removed item takes the first unused added item of the same shape, so the result
        /// depends only on the two documents' order.
        /// </summary>
        public static List<(T Old, T New)> Extract<T>(List<T> removed, List<T> added, Func<T, string> oldShape, Func<T, string> newShape)
        {
            var pairs = new List<(T Old, T New)>();
            foreach (T old in removed.ToArray())
            {
                string key = oldShape(old);
                int match = added.FindIndex(candidate => string.Equals(newShape(candidate), key, StringComparison.Ordinal));
                if (match >= 0)
                {
                    pairs.Add((old, added[match]));
                    removed.Remove(old);
                    added.RemoveAt(match);
                }
            }

            return pairs;
        }
    }
}
