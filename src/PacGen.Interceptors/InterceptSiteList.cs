using System;
using System.Collections.Immutable;

namespace PacGen.Interceptors
{
    /// <summary>
    /// Call sites compared by value. <see cref="ImmutableArray{T}"/> compares by reference, so a step that re-binds the
    /// same calls after an unrelated edit would look "Modified" and re-emit the interceptors; with value equality it
    /// is "Unchanged" and nothing downstream runs again.
    /// </summary>
    internal readonly struct InterceptSiteList : IEquatable<InterceptSiteList>
    {
        public InterceptSiteList(ImmutableArray<InterceptSite> sites) => Sites = sites.IsDefault ? ImmutableArray<InterceptSite>.Empty : sites;

        public static InterceptSiteList Empty => new InterceptSiteList(ImmutableArray<InterceptSite>.Empty);

        public ImmutableArray<InterceptSite> Sites { get; }

        public bool Equals(InterceptSiteList other)
        {
            ImmutableArray<InterceptSite> mine = Sites.IsDefault ? ImmutableArray<InterceptSite>.Empty : Sites;
            ImmutableArray<InterceptSite> theirs = other.Sites.IsDefault ? ImmutableArray<InterceptSite>.Empty : other.Sites;
            if (mine.Length != theirs.Length)
            {
                return false;
            }

            for (int i = 0; i < mine.Length; i++)
            {
                if (!mine[i].Equals(theirs[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is InterceptSiteList other && Equals(other);

        public override int GetHashCode()
        {
            int hash = 17;
            foreach (InterceptSite site in Sites.IsDefault ? ImmutableArray<InterceptSite>.Empty : Sites)
            {
                hash = (hash * 31) + site.GetHashCode();
            }

            return hash;
        }
    }
}
