namespace PacGen.Cli.Scaffold
{
    /// <summary>Everything the scaffold's files are made from.</summary>
    /// <param name="Name">Project name, also the solution's (<c>MyChip.Pac</c>).</param>
    /// <param name="SvdFileName">The SVD's file name as copied into the library project.</param>
    /// <param name="Namespace">The namespace of the generated API.</param>
    /// <param name="NameStyle">The generator's NameStyle metadata (<c>CSharp</c> or <c>Svd</c>).</param>
    /// <param name="PacGenVersion">The version of the PacGen packages to reference: this tool's own.</param>
    /// <param name="PublicApiListing">The generated API listing, written as the verified snapshot.</param>
    /// <param name="Smoke">The register the smoke test writes; null when the device has none that stores writes.</param>
    internal sealed record ScaffoldSpec(
        string Name,
        string SvdFileName,
        string Namespace,
        string NameStyle,
        string PacGenVersion,
        string PublicApiListing,
        SmokeTarget? Smoke);
}
