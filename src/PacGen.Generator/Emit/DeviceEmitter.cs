using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using PacGen.Generator.Diagnostics;
using PacGen.Generator.Naming;
using PacGen.Svd.Model;

namespace PacGen.Generator.Emit
{
    /// <summary>The files generated for one device, and what was noticed while generating them.</summary>
    internal sealed record DeviceOutput(EquatableArray<GeneratedSource> Sources, EquatableArray<GeneratorDiagnostic> Diagnostics);

    /// <summary>
    /// Emits a whole device: one file per peripheral type and one for the device (the <c>Device</c> class, the
    /// <c>Interrupt</c> enum, the internal helpers). Pure function of its inputs: same model, same bytes.
    /// </summary>
    internal static class DeviceEmitter
    {
        /// <param name="parallel">
        /// Emit peripheral types on several threads. For tools (<c>pacgen generate</c>); a generator inside the
        /// compiler stays on its own thread, the compiler already keeps the machine busy.
        /// </param>
        /// <param name="aliases">Atomic alias windows declared for the device (AtomicAliases metadata), or null.</param>
        public static DeviceOutput Emit(Device device, string @namespace, NameStyle style, bool parallel = false, AtomicAliases? aliases = null)
        {
            var diagnostics = new List<GeneratorDiagnostic>();
            var namer = new Namer(style, diagnostics);
            var context = new EmitContext(@namespace, namer, diagnostics);
            // Peripheral types and instance classes declare Instance, DefaultBaseAddress (and BaseAddress): a type
            // named like one of its own members does not compile (CS0542), so those names are taken up front.
            var namespaceScope = new NameScope("namespace " + @namespace, Reserved("Device", "Interrupt", "Instance", "DefaultBaseAddress", "BaseAddress"));
            var sources = new List<GeneratedSource>();

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

            // Every peripheral type is emitted on its own: its own namer and diagnostics list, nothing shared but
            // read-only maps, so types can be emitted in parallel and still give the same bytes and the same
            // diagnostics in the same order (per type, in document order).
            var typeSources = new GeneratedSource[typeOrder.Count];
            var typeDiagnostics = new List<GeneratorDiagnostic>[typeOrder.Count];
            void EmitType(int index)
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
                var localContext = new EmitContext(@namespace, new Namer(style, local), local)
                {
                    AtomicAliases = aliases is not null && instances.TrueForAll(p => aliases.Covers(p.Name)) ? aliases : null,
                };
                typeSources[index] = new PeripheralEmitter(localContext).Emit(typeNames[type], named ?? instances[0], named, others);
                typeDiagnostics[index] = local;
            }

            if (parallel && typeOrder.Count > 1)
            {
                Parallel.For(0, typeOrder.Count, EmitType);
            }
            else
            {
                for (int i = 0; i < typeOrder.Count; i++)
                {
                    EmitType(i);
                }
            }

            sources.AddRange(typeSources);
            foreach (List<GeneratorDiagnostic> found in typeDiagnostics)
            {
                diagnostics.AddRange(found);
            }

            sources.Insert(0, EmitDeviceFile(device, context, typeNames, instanceClassNames));
            return new DeviceOutput(sources.ToEquatableArray(), diagnostics.ToEquatableArray());
        }

        private static GeneratedSource EmitDeviceFile(
            Device device, EmitContext context, Dictionary<string, string> typeNames, Dictionary<Peripheral, string> instanceClassNames)
        {
            var w = new SourceWriter();
            FileHeader.Open(w, context.Namespace);
            w.Line("/// <summary>" + Literals.XmlText(device.Name + (device.Description is null ? string.Empty : ": " + device.Description)) + "</summary>");
            w.Line(EmitContext.GeneratedCode);
            w.Open("public static partial class Device");
            w.Line("/// <summary>The device name in the SVD.</summary>");
            w.Line("public const string Name = " + Literals.String(device.Name) + ";");
            var deviceScope = new NameScope("class Device", Reserved("Device", "Name"));
            foreach (Peripheral peripheral in device.Peripherals)
            {
                string property = context.Namer.Claim(deviceScope, peripheral.Name, peripheral.Position);
                string typeFullName = context.GlobalNamespace + "." + typeNames[peripheral.TypeName];
                string holder = instanceClassNames.TryGetValue(peripheral, out string? className)
                    ? context.GlobalNamespace + "." + className
                    : typeFullName;
                w.Line();
                w.Line("/// <summary>" + Literals.XmlText(peripheral.Name + " at " + Literals.HexPlain(peripheral.BaseAddress) +
                    (peripheral.Description is null ? string.Empty : ": " + peripheral.Description)) + "</summary>");
                w.Line("public static " + typeFullName + " " + property + " => " + holder + ".Instance;");
            }

            w.Close();
            w.Line();
            w.Line("/// <summary>The interrupts of " + Literals.XmlText(device.Name) + " (value = interrupt number).</summary>");
            w.Line(EmitContext.GeneratedCode);
            w.Open("public enum Interrupt : int");
            var interruptScope = new NameScope("enum Interrupt", "Interrupt", "value__");
            foreach (Interrupt interrupt in device.Interrupts)
            {
                string name = context.Namer.Claim(interruptScope, interrupt.Name, SourcePosition.Unknown);
                w.Line("/// <summary>" + Literals.XmlText(interrupt.Name + " (" + interrupt.Peripheral + ")" +
                    (interrupt.Description is null ? string.Empty : ": " + interrupt.Description)) + "</summary>");
                w.Line(name + " = " + Literals.Int(interrupt.Value) + ",");
            }

            w.Close();
            FileHeader.Close(w);
            return new GeneratedSource(context.Namespace + ".Device.g.cs", w.ToString());
        }

        private static string[] Reserved(params string[] names)
        {
            var all = new List<string>(names);
            return all.ToArray();
        }
    }
}
