using System;
using System.Diagnostics;
using System.IO;
using Xunit;

namespace PacGen.Samples.Tests
{
    /// <summary>The sample programs run as a user runs them (their built dlls, as `dotnet run` would start them).</summary>
    public sealed class SampleProgramTests
    {
        [Fact]
        public void Rpi4_blinky_prints_the_led_timeline_and_trace()
        {
            (int exitCode, string output, string error) = Run("Blinky.Rpi4.dll", "--cycles", "2");

            Assert.True(exitCode == 0, error);
            Assert.Contains("GPIO42 blinked 2 times", output);
            Assert.Contains("0.000000 s  ON", output);
            Assert.Contains("W GPIO.GPFSEL4 0x00000040  FSEL42=OUTPUT", output);
            Assert.Contains("W GPIO.GPSET1 0x00000400  SET42=1", output);
            Assert.Contains("W GPIO.GPCLR1 0x00000400  CLR42=1", output);
        }

        [Fact]
        public void Rpi4_blinky_on_a_machine_without_gpiomem_fails_with_one_line_and_exit_code_1()
        {
            if (File.Exists("/dev/gpiomem"))
            {
                return; // a real Pi: the hardware path would blink the LED instead
            }

            (int exitCode, string output, string error) = Run("Blinky.Rpi4.dll", "--gpiomem", "--cycles", "1");

            Assert.Equal(1, exitCode);
            Assert.Equal(string.Empty, output);
            string line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Equal("Blinky.Rpi4: cannot open /dev/gpiomem: ENOENT (errno 2, No such file or directory): this is not a Raspberry Pi " +
                "running Linux, or the kernel's gpiomem driver is not loaded.", line);
        }

        [Fact]
        public void Rpi4_blinky_through_GpioController_makes_dotnet_iots_accesses_on_the_simulated_chip()
        {
            (int exitCode, string output, string error) = Run("Blinky.Rpi4.dll", "--iot", "--cycles", "2");

            Assert.True(exitCode == 0, error);
            Assert.Contains("through System.Device.Gpio (GpioController over Bcm2711GpioDriver): GPIO42 blinked 2 times", output);
            Assert.Contains("0.000000 s  ON\n0.501000 s  OFF\n1.002000 s  ON\n1.503000 s  OFF\n", output.Replace("\r\n", "\n"));
            string trace = output.Substring(output.IndexOf("Register trace", StringComparison.Ordinal));
            Assert.StartsWith("Register trace (SYSTMR.CLO polling left out)\n" +
                "R GPIO.GPFSEL4 0x00000000", trace.Replace("\r\n", "\n"));
            Assert.Contains("R GPIO.GPIO_PUP_PDN_CNTRL_REG2 0x00000000", trace);
            Assert.Contains("W GPIO.GPFSEL4 0x00000040  FSEL42=OUTPUT", trace);
            Assert.Contains("W GPIO.GPSET1 0x00000400  SET42=1", trace);
            Assert.Contains("W GPIO.GPCLR1 0x00000400  CLR42=1", trace);
        }

        [Fact]
        public void Rpi4_blinky_through_GpioController_off_a_Pi_fails_with_one_line_and_exit_code_1()
        {
            if (File.Exists("/dev/gpiomem"))
            {
                return; // a real Pi: the hardware path would blink the LED instead
            }

            (int exitCode, string output, string error) = Run("Blinky.Rpi4.dll", "--iot", "--gpiomem", "--cycles", "1");

            Assert.Equal(1, exitCode);
            Assert.Equal(string.Empty, output);
            string line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith("Blinky.Rpi4: ", line);
            Assert.Contains("/dev/gpiomem", line);
        }

        [Fact]
        public void Stm32_blinky_prints_the_trace()
        {
            (int exitCode, string output, string error) = Run("Blinky.Stm32L0.dll", "--cycles", "1");

            Assert.True(exitCode == 0, error);
            Assert.Contains("W RCC.IOPENR 0x00000002  IOPBEN=1", output);
            Assert.Contains("W GPIOB.MODER 0xFFFFFF7F  MODE3=0x1", output);
            Assert.Contains("W GPIOB.ODR 0x00000008  OD3=1", output);
        }

        private static (int ExitCode, string Output, string Error) Run(string dll, params string[] args)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = AppContext.BaseDirectory,
            };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, dll));
            foreach (string arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            using Process process = Process.Start(start)!;
            System.Threading.Tasks.Task<string> error = process.StandardError.ReadToEndAsync();
            string output = process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(120_000), dll + " did not finish within 2 minutes");
            return (process.ExitCode, output, error.Result);
        }
    }
}
