using System;
using System.Threading;

namespace PacGen.Runtime
{
    /// <summary>A memory bus that serves register accesses in place of real memory (a simulated device).</summary>
    public interface IMmioBus
    {
        /// <summary>Reads <paramref name="sizeBits"/> (8, 16, 32 or 64) bits at <paramref name="address"/>.</summary>
        ulong Read(nuint address, int sizeBits);

        /// <summary>Writes the low <paramref name="sizeBits"/> bits of <paramref name="value"/> at <paramref name="address"/>.</summary>
        void Write(nuint address, int sizeBits, ulong value);
    }

    /// <summary>
    /// Installs a bus for the current async flow. Flow-local (not global) so that tests running in parallel each
    /// talk to their own simulated device; threads and tasks started inside the scope inherit it.
    /// </summary>
    public static class MmioBus
    {
        private static readonly AsyncLocal<IMmioBus?> s_current = new AsyncLocal<IMmioBus?>();

        /// <summary>The bus installed for this flow, or null (accesses go to real memory).</summary>
        public static IMmioBus? Current => s_current.Value;

        /// <summary>Routes this flow's register accesses to <paramref name="bus"/> until the returned scope is disposed.</summary>
        /// <exception cref="InvalidOperationException">The simulation feature switch is off, so the bus would never be used.</exception>
        public static Scope Use(IMmioBus bus)
        {
            if (bus is null)
            {
                throw new ArgumentNullException(nameof(bus));
            }

            if (!Mmio.IsSimulationSupported)
            {
                throw new InvalidOperationException(
                    "Register accesses cannot be simulated: the feature switch '" + Mmio.SimulationSwitchName +
                    "' is off. Add <RuntimeHostConfigurationOption Include=\"" + Mmio.SimulationSwitchName +
                    "\" Value=\"true\" Trim=\"true\" /> to the project (PacGen.Simulation's build props do this).");
            }

            IMmioBus? previous = s_current.Value;
            s_current.Value = bus;
            return new Scope(previous);
        }

        /// <summary>Restores the previously installed bus when disposed.</summary>
        public readonly struct Scope : IDisposable
        {
            private readonly IMmioBus? _previous;

            internal Scope(IMmioBus? previous) => _previous = previous;

            public void Dispose() => s_current.Value = _previous;
        }
    }
}
