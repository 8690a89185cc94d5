using PacGen.Generator.Planning;

namespace PacGen.Generator.Emit
{
    /// <summary>Writes one peripheral type's file: the type, its registers and clusters, its enums, its instance classes.</summary>
    internal static class PeripheralEmitter
    {
        public static GeneratedSource Emit(string @namespace, PeripheralTypePlan type)
        {
            var w = new SourceWriter();
            FileHeader.Open(w, @namespace);
            w.Line("/// <summary>" + type.Summary + "</summary>");
            w.Line("/// <remarks>Instances: " + type.InstancesText + ".</remarks>");
            w.Line(CommonText.GeneratedCode);
            w.Open("public readonly partial struct " + type.TypeName);
            if (type.NamedInstance is { } named)
            {
                WriteInstance(w, named, type.FullName);
                w.Line();
            }

            w.Line("/// <summary>This peripheral's registers at <paramref name=\"baseAddress\"/> (another instance, or mapped memory).</summary>");
            w.Line("public " + type.TypeName + "(nuint baseAddress) => BaseAddress = baseAddress;");
            w.Line();
            w.Line("/// <summary>The peripheral's absolute address.</summary>");
            w.Line("public nuint BaseAddress { get; }");
            ContainerEmitter.EmitChildren(w, type.Children);
            foreach (EnumPlan enumPlan in type.Enums)
            {
                w.Line();
                EmitEnum(w, enumPlan);
            }

            w.Close();
            foreach (InstanceClassPlan instance in type.InstanceClasses)
            {
                w.Line();
                w.Line("/// <summary>" + instance.Summary + "</summary>");
                w.Line(CommonText.GeneratedCode);
                w.Open("public static class " + instance.ClassName);
                WriteInstance(w, instance.Instance, type.FullName);
                w.Close();
            }

            FileHeader.Close(w);
            return new GeneratedSource(type.HintName, w.ToString());
        }

        private static void WriteInstance(SourceWriter w, InstancePlan instance, string typeFullName)
        {
            w.Line("/// <summary>The base address of " + instance.NameText + " in the SVD.</summary>");
            w.Line("public const ulong DefaultBaseAddress = " + Literals.Hex(instance.BaseAddress, is64: true) + ";");
            w.Line();
            w.Line("/// <summary>" + instance.NameText + " at <see cref=\"DefaultBaseAddress\"/>.</summary>");
            w.Line("public static " + typeFullName + " Instance => new " + typeFullName + "(unchecked((nuint)DefaultBaseAddress));");
        }

        private static void EmitEnum(SourceWriter w, EnumPlan type)
        {
            w.Line("/// <summary>Values of " + type.Summary + ".</summary>");
            w.Line(CommonText.GeneratedCode);
            w.Open("public enum " + type.Identifier + " : " + type.ValueType);
            foreach (EnumMemberPlan member in type.Members)
            {
                w.Line("/// <summary>" + member.Summary + "</summary>");
                w.Line(member.Identifier + " = " + Literals.HexPlain(member.Value) + ",");
            }

            w.Close();
        }
    }
}
