using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Threading;

namespace PacGen.Runtime
{
    /// <summary>
    /// Volatile loads and stores of memory-mapped registers: the only way generated code touches hardware.
    /// </summary>
    /// <remarks>
    /// With the <c>PacGen.Runtime.Simulation.IsSupported</c> feature switch off (the default), each method is exactly
    /// one volatile load or store: the switch folds to a constant in tier-1 JIT and in NativeAOT, so the simulation
    /// branch disappears. With it on (test projects, the samples), an access goes to the <see cref="IMmioBus"/> the
    /// current async flow has installed with <see cref="MmioBus.Use"/>, and to real memory when none is installed.
    /// <c>ref Unsafe.AddByteOffset(ref Unsafe.NullRef&lt;T&gt;(), address)</c> compiles to the same code as a pointer,
    /// so neither this library nor its users need <c>unsafe</c>.
    /// </remarks>
    public static class Mmio
    {
        /// <summary>The feature switch name; set it with a RuntimeHostConfigurationOption.</summary>
        public const string SimulationSwitchName = "PacGen.Runtime.Simulation.IsSupported";

        /// <summary>True when accesses may be routed to a simulated bus.</summary>
        [FeatureSwitchDefinition(SimulationSwitchName)]
        public static bool IsSimulationSupported { get; } =
            AppContext.TryGetSwitch(SimulationSwitchName, out bool enabled) && enabled;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static byte Read8(nuint address)
        {
            if (IsSimulationSupported && MmioBus.Current is { } bus)
            {
                return (byte)bus.Read(address, 8);
            }

            return Volatile.Read(ref At<byte>(address));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static ushort Read16(nuint address)
        {
            if (IsSimulationSupported && MmioBus.Current is { } bus)
            {
                return (ushort)bus.Read(address, 16);
            }

            return Volatile.Read(ref At<ushort>(address));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static uint Read32(nuint address)
        {
            if (IsSimulationSupported && MmioBus.Current is { } bus)
            {
                return (uint)bus.Read(address, 32);
            }

            return Volatile.Read(ref At<uint>(address));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static ulong Read64(nuint address)
        {
            if (IsSimulationSupported && MmioBus.Current is { } bus)
            {
                return bus.Read(address, 64);
            }

            return Volatile.Read(ref At<ulong>(address));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Write8(nuint address, byte value)
        {
            if (IsSimulationSupported && MmioBus.Current is { } bus)
            {
                bus.Write(address, 8, value);
                return;
            }

            Volatile.Write(ref At<byte>(address), value);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Write16(nuint address, ushort value)
        {
            if (IsSimulationSupported && MmioBus.Current is { } bus)
            {
                bus.Write(address, 16, value);
                return;
            }

            Volatile.Write(ref At<ushort>(address), value);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Write32(nuint address, uint value)
        {
            if (IsSimulationSupported && MmioBus.Current is { } bus)
            {
                bus.Write(address, 32, value);
                return;
            }

            Volatile.Write(ref At<uint>(address), value);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Write64(nuint address, ulong value)
        {
            if (IsSimulationSupported && MmioBus.Current is { } bus)
            {
                bus.Write(address, 64, value);
                return;
            }

            Volatile.Write(ref At<ulong>(address), value);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static ref T At<T>(nuint address)
            where T : unmanaged =>
            ref Unsafe.AddByteOffset(ref Unsafe.NullRef<T>(), (nint)address);
    }
}
