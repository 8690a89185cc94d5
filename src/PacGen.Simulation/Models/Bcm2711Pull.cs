namespace PacGen.Simulation.Models;

/// <summary>A BCM2711 pin's resistor as GPIO_PUP_PDN_CNTRL_REGn selects it (2 bits per pin; 3 is reserved and acts as none).</summary>
public enum Bcm2711Pull
{
    None = 0,
    Up = 1,
    Down = 2,
}
