using System.Collections.Generic;
using System.Linq;
using PacGen.Svd;
using PacGen.Svd.Model;

namespace PacGen.Cli.Check
{
    /// <summary>
    /// What a device holds, counted over the flattened map (what <c>pacgen map</c> prints): every register instance
    /// of every peripheral instance, fields with field arrays expanded, enumeratedValues sets of those fields.
    /// </summary>
    internal sealed record DeviceStatistics(int Peripherals, int Registers, int Fields, int EnumeratedValueSets)
    {
        public static DeviceStatistics Of(Device device, IReadOnlyList<RegisterInstance> rows) => new(
            device.Peripherals.Count,
            rows.Count,
            rows.Sum(r => r.ExpandedFields.Count),
            rows.Sum(r => r.ExpandedFields.Sum(f => f.EnumeratedValues.Count)));
    }
}
