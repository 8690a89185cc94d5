using PacGen.Generator.Planning;
using PacGen.Svd.Model;

namespace PacGen.Generator.Emit
{
    /// <summary>
    /// Writes the registers and clusters of a peripheral or cluster type: first every accessor property (and
    /// array type), then the nested register and cluster types the children declare.
    /// </summary>
    internal static class ContainerEmitter
    {
        public static void EmitChildren(SourceWriter w, EquatableArray<ChildPlan> children)
        {
            foreach (ChildPlan child in children)
            {
                w.Line();
                EmitAccessors(w, child.Accessor);
            }

            foreach (ChildPlan child in children)
            {
                if (child.RegisterType is { } register)
                {
                    w.Line();
                    RegisterEmitter.Emit(w, register);
                }
                else if (child.Cluster is { } cluster)
                {
                    w.Line();
                    EmitCluster(w, cluster);
                }
            }
        }

        private static void EmitAccessors(SourceWriter w, AccessorPlan accessor)
        {
            string type = accessor.TypeFullName;
            w.Line("/// <summary>" + accessor.Summary + "</summary>");
            w.Line("/// <remarks>" + accessor.Remarks + "</remarks>");
            if (accessor.Array is not { } array)
            {
                w.Line("public " + type + " " + accessor.PropertyName + " => new " + type + "(" + Address(accessor.Offset) + ");");
                return;
            }

            w.Line("public " + array.ArrayFullName + " " + accessor.PropertyName + " => new " + array.ArrayFullName + "(" + Address(accessor.Offset) + ");");
            foreach (ArrayElementPlan element in array.Elements)
            {
                w.Line("/// <summary>" + element.Summary + "</summary>");
                w.Line("public " + type + " " + element.Identifier + " => new " + type + "(" + Address(element.Offset) + ");");
            }

            string count = Literals.Int(array.Count);
            w.Line();
            w.Line("/// <summary>The " + count + " elements of " + array.SvdNameText + ", indexable.</summary>");
            w.Line(CommonText.GeneratedCode);
            w.Open("public readonly struct " + array.ArrayTypeName);
            w.Line("public " + array.ArrayTypeName + "(nuint address) => Address = address;");
            w.Line();
            w.Line("/// <summary>The address of element 0.</summary>");
            w.Line("public nuint Address { get; }");
            w.Line();
            w.Line("/// <summary>The number of elements.</summary>");
            w.Line("public int Length => " + count + ";");
            w.Line();
            w.Line("/// <summary>Element <paramref name=\"index\"/> (0-based).</summary>");
            w.Line("public " + type + " this[int index] => (uint)index < " + count + "u ? new " + type +
                "(Address + ((nuint)index * " + OffsetLiteral(array.Increment) + ")) : throw " + CommonText.Helpers + ".IndexOutOfRange(index, " + count + ");");
            w.Close();
        }

        private static void EmitCluster(SourceWriter w, ClusterPlan cluster)
        {
            w.Line("/// <summary>" + cluster.Summary + "</summary>");
            w.Line(CommonText.GeneratedCode);
            w.Open("public readonly struct " + cluster.TypeName);
            w.Line("public " + cluster.TypeName + "(nuint baseAddress) => BaseAddress = baseAddress;");
            w.Line();
            w.Line("/// <summary>The cluster's absolute address.</summary>");
            w.Line("public nuint BaseAddress { get; }");
            EmitChildren(w, cluster.Children);
            w.Close();
        }

        private static string Address(ulong offset) =>
            offset == 0 ? "BaseAddress" : "BaseAddress + " + OffsetLiteral(offset);

        private static string OffsetLiteral(ulong offset) =>
            offset <= uint.MaxValue ? Literals.Hex(offset, is64: false) : "unchecked((nuint)" + Literals.Hex(offset, is64: true) + ")";
    }
}
