using System;
using System.Collections.Immutable;
using System.Linq;
using PacGen.Svd.Model;

namespace PacGen.Generator.Pipeline
{
    /// <summary>An SVD file and the namespace it generates (null when it generates nothing).</summary>
    internal sealed record NamespaceClaim(string Path, string? Namespace)
    {
        public static EquatableArray<NamespaceClaim> Sort(ImmutableArray<NamespaceClaim> claims) =>
            claims.OrderBy(c => c.Path, StringComparer.Ordinal).ToEquatableArray();

        /// <summary>
        /// True when a file ordered before <paramref name="path"/> generates the same namespace (hint names compare
        /// case-insensitively): the first file in ordinal path order keeps the namespace, the others report PACGEN103.
        /// </summary>
        public static bool ClaimedEarlier(EquatableArray<NamespaceClaim> claims, string path, string? @namespace)
        {
            if (@namespace is null)
            {
                return false;
            }

            foreach (NamespaceClaim claim in claims)
            {
                if (string.Equals(claim.Path, path, StringComparison.Ordinal))
                {
                    return false;
                }

                if (string.Equals(claim.Namespace, @namespace, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
