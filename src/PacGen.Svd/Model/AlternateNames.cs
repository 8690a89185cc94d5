namespace PacGen.Svd.Model
{
    /// <summary>
    /// Names of registers in an alternateGroup. CMSIS makes the group part of the name: two registers <c>CR</c>
    /// in groups <c>A</c> and <c>B</c> are distinct registers, and svdconv names them <c>CR_A</c> and <c>CR_B</c>
    /// (SvdRegister::GetNameCalculated; the device header's struct members). That name identifies the register in
    /// the model's checks, in <c>pacgen map</c> and in traces. The C# API follows svd2rust instead
    /// (util::fullname: <c>{group}_{name}</c>, so <c>a_cr()</c>), which groups alternates together in IntelliSense.
    /// </summary>
    public static class AlternateNames
    {
        /// <summary>The CMSIS (svdconv) name: <c>NAME_GROUP</c>, or the name when there is no group.</summary>
        public static string Cmsis(string name, string? alternateGroup) =>
            string.IsNullOrEmpty(alternateGroup) ? name : name + "_" + alternateGroup;

        /// <summary>The svd2rust name the API identifier is made from: <c>GROUP_NAME</c>, or the name when there is no group.</summary>
        public static string Api(string name, string? alternateGroup) =>
            string.IsNullOrEmpty(alternateGroup) ? name : alternateGroup + "_" + name;

        /// <summary>The alternateGroup of a register node; null for clusters and ungrouped registers.</summary>
        public static string? GroupOf(RegisterNode node) => (node as Register)?.AlternateGroup;
    }
}
