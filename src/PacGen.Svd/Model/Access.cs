namespace PacGen.Svd.Model
{
    /// <summary>CMSIS-SVD accessType. The resolved model always carries one (read-write when nothing says otherwise).</summary>
    public enum Access
    {
        ReadWrite,
        ReadOnly,
        WriteOnly,
        WriteOnce,
        ReadWriteOnce,
    }

    /// <summary>The SVD's own spelling of model values, for everything that shows them to people (map, diff, doc comments).</summary>
    public static class SvdSpelling
    {
        /// <summary>The accessType token: <c>read-only</c>, <c>write-only</c>, <c>read-write</c>, <c>writeOnce</c>, <c>read-writeOnce</c>.</summary>
        public static string ToSvdToken(this Access access)
        {
            switch (access)
            {
                case Access.ReadOnly: return "read-only";
                case Access.WriteOnly: return "write-only";
                case Access.WriteOnce: return "writeOnce";
                case Access.ReadWriteOnce: return "read-writeOnce";
                default: return "read-write";
            }
        }
    }

    /// <summary>CMSIS-SVD modifiedWriteValuesType: what writing a value does to the bits.</summary>
    public enum ModifiedWriteValues
    {
        /// <summary>The written value is stored (the SVD default).</summary>
        Modify,
        OneToClear,
        OneToSet,
        OneToToggle,
        ZeroToClear,
        ZeroToSet,
        ZeroToToggle,
        Clear,
        Set,
    }

    /// <summary>CMSIS-SVD readActionType: the side effect of reading.</summary>
    public enum ReadAction
    {
        None,
        Clear,
        Set,
        Modify,
        ModifyExternal,
    }

    /// <summary>CMSIS-SVD protectionStringType.</summary>
    public enum Protection
    {
        None,
        Secure,
        NonSecure,
        Privileged,
    }

    /// <summary>Which accesses an enumeratedValues set describes.</summary>
    public enum EnumUsage
    {
        ReadWrite,
        Read,
        Write,
    }
}
