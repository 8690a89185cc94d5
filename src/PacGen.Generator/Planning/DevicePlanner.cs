using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using PacGen.Generator.Diagnostics;
using PacGen.Generator.Emit;
using PacGen.Generator.Naming;
using PacGen.Svd.Model;

namespace PacGen.Generator.Planning
{
    /// <summary>
    /// Turns a resolved device into its <see cref="DevicePlan"/>: peripheral types grouped, every name claimed in
    /// document order (so renames are stable), register types shared, enums de-duplicated. Pure function of its
    /// inputs: same model, same plan, same diagnostics in the same order.
    /// </summary>
    internal static class DevicePlanner
    {
        /// <param name="parallel">
        /// Plan peripheral types on several threads. For tools (<c>pacgen generate</c>); a generator inside the
        /// compiler stays on its own thread, the compiler already keeps the machine busy.
        /// </param>
        /// <param name="aliases">Atomic alias windows declared for the device (AtomicAliases metadata), or null.</param>
        public static DevicePlan Plan(Device device, string @namespace, NameStyle style, bool parallel = false, AtomicAliases? aliases = null)
        {
            var diagnostics = new List<GeneratorDiagnostic>();
            var namer = new Namer(style, diagnostics);
            var context = new PlanningContext(@namespace, namer, diagnostics);
            // Peripheral types and instance classes declare Instance, DefaultBaseAddress (and BaseAddress): a type
            // named like one of its own members does not compile (CS0542), so those names are taken up front.
            var namespaceScope = new NameScope("namespace " + @namespace, "Device", "Interrupt", "Instance", "DefaultBaseAddress", "BaseAddress");

            // Group instances by the type whose layout they share, in document order.
            var typeOrder = new List<string>();
            var instancesByType = new Dictionary<string, List<Peripheral>>(StringComparer.Ordinal);
            foreach (Peripheral peripheral in device.Peripherals)
            {
                if (!instancesByType.TryGetValue(peripheral.TypeName, out List<Peripheral>? instances))
                {
                    instances = new List<Peripheral>();
                    instancesByType.Add(peripheral.TypeName, instances);
                    typeOrder.Add(peripheral.TypeName);
                }

                instances.Add(peripheral);
            }

            // Claim every type name before any instance-class name, so types keep their natural names.
            var typeNames = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (string type in typeOrder)
            {
                typeNames.Add(type, namer.Claim(namespaceScope, type, instancesByType[type][0].Position));
            }

            var instanceClassNames = new Dictionary<Peripheral, string>();
            foreach (string type in typeOrder)
            {
                foreach (Peripheral instance in instancesByType[type])
                {
                    if (!string.Equals(instance.Name, type, StringComparison.Ordinal))
                    {
                        instanceClassNames[instance] = namer.Claim(namespaceScope, instance.Name, instance.Position);
                    }
                }
            }

            // Every peripheral type is planned on its own: its own namer and diagnostics list, nothing shared but
            // read-only maps, so types can be planned in parallel and still give the same plan and the same
            // diagnostics in the same order (per type, in document order).
            var types = new PeripheralTypePlan[typeOrder.Count];
            var typeDiagnostics = new List<GeneratorDiagnostic>[typeOrder.Count];
            void PlanType(int index)
            {
                string type = typeOrder[index];
                List<Peripheral> instances = instancesByType[type];
                Peripheral? named = instances.Find(p => string.Equals(p.Name, type, StringComparison.Ordinal));
                var others = new List<KeyValuePair<string, Peripheral>>();
                foreach (Peripheral instance in instances)
                {
                    if (instanceClassNames.TryGetValue(instance, out string? className))
                    {
                        others.Add(new KeyValuePair<string, Peripheral>(className, instance));
                    }
                }

                var local = new List<GeneratorDiagnostic>();
                // A type shared by a peripheral without the windows (RP2040's SIO) gets no alias methods at all.
                var localContext = new PlanningContext(@namespace, new Namer(style, local), local)
                {
                    AtomicAliases = aliases is not null && instances.TrueForAll(p => aliases.Covers(p.Name))
                        ? new AtomicAliasPlan(aliases.Set, aliases.Clear, aliases.Xor)
                        : null,
                };
                types[index] = PeripheralPlanner.Plan(localContext, typeNames[type], named ?? instances[0], named, others);
                typeDiagnostics[index] = local;
            }

            if (parallel && typeOrder.Count > 1)
            {
                Parallel.For(0, typeOrder.Count, PlanType);
            }
            else
            {
                for (int i = 0; i < typeOrder.Count; i++)
                {
                    PlanType(i);
                }
            }

            foreach (List<GeneratorDiagnostic> found in typeDiagnostics)
            {
                diagnostics.AddRange(found);
            }

            DeviceFilePlan deviceFile = PlanDeviceFile(device, context, typeNames, instanceClassNames);
            return new DevicePlan(@namespace, deviceFile, HintNames.MakeUnique(deviceFile, types), diagnostics.ToEquatableArray());
        }

        private static DeviceFilePlan PlanDeviceFile(
            Device device, PlanningContext context, Dictionary<string, string> typeNames, Dictionary<Peripheral, string> instanceClassNames)
        {
            var deviceScope = new NameScope("class Device", "Device", "Name");
            var properties = new List<DevicePropertyPlan>(device.Peripherals.Count);
            foreach (Peripheral peripheral in device.Peripherals)
            {
                string property = context.Namer.Claim(deviceScope, peripheral.Name, peripheral.Position);
                string typeFullName = context.GlobalNamespace + "." + typeNames[peripheral.TypeName];
                string holder = instanceClassNames.TryGetValue(peripheral, out string? className)
                    ? context.GlobalNamespace + "." + className
                    : typeFullName;
                string summary = Literals.XmlText(peripheral.Name + " at " + Literals.HexPlain(peripheral.BaseAddress) +
                    (peripheral.Description is null ? string.Empty : ": " + peripheral.Description));
                properties.Add(new DevicePropertyPlan(summary, property, typeFullName, holder));
            }

            var interruptScope = new NameScope("enum Interrupt", "Interrupt", "value__");
            var interrupts = new List<InterruptPlan>(device.Interrupts.Count);
            foreach (Interrupt interrupt in device.Interrupts)
            {
                string name = context.Namer.Claim(interruptScope, interrupt.Name, SourcePosition.Unknown);
                string summary = Literals.XmlText(interrupt.Name + " (" + interrupt.Peripheral + ")" +
                    (interrupt.Description is null ? string.Empty : ": " + interrupt.Description));
                interrupts.Add(new InterruptPlan(summary, name, interrupt.Value));
            }

            return new DeviceFilePlan(
                context.Namespace + ".Device.g.cs",
                Literals.XmlText(device.Name + (device.Description is null ? string.Empty : ": " + device.Description)),
                device.Name,
                Literals.XmlText(device.Name),
                properties.ToEquatableArray(),
                interrupts.ToEquatableArray());
        }
    }
}
