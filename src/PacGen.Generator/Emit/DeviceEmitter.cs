using System.Threading.Tasks;
using PacGen.Generator.Planning;
using PacGen.Svd.Model;

namespace PacGen.Generator.Emit
{
    /// <summary>
    /// Writes a planned device: the device file (the <c>Device</c> class, the <c>Interrupt</c> enum) first, then one
    /// file per peripheral type. Text only: every name, sharing and value comes from the plan.
    /// </summary>
    internal static class DeviceEmitter
    {
        /// <param name="parallel">Write peripheral types on several threads (tools only; same bytes either way).</param>
        public static EquatableArray<GeneratedSource> Emit(DevicePlan plan, bool parallel = false)
        {
            var sources = new GeneratedSource[plan.Types.Count + 1];
            sources[0] = EmitDeviceFile(plan.Namespace, plan.Device);
            if (parallel && plan.Types.Count > 1)
            {
                Parallel.For(0, plan.Types.Count, i => sources[i + 1] = PeripheralEmitter.Emit(plan.Namespace, plan.Types[i]));
            }
            else
            {
                for (int i = 0; i < plan.Types.Count; i++)
                {
                    sources[i + 1] = PeripheralEmitter.Emit(plan.Namespace, plan.Types[i]);
                }
            }

            return sources.ToEquatableArray();
        }

        private static GeneratedSource EmitDeviceFile(string @namespace, DeviceFilePlan device)
        {
            var w = new SourceWriter();
            FileHeader.Open(w, @namespace);
            w.Line("/// <summary>" + device.Summary + "</summary>");
            w.Line(CommonText.GeneratedCode);
            w.Open("public static partial class Device");
            w.Line("/// <summary>The device name in the SVD.</summary>");
            w.Line("public const string Name = " + Literals.String(device.DeviceName) + ";");
            foreach (DevicePropertyPlan property in device.Properties)
            {
                w.Line();
                w.Line("/// <summary>" + property.Summary + "</summary>");
                w.Line("public static " + property.TypeFullName + " " + property.Identifier + " => " + property.HolderFullName + ".Instance;");
            }

            w.Close();
            w.Line();
            w.Line("/// <summary>The interrupts of " + device.DeviceNameText + " (value = interrupt number).</summary>");
            w.Line(CommonText.GeneratedCode);
            w.Open("public enum Interrupt : int");
            foreach (InterruptPlan interrupt in device.Interrupts)
            {
                w.Line("/// <summary>" + interrupt.Summary + "</summary>");
                w.Line(interrupt.Identifier + " = " + Literals.Int(interrupt.Value) + ",");
            }

            w.Close();
            FileHeader.Close(w);
            return new GeneratedSource(device.HintName, w.ToString());
        }
    }
}
