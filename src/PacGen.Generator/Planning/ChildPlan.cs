using PacGen.Svd.Model;

namespace PacGen.Generator.Planning
{
    /// <summary>
    /// A register or cluster of a peripheral type or cluster: its accessors, and the nested type it declares. A
    /// register whose layout an earlier one already has declares no type (both are null) and its accessors return
    /// the earlier type.
    /// </summary>
    /// <param name="RegisterType">The register type this child declares, or null.</param>
    /// <param name="Cluster">The cluster type this child declares, or null.</param>
    internal sealed record ChildPlan(AccessorPlan Accessor, RegisterTypePlan? RegisterType, ClusterPlan? Cluster)
    {
        /// <summary>True when the child declares a type (false for a register reusing an earlier register's type).</summary>
        public bool DeclaresType => RegisterType is not null || Cluster is not null;
    }

    /// <summary>The property returning a register or cluster at <c>BaseAddress + Offset</c>; for arrays, the array too.</summary>
    /// <param name="Summary">Doc text (escaped).</param>
    /// <param name="Remarks">Offset, address, size, reset, access, elements (generated text, nothing to escape).</param>
    /// <param name="TypeFullName">The register or cluster type the property returns.</param>
    /// <param name="Offset">Offset from the container's base address, in bytes.</param>
    /// <param name="Array">Set for a dim array: the indexable array type and one property per element.</param>
    internal sealed record AccessorPlan(string Summary, string Remarks, string PropertyName, string TypeFullName, ulong Offset, ArrayPlan? Array);

    /// <summary>A register or cluster array: <c>{ArrayTypeName}</c> with <c>Length</c> and a checked indexer, and the elements by name.</summary>
    /// <param name="CountText">The element count as doc text.</param>
    /// <param name="SvdNameText">The array's SVD name pattern as doc text (escaped).</param>
    /// <param name="Increment">Bytes between elements.</param>
    internal sealed record ArrayPlan(
        string ArrayTypeName, string ArrayFullName, string SvdNameText, int Count, ulong Increment, EquatableArray<ArrayElementPlan> Elements);

    /// <summary>One element of an array by name: <c>public {Type} {Identifier} => new {Type}(BaseAddress + Offset);</c>.</summary>
    internal sealed record ArrayElementPlan(string Identifier, string Summary, ulong Offset);

    /// <summary>A cluster type: its base address and its own registers and clusters.</summary>
    internal sealed record ClusterPlan(string TypeName, string Summary, EquatableArray<ChildPlan> Children);
}
