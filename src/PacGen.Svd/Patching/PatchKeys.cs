using System.Collections.Generic;

namespace PacGen.Svd.Patching
{
    /// <summary>The svdtools commands, by the level where each is valid (svdtools 0.5 KEYWORDS plus the documented extras).</summary>
    internal static class PatchKeys
    {
        public const string Svd = "_svd";
        public const string Include = "_include";
        public const string Path = "_path";
        public const string Delete = "_delete";
        public const string Copy = "_copy";
        public const string Modify = "_modify";
        public const string ClearFields = "_clear_fields";
        public const string Add = "_add";
        public const string Derive = "_derive";
        public const string Rebase = "_rebase";
        public const string Strip = "_strip";
        public const string StripEnd = "_strip_end";
        public const string Prefix = "_prefix";
        public const string Suffix = "_suffix";
        public const string ExpandArray = "_expand_array";
        public const string ExpandCluster = "_expand_cluster";
        public const string Array = "_array";
        public const string Cluster = "_cluster";
        public const string Clusters = "_clusters";
        public const string Registers = "_registers";
        public const string Interrupts = "_interrupts";
        public const string Peripherals = "_peripherals";
        public const string Clear = "_clear";
        public const string Merge = "_merge";
        public const string Split = "_split";
        public const string From = "_from";

        public static readonly HashSet<string> Device = new HashSet<string>
        {
            Svd, Include, Path, Delete, Copy, Modify, ClearFields, Add, Derive, Rebase, Strip, StripEnd,
        };

        public static readonly HashSet<string> Peripheral = new HashSet<string>
        {
            Include, Path, Delete, Copy, Strip, StripEnd, Prefix, Suffix, Modify, ClearFields, Add, Derive,
            ExpandArray, ExpandCluster, Array, Cluster, Clusters, Interrupts,
        };

        public static readonly HashSet<string> ClusterLevel = new HashSet<string>
        {
            Include, Path, Delete, Copy, Strip, StripEnd, Prefix, Suffix, Modify, ClearFields, Add, Derive,
            ExpandArray, ExpandCluster, Array, Cluster, Clusters,
        };

        public static readonly HashSet<string> Register = new HashSet<string>
        {
            Include, Path, Delete, Derive, Strip, StripEnd, Prefix, Suffix, Clear, Modify, Add, Merge, Split, Array,
        };
    }
}
