using System;
using System.Collections.Generic;
using System.Linq;
using PacGen.Svd;
using PacGen.Svd.Model;

namespace PacGen.Cli.Diff
{
    /// <summary>A device's peripheral instances by name, in document order, each with its rows of the flattened map.</summary>
    internal sealed class PeripheralSet
    {
        private readonly Dictionary<string, Peripheral> _peripherals = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<RegisterInstance>> _rows = new(StringComparer.Ordinal);

        public PeripheralSet(Device device, IReadOnlyList<RegisterInstance> rows)
        {
            foreach (Peripheral peripheral in device.Peripherals)
            {
                if (_peripherals.TryAdd(peripheral.Name, peripheral))
                {
                    Names.Add(peripheral.Name);
                    _rows.Add(peripheral.Name, new List<RegisterInstance>());
                }
            }

            foreach (RegisterInstance row in rows)
            {
                if (_rows.TryGetValue(row.Peripheral.Name, out List<RegisterInstance>? list) && ReferenceEquals(_peripherals[row.Peripheral.Name], row.Peripheral))
                {
                    list.Add(row);
                }
            }
        }

        public List<string> Names { get; } = new();

        public Peripheral this[string name] => _peripherals[name];

        public bool Contains(string name) => _peripherals.ContainsKey(name);

        public IReadOnlyList<RegisterInstance> RowsOf(string name) => _rows[name];
    }
}
