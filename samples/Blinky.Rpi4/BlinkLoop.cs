using System;

namespace Blinky.Rpi4
{
    /// <summary>The blink loop: on, wait, off, wait — forever on the chip, or for a given number of periods.</summary>
    public static class BlinkLoop
    {
        /// <summary>Half of one blink period (LED on for this long, then off for this long).</summary>
        public static readonly TimeSpan HalfPeriod = TimeSpan.FromMilliseconds(500);

        /// <summary>Blinks <paramref name="periods"/> times, or without end when null (the divergent loop of firmware).</summary>
        public static void Run(ILed led, IDelay delay, int? periods)
        {
            for (int period = 0; periods is null || period < periods; period++)
            {
                led.On();
                delay.Wait(HalfPeriod);
                led.Off();
                delay.Wait(HalfPeriod);
            }
        }
    }

    /// <summary>Something that lights up: the LED on the generated API, or the same pin through System.Device.Gpio.</summary>
    public interface ILed
    {
        void On();

        void Off();
    }
}
