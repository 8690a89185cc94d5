using System;
using System.Device.Gpio;

namespace Blinky.Rpi4
{
    /// <summary>
    /// The activity LED (GPIO42) as a .NET IoT user drives it: a <see cref="GpioController"/> over PacGen's
    /// Bcm2711GpioDriver, which is written on the generated BCM2711 API (the same register traffic as dotnet/iot's
    /// Raspberry Pi driver).
    /// </summary>
    public sealed class IotActivityLed : ILed, IDisposable
    {
        private readonly GpioController _controller;

        public IotActivityLed(GpioController controller)
        {
            _controller = controller;
            _controller.OpenPin(ActivityLed.Pin, PinMode.Output);
        }

        public void On() => _controller.Write(ActivityLed.Pin, PinValue.High);

        public void Off() => _controller.Write(ActivityLed.Pin, PinValue.Low);

        public void Dispose() => _controller.Dispose();
    }
}
