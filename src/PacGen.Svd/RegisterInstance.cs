using PacGen.Svd.Model;

namespace PacGen.Svd
{
    /// <summary>One register element at its absolute address, after every derivation and dim expansion.</summary>
    /// <param name="Peripheral">The peripheral instance holding the register.</param>
    /// <param name="Path">
    /// Dotted path inside the peripheral: <c>GPFSEL4</c>, <c>CH[2].CTRL</c> (element 2 of the cluster array
    /// <c>CH[%s]</c>), <c>DEVICEID[0]</c> (element 0 of the register array <c>DEVICEID[%s]</c>). Elements of
    /// <c>%s</c> lists (not arrays) appear under their own names (<c>DATA3_REG</c>).
    /// </param>
    /// <param name="Address">Absolute address: peripheral base + every enclosing offset.</param>
    /// <param name="Register">
    /// The element: Name is the element name (<c>DEVICEID0</c>; with its alternateGroup, <c>CR_A</c>, as CMSIS names it), Dim is null, AddressOffset is relative to the
    /// peripheral base, Fields as declared (field arrays not expanded).
    /// </param>
    /// <param name="ExpandedFields">The register's fields with field arrays expanded, ordered by bit offset.</param>
    public sealed record RegisterInstance(
        Peripheral Peripheral,
        string Path,
        ulong Address,
        Register Register,
        EquatableArray<Field> ExpandedFields);
}
