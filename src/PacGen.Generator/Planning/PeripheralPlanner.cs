using System.Collections.Generic;
using PacGen.Generator.Emit;
using PacGen.Generator.Naming;
using PacGen.Svd.Model;

namespace PacGen.Generator.Planning
{
    /// <summary>
    /// Plans one peripheral type (shared by every instance with the same <see cref="Peripheral.TypeName"/>), its
    /// enums, and the small static classes of the instances that share it under another name.
    /// </summary>
    internal static class PeripheralPlanner
    {
        /// <param name="typeName">The type's identifier, claimed in the namespace scope.</param>
        /// <param name="layout">The peripheral whose registers define the type.</param>
        /// <param name="namedInstance">The instance whose name is the type's (gets <c>Instance</c>), or null.</param>
        /// <param name="otherInstances">Other instances of the type with their claimed class names.</param>
        public static PeripheralTypePlan Plan(
            PlanningContext context, string typeName, Peripheral layout, Peripheral? namedInstance, List<KeyValuePair<string, Peripheral>> otherInstances)
        {
            string fullName = context.GlobalNamespace + "." + typeName;
            var scope = new NameScope("peripheral " + layout.TypeName, ContainerPlanner.Reserved(typeName, "BaseAddress", "Instance", "DefaultBaseAddress"));
            var enums = new EnumCatalog(context.Namer, scope, fullName);
            ulong firstBase = namedInstance?.BaseAddress ?? (otherInstances.Count > 0 ? otherInstances[0].Value.BaseAddress : layout.BaseAddress);
            EquatableArray<ChildPlan> children = new ContainerPlanner(context, enums, new RegisterTypeCatalog(layout.Children))
                .PlanChildren(layout.Children, scope, fullName, firstBase);

            var enumPlans = new List<EnumPlan>(enums.Types.Count);
            foreach (EnumType type in enums.Types)
            {
                enumPlans.Add(type.ToPlan());
            }

            var classes = new List<InstanceClassPlan>(otherInstances.Count);
            foreach (KeyValuePair<string, Peripheral> instance in otherInstances)
            {
                classes.Add(new InstanceClassPlan(
                    instance.Key,
                    Literals.XmlText(instance.Value.Name + ": " + (instance.Value.Description ?? instance.Value.Name)),
                    Instance(instance.Value)));
            }

            return new PeripheralTypePlan(
                context.Namespace + "." + typeName + ".g.cs",
                typeName,
                fullName,
                Literals.XmlText(layout.TypeName + ": " + (layout.Description ?? layout.Name)),
                Literals.XmlText(InstanceList(namedInstance, otherInstances)),
                namedInstance is null ? null : Instance(namedInstance),
                children,
                enumPlans.ToEquatableArray(),
                classes.ToEquatableArray());
        }

        private static InstancePlan Instance(Peripheral peripheral) => new InstancePlan(Literals.XmlText(peripheral.Name), peripheral.BaseAddress);

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
    }
}
