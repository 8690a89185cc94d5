using System;
using System.Globalization;
using System.IO;
using Blinky.Stm32L0;
using PacGen.Simulation;

// The STM32L031 blinky of the svd2rust story, in C#: runs the driver against the simulated STM32L0x1 and prints the
// register trace.   dotnet run --project samples/Blinky.Stm32L0 [-- --cycles N]
int toggles = 6;
if (args.Length == 2 && args[0] == "--cycles"
    && int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out int cycles) && cycles > 0)
{
    toggles = 2 * cycles;
}
else if (args.Length != 0)
{
    Console.Error.WriteLine("usage: Blinky.Stm32L0 [--cycles N]");
    return 2;
}

SimulatedDevice chip = SimulatedDevice.FromSvdFile(Path.Combine(AppContext.BaseDirectory, "stm32l0x1.svd"));
using (chip.Activate())
{
    LedDriver.Initialize();
    for (int i = 0; i < toggles; i++)
    {
        LedDriver.Toggle();
    }
}

Console.WriteLine("Simulated STM32L0x1 (svd/stm32l0x1.svd): PB3 toggled " + toggles + " times.");
Console.WriteLine();
Console.WriteLine("Register trace");
Console.Write(chip.Trace.Render());
return 0;
