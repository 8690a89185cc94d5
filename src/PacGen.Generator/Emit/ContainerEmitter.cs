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
            EmitEnumerator(w, type, count, OffsetLiteral(array.Increment));
            w.Close();
        }

        /// <summary>
        /// <c>foreach</c> over an array's elements through a struct enumerator (pattern-based, so nothing is boxed or
        /// allocated and each element is built from its address like the indexer does).
        /// </summary>
        private static void EmitEnumerator(SourceWriter w, string elementType, string count, string increment)
        {
            w.Line();
            w.Line("/// <summary>Enumerates the elements in index order, for <c>foreach</c>.</summary>");
            w.Line("public Enumerator GetEnumerator() => new Enumerator(Address);");
            w.Line();
            w.Line("/// <summary>The struct enumerator <c>foreach</c> uses: iterating allocates nothing.</summary>");
            w.Line(CommonText.GeneratedCode);
            w.Open("public struct Enumerator");
            w.Line("private readonly nuint _address;");
            w.Line("private int _index;");
            w.Line();
            w.Line("/// <summary>Starts before element 0 of the array at <paramref name=\"address\"/>.</summary>");
            w.Open("public Enumerator(nuint address)");
            w.Line("_address = address;");
            w.Line("_index = -1;");
            w.Close();
            w.Line();
            w.Line("/// <summary>The current element.</summary>");
            w.Line("public " + elementType + " Current => new " + elementType + "(_address + ((nuint)_index * " + increment + "));");
            w.Line();
            w.Line("/// <summary>Advances to the next element; false after the last.</summary>");
            w.Line("public bool MoveNext() => ++_index < " + count + ";");
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
