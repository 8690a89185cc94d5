using System;
using Bcm2711;

namespace Blinky.Rpi4
{
    /// <summary>
    /// Waits by polling the BCM2711 system timer's free-running 1 MHz counter (SYSTMR.CLO): the bare-metal way to
    /// delay, independent of the CPU clock. Unsigned subtraction makes the 32-bit counter's wrap-around harmless.
    /// </summary>
    public sealed class SystemTimerDelay : IDelay
    {
        private readonly Systmr _timer;

        public SystemTimerDelay(Systmr timer) => _timer = timer;

        public void Wait(TimeSpan duration)
        {
            uint micros = checked((uint)(duration.Ticks / TimeSpan.TicksPerMicrosecond));
            uint start = _timer.Clo.Read().Bits;
            while (unchecked(_timer.Clo.Read().Bits - start) < micros)
            {
            }
        }
    }

    /// <summary>A way to wait; the blink loop does not care which.</summary>
    public interface IDelay
    {
        void Wait(TimeSpan duration);
    }

    /// <summary>
    /// Waits on the operating system's monotonic clock: used on a real Pi when the system timer is not reachable
    /// (it is outside /dev/gpiomem, and /dev/mem needs root).
    /// </summary>
    public sealed class OsClockDelay : IDelay
    {
        public void Wait(TimeSpan duration) => System.Threading.Thread.Sleep(duration);
    }
}
