using System.Collections.Generic;
using PacGen.Generator.Naming;
using PacGen.Svd.Model;

namespace PacGen.Generator.Emit
{
    /// <summary>
    /// Emits one peripheral type (shared by every instance with the same <see cref="Peripheral.TypeName"/>)
    /// and the small static classes of the instances that share it under another name.
    /// </summary>
    internal sealed class PeripheralEmitter
    {
        private readonly EmitContext _context;

        public PeripheralEmitter(EmitContext context) => _context = context;

        /// <param name="typeName">The type's identifier, claimed in the namespace scope.</param>
        /// <param name="layout">The peripheral whose registers define the type.</param>
        /// <param name="namedInstance">The instance whose name is the type's (gets <c>Instance</c>), or null.</param>
        /// <param name="otherInstances">Other instances of the type with their claimed class names.</param>
        public GeneratedSource Emit(string typeName, Peripheral layout, Peripheral? namedInstance, List<KeyValuePair<string, Peripheral>> otherInstances)
        {
            string fullName = _context.GlobalNamespace + "." + typeName;
            var w = new SourceWriter();
            FileHeader.Open(w, _context.Namespace);
            w.Line("/// <summary>" + Literals.XmlText(layout.TypeName + ": " + (layout.Description ?? layout.Name)) + "</summary>");
            w.Line("/// <remarks>Instances: " + Literals.XmlText(InstanceList(namedInstance, otherInstances)) + ".</remarks>");
            w.Line(EmitContext.GeneratedCode);
            w.Open("public readonly partial struct " + typeName);
            var scope = new NameScope("peripheral " + layout.TypeName, ContainerEmitter.Reserved(typeName, "BaseAddress", "Instance", "DefaultBaseAddress"));
            if (namedInstance is not null)
            {
                w.Line("/// <summary>The base address of " + Literals.XmlText(namedInstance.Name) + " in the SVD.</summary>");
                w.Line("public const ulong DefaultBaseAddress = " + Literals.Hex(namedInstance.BaseAddress, is64: true) + ";");
                w.Line();
                w.Line("/// <summary>" + Literals.XmlText(namedInstance.Name) + " at <see cref=\"DefaultBaseAddress\"/>.</summary>");
                w.Line("public static " + fullName + " Instance => new " + fullName + "(unchecked((nuint)DefaultBaseAddress));");
                w.Line();
            }

            w.Line("/// <summary>This peripheral's registers at <paramref name=\"baseAddress\"/> (another instance, or mapped memory).</summary>");
            w.Line("public " + typeName + "(nuint baseAddress) => BaseAddress = baseAddress;");
            w.Line();
            w.Line("/// <summary>The peripheral's absolute address.</summary>");
            w.Line("public nuint BaseAddress { get; }");
            var enums = new EnumCatalog(_context.Namer, scope, fullName);
            ulong firstBase = namedInstance?.BaseAddress ?? (otherInstances.Count > 0 ? otherInstances[0].Value.BaseAddress : layout.BaseAddress);
            new ContainerEmitter(_context, enums, new RegisterTypeCatalog(layout.Children)).EmitChildren(w, layout.Children, scope, fullName, firstBase);
            foreach (EnumType type in enums.Types)
            {
                w.Line();
                EmitEnum(w, type);
            }

            w.Close();
            foreach (KeyValuePair<string, Peripheral> instance in otherInstances)
            {
                w.Line();
                EmitInstanceClass(w, instance.Key, instance.Value, fullName);
            }

            FileHeader.Close(w);
            return new GeneratedSource(_context.Namespace + "." + typeName + ".g.cs", w.ToString());
        }

        private static string InstanceList(Peripheral? namedInstance, List<KeyValuePair<string, Peripheral>> others)
        {
            var parts = new List<string>();
            if (namedInstance is not null)
            {
                parts.Add(namedInstance.Name + " at " + Literals.HexPlain(namedInstance.BaseAddress));
            }

            foreach (KeyValuePair<string, Peripheral> other in others)
            {
                parts.Add(other.Value.Name + " at " + Literals.HexPlain(other.Value.BaseAddress));
            }

            return parts.Count == 0 ? "none" : string.Join(", ", parts);
        }

        private void EmitInstanceClass(SourceWriter w, string className, Peripheral instance, string typeFullName)
        {
            w.Line("/// <summary>" + Literals.XmlText(instance.Name + ": " + (instance.Description ?? instance.Name)) + "</summary>");
            w.Line(EmitContext.GeneratedCode);
            w.Open("public static class " + className);
            w.Line("/// <summary>The base address of " + Literals.XmlText(instance.Name) + " in the SVD.</summary>");
            w.Line("public const ulong DefaultBaseAddress = " + Literals.Hex(instance.BaseAddress, is64: true) + ";");
            w.Line();
            w.Line("/// <summary>" + Literals.XmlText(instance.Name) + " at <see cref=\"DefaultBaseAddress\"/>.</summary>");
            w.Line("public static " + typeFullName + " Instance => new " + typeFullName + "(unchecked((nuint)DefaultBaseAddress));");
            w.Close();
        }

        private void EmitEnum(SourceWriter w, EnumType type)
        {
            w.Line("/// <summary>Values of " + Literals.XmlText(type.Description ?? type.Identifier) + ".</summary>");
            w.Line(EmitContext.GeneratedCode);
            w.Open("public enum " + type.Identifier + " : " + type.ValueType);
            foreach (EnumMember member in type.Members)
            {
                w.Line("/// <summary>" + Literals.XmlText(member.Value.Name + (member.Value.Description is null ? string.Empty : ": " + member.Value.Description)) + "</summary>");
                w.Line(member.Identifier + " = " + Literals.HexPlain(member.MaskedValue) + ",");
            }

            w.Close();
        }
    }
}
