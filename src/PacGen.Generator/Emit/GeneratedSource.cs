namespace PacGen.Generator.Emit
{
    /// <summary>One generated file: a stable hint name (<c>Bcm2711.Gpio.g.cs</c>) and its text.</summary>
    internal sealed record GeneratedSource(string HintName, string Text);
}
