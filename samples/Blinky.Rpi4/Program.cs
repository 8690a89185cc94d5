using System;
using System.Device.Gpio;
using System.Globalization;
using Bcm2711;
using Blinky.Rpi4;
using PacGen.Iot.RaspberryPi;
using PacGen.Runtime.Linux;

// Blinky for the Raspberry Pi 4's activity LED (GPIO42), through the API PacGen generates from svd/bcm2711.svd.
//   dotnet run --project samples/Blinky.Rpi4                 simulated BCM2711, 3 periods, timeline + trace
//   dotnet run --project samples/Blinky.Rpi4 -- --cycles 5   simulated, 5 periods
//   dotnet run --project samples/Blinky.Rpi4 -- --gpiomem    the real LED on a Pi 4 running Linux (until Ctrl+C)
//   dotnet run --project samples/Blinky.Rpi4 -- --iot        through System.Device.Gpio: GpioController over Bcm2711GpioDriver
//                                                            (simulated; with --gpiomem, the real LED)
return BlinkyProgram.Run(args);

internal static class BlinkyProgram
{
    private const string Usage = "usage: Blinky.Rpi4 [--cycles N] [--gpiomem] [--iot]";

    public static int Run(string[] args)
    {
        int? cycles = null;
        bool onHardware = false;
        bool throughIot = false;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--gpiomem":
                    onHardware = true;
                    break;
                case "--iot":
                    throughIot = true;
                    break;
                case "--cycles" when i + 1 < args.Length
                    && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0:
                    cycles = n;
                    i++;
                    break;
                case "-h" or "--help":
                    Console.WriteLine(Usage);
                    return 0;
                default:
                    Console.Error.WriteLine("Blinky.Rpi4: unexpected argument '" + args[i] + "'. " + Usage);
                    return 2;
            }
        }

        return (onHardware, throughIot) switch
        {
            (false, false) => RunSimulated(cycles ?? 3),
            (false, true) => RunSimulatedIot(cycles ?? 3),
            (true, false) => RunOnPi(cycles),
            (true, true) => RunOnPiIot(cycles),
        };
    }

    private static int RunSimulatedIot(int cycles)
    {
        SimulatedPi pi = SimulatedPi.Create();
        pi.RunIotBlinky(cycles);
        return PrintSimulatedRun(pi, " through System.Device.Gpio (GpioController over Bcm2711GpioDriver)", cycles);
    }

    private static int RunOnPiIot(int? cycles)
    {
        GpioController controller;
        try
        {
            controller = new GpioController(new Bcm2711GpioDriver());
        }
        catch (Exception error) when (error is PlatformNotSupportedException or MappingException)
        {
            Console.Error.WriteLine("Blinky.Rpi4: " + error.Message);
            return 1;
        }

        using var led = new IotActivityLed(controller);
        Console.WriteLine("Blinking GPIO42 (the green activity LED) through GpioController" + (cycles is null ? " until Ctrl+C." : " " + cycles + " times."));
        BlinkLoop.Run(led, new OsClockDelay(), cycles);
        return 0;
    }

    private static int RunSimulated(int cycles)
    {
        SimulatedPi pi = SimulatedPi.Create();
        InitResult<ActivityLed> led = pi.RunBlinky(cycles);
        if (!led.IsOk)
        {
            Console.Error.WriteLine("Blinky.Rpi4: " + led.Error);
            return 1;
        }

        return PrintSimulatedRun(pi, string.Empty, cycles);
    }

    /// <summary>What a simulated run shows: a summary line, the LED timeline in virtual time, the register trace.</summary>
    private static int PrintSimulatedRun(SimulatedPi pi, string how, int cycles)
    {
        Console.WriteLine("Simulated BCM2711 (svd/bcm2711.svd)" + how + ": GPIO42 blinked " + cycles + " times, " +
            BlinkLoop.HalfPeriod.TotalMilliseconds.ToString(CultureInfo.InvariantCulture) + " ms on / off.");
        Console.WriteLine();
        Console.WriteLine("LED timeline (virtual time)");
        Console.Write(pi.Led.Render("ON", "OFF"));
        Console.WriteLine();
        Console.WriteLine("Register trace (SYSTMR.CLO polling left out)");
        Console.Write(pi.Chip.Trace.Render());
        return 0;
    }

    private static int RunOnPi(int? cycles)
    {
        // The GPIO block's registers, GPFSEL0 (offset 0) to GPIO_PUP_PDN_CNTRL_REG3 (0xF0), as the SVD's address block says.
        const long GpioBlockLength = 0xF4;
        const long SystemTimerLength = 0x1C;
        MappedRegion gpioBlock;
        try
        {
            gpioBlock = MappedRegion.GpioMem(GpioBlockLength);
        }
        catch (MappingException error)
        {
            Console.Error.WriteLine("Blinky.Rpi4: " + error.Message);
            return 1;
        }

        using (gpioBlock)
        {
            if (!DeviceTree.IsCompatible("brcm,bcm2711"))
            {
                Console.Error.WriteLine("Blinky.Rpi4: " + gpioBlock.Path + " exists but the SoC is not a BCM2711 (device tree says '" +
                    string.Join(' ', DeviceTree.Compatible) + "'): the register map would be wrong.");
                return 1;
            }

            // The system timer lives outside /dev/gpiomem; /dev/mem reaches it when running as root.
            MappedRegion? timerBlock = null;
            IDelay delay;
            try
            {
                timerBlock = MappedRegion.PhysicalMemory(Systmr.DefaultBaseAddress, SystemTimerLength);
                delay = new SystemTimerDelay(new Systmr(timerBlock.Base));
            }
            catch (MappingException error)
            {
                Console.Error.WriteLine("Blinky.Rpi4: system timer not mapped (" + error.Message + "); waiting on the OS clock instead.");
                delay = new OsClockDelay();
            }

            using (timerBlock)
            {
                InitResult<ActivityLed> led = ActivityLed.Initialize(new Gpio(gpioBlock.Base));
                if (led.Value is not { } ready)
                {
                    Console.Error.WriteLine("Blinky.Rpi4: " + led.Error);
                    return 1;
                }

                Console.WriteLine("Blinking GPIO42 (the green activity LED)" + (cycles is null ? " until Ctrl+C." : " " + cycles + " times."));
                BlinkLoop.Run(ready, delay, cycles);
                return 0;
            }
        }
    }
}
