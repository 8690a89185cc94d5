using System.Collections.Generic;
using PacGen.Svd.Diagnostics;
using PacGen.Svd.Model;
using PacGen.Svd.Parsing;
using PacGen.Svd.Patching.Yaml;

namespace PacGen.Svd.Patching
{
    /// <summary>
    /// Writes SVD properties from a YAML mapping onto an element (svd-rs <c>modify_from</c> with a builder made by
    /// svdtools' <c>make_register</c>/<c>make_field</c>/…): only the keys written change. Unknown keys are ignored,
    /// as svdtools ignores them.
    /// </summary>
    internal sealed class ElementWriter
    {
        private enum Kind
        {
            Text,
            Hex,
            Decimal,
            Boolean,
        }

        private static readonly Dictionary<string, Kind> s_register = Table(
            ("name", Kind.Text), ("displayName", Kind.Text), ("description", Kind.Text), ("alternateGroup", Kind.Text),
            ("alternateRegister", Kind.Text), ("addressOffset", Kind.Hex), ("size", Kind.Decimal), ("access", Kind.Text),
            ("protection", Kind.Text), ("resetValue", Kind.Hex), ("resetMask", Kind.Hex), ("dataType", Kind.Text),
            ("modifiedWriteValues", Kind.Text), ("readAction", Kind.Text));

        private static readonly Dictionary<string, Kind> s_field = Table(
            ("name", Kind.Text), ("description", Kind.Text), ("access", Kind.Text), ("modifiedWriteValues", Kind.Text),
            ("readAction", Kind.Text));

        private static readonly Dictionary<string, Kind> s_cluster = Table(
            ("name", Kind.Text), ("description", Kind.Text), ("alternateCluster", Kind.Text), ("headerStructName", Kind.Text),
            ("addressOffset", Kind.Hex), ("size", Kind.Decimal), ("access", Kind.Text), ("protection", Kind.Text),
            ("resetValue", Kind.Hex), ("resetMask", Kind.Hex));

        private static readonly Dictionary<string, Kind> s_peripheral = Table(
            ("name", Kind.Text), ("displayName", Kind.Text), ("version", Kind.Text), ("description", Kind.Text),
            ("groupName", Kind.Text), ("prependToName", Kind.Text), ("appendToName", Kind.Text), ("headerStructName", Kind.Text),
            ("alternatePeripheral", Kind.Text), ("baseAddress", Kind.Hex));

        private static readonly Dictionary<string, Kind> s_properties = Table(
            ("size", Kind.Decimal), ("access", Kind.Text), ("protection", Kind.Text), ("resetValue", Kind.Hex), ("resetMask", Kind.Hex));

        private static readonly Dictionary<string, Kind> s_interrupt = Table(("name", Kind.Text), ("description", Kind.Text), ("value", Kind.Decimal));

        private static readonly Dictionary<string, Kind> s_cpu = Table(
            ("name", Kind.Text), ("revision", Kind.Text), ("endian", Kind.Text), ("mpuPresent", Kind.Boolean), ("fpuPresent", Kind.Boolean),
            ("fpuDP", Kind.Boolean), ("dspPresent", Kind.Boolean), ("icachePresent", Kind.Boolean), ("dcachePresent", Kind.Boolean),
            ("itcmPresent", Kind.Boolean), ("dtcmPresent", Kind.Boolean), ("vtorPresent", Kind.Boolean), ("nvicPrioBits", Kind.Decimal),
            ("vendorSystickConfig", Kind.Boolean), ("deviceNumInterrupts", Kind.Decimal), ("sauNumRegions", Kind.Decimal));

        private static readonly Dictionary<string, Kind> s_device = Table(
            ("vendor", Kind.Text), ("vendorID", Kind.Text), ("name", Kind.Text), ("series", Kind.Text), ("version", Kind.Text),
            ("description", Kind.Text), ("licenseText", Kind.Text), ("headerSystemFilename", Kind.Text),
            ("headerDefinitionsPrefix", Kind.Text), ("addressUnitBits", Kind.Decimal), ("width", Kind.Decimal), ("size", Kind.Decimal),
            ("access", Kind.Text), ("protection", Kind.Text), ("resetValue", Kind.Hex), ("resetMask", Kind.Hex));

        private static readonly Dictionary<string, Kind> s_addressBlock = Table(("offset", Kind.Hex), ("size", Kind.Hex), ("usage", Kind.Text), ("protection", Kind.Text));

        private readonly PatchContext _context;

        public ElementWriter(PatchContext context) => _context = context;

        public static bool IsDeviceProperty(string key) => s_device.ContainsKey(key);

        public void Register(SvdElement register, PatchMap map, Interpolation path)
        {
            Write(register, map, s_register, path);
            Dim(register, map);
            DerivedFrom(register, map, path);
            WriteConstraint(register, map);
            if (map["fields"] is PatchMap fields)
            {
                SvdTree.Remove(register, "fields");
                SvdTree.Fields(register, create: true);
                SvdElement container = register.Element("fields")!;
                foreach (var entry in fields.Entries)
                {
                    container.AppendChild(NewField(entry.Key, PatchValues.MapOrEmpty(entry.Value, entry.Key.Value, _context.Diagnostics), path));
                }
            }
        }

        public void Field(SvdElement field, PatchMap map, Interpolation path)
        {
            Write(field, map, s_field, path);
            Dim(field, map);
            DerivedFrom(field, map, path);
            WriteConstraint(field, map);
            long? msb = PatchValues.Integer(map, "msb", _context.Diagnostics), lsb = PatchValues.Integer(map, "lsb", _context.Diagnostics);
            string? bitRange = PatchValues.String(map, "bitRange", _context.Diagnostics);
            long? bitOffset = PatchValues.Integer(map, "bitOffset", _context.Diagnostics), bitWidth = PatchValues.Integer(map, "bitWidth", _context.Diagnostics);
            if (msb == null && lsb == null && bitRange == null && bitOffset == null && bitWidth == null)
            {
                return;
            }

            SvdTree.TryBitRange(field, out int offset, out int width);
            bool known = true;
            if (msb != null && lsb != null)
            {
                offset = (int)lsb.Value;
                width = (int)(msb.Value - lsb.Value + 1);
            }
            else if (bitRange != null)
            {
                SvdElement probe = SvdTree.New("field", field.Position);
                probe.AppendChild(SvdTree.New("bitRange", field.Position, bitRange));
                known = SvdTree.TryBitRange(probe, out offset, out width);
            }
            else
            {
                offset = (int)(bitOffset ?? offset);
                width = (int)(bitWidth ?? (width == 0 ? 1 : width));
            }

            if (!known)
            {
                _context.Diagnostics.Report(PatchDiagnosticDescriptors.InvalidPatchValue, map["bitRange"]!.Location, "bitRange", "[msb:lsb]");
                return;
            }

            SvdTree.SetBitRange(field, offset, width, _context.Position(map));
        }

        public void Cluster(SvdElement cluster, PatchMap map, Interpolation path)
        {
            Write(cluster, map, s_cluster, path);
            Dim(cluster, map);
            DerivedFrom(cluster, map, path);
        }

        /// <summary>Peripheral properties; registers, interrupts and address blocks only when <paramref name="adding"/>.</summary>
        public void Peripheral(SvdElement peripheral, PatchMap map, bool adding)
        {
            Write(peripheral, map, s_peripheral, Interpolation.None);
            Dim(peripheral, map);
            if (map["derivedFrom"] is PatchScalar derived && !derived.IsNull)
            {
                peripheral.SetAttribute("derivedFrom", derived.Value);
                return;
            }

            Write(peripheral, map, s_properties, Interpolation.None);
            if (!adding)
            {
                return;
            }

            if (map["addressBlock"] is PatchMap block)
            {
                peripheral.AppendChild(NewAddressBlock(block));
            }
            else if (map["addressBlocks"] is PatchSequence blocks)
            {
                foreach (PatchNode item in blocks.Items)
                {
                    if (PatchValues.AsMap(item, "addressBlocks", _context.Diagnostics) is PatchMap b)
                    {
                        peripheral.AppendChild(NewAddressBlock(b));
                    }
                }
            }

            if (map["interrupts"] is PatchMap interrupts)
            {
                foreach (var entry in interrupts.Entries)
                {
                    peripheral.AppendChild(NewInterrupt(entry.Key, PatchValues.MapOrEmpty(entry.Value, entry.Key.Value, _context.Diagnostics)));
                }
            }

            if (map["registers"] is PatchMap registers)
            {
                SvdElement container = SvdTree.Container(peripheral);
                foreach (var entry in registers.Entries)
                {
                    container.AppendChild(NewRegister(entry.Key, PatchValues.MapOrEmpty(entry.Value, entry.Key.Value, _context.Diagnostics), Interpolation.None));
                }
            }
        }

        /// <summary>A peripheral's single address block is modified; otherwise the blocks are replaced.</summary>
        public void AddressBlocks(SvdElement peripheral, PatchMap map)
        {
            if (map["addressBlock"] is PatchMap block)
            {
                var existing = new List<SvdElement>();
                foreach (SvdElement e in peripheral.Elements())
                {
                    if (e.Name == "addressBlock")
                    {
                        existing.Add(e);
                    }
                }

                if (existing.Count == 1)
                {
                    Write(existing[0], block, s_addressBlock, Interpolation.None);
                }
                else
                {
                    SvdTree.Remove(peripheral, "addressBlock");
                    peripheral.AppendChild(NewAddressBlock(block));
                }
            }
            else if (map["addressBlocks"] is PatchSequence blocks)
            {
                SvdTree.Remove(peripheral, "addressBlock");
                foreach (PatchNode item in blocks.Items)
                {
                    if (PatchValues.AsMap(item, "addressBlocks", _context.Diagnostics) is PatchMap b)
                    {
                        peripheral.AppendChild(NewAddressBlock(b));
                    }
                }
            }
        }

        public void Interrupt(SvdElement interrupt, PatchMap map) => Write(interrupt, map, s_interrupt, Interpolation.None);

        public void Cpu(SvdElement cpu, PatchMap map) => Write(cpu, map, s_cpu, Interpolation.None);

        public void DeviceProperty(SvdElement device, PatchScalar key, PatchNode value)
        {
            var map = new PatchMap(key.Location);
            map.Set(key, value);
            Write(device, map, s_device, Interpolation.None);
        }

        public SvdElement NewRegister(PatchScalar name, PatchMap map, Interpolation path)
        {
            SvdElement register = SvdTree.New("register", _context.Position(name));
            SvdTree.Set(register, "name", name.Value, _context.Position(name));
            Register(register, map, path.WithRegister(name.Value));
            return register;
        }

        public SvdElement NewField(PatchScalar name, PatchMap map, Interpolation path)
        {
            SvdElement field = SvdTree.New("field", _context.Position(name));
            SvdTree.Set(field, "name", name.Value, _context.Position(name));
            Field(field, map, path.WithField(name.Value));
            return field;
        }

        public SvdElement NewCluster(PatchScalar name, PatchMap map, Interpolation path)
        {
            SvdElement cluster = SvdTree.New("cluster", _context.Position(name));
            SvdTree.Set(cluster, "name", name.Value, _context.Position(name));
            Cluster(cluster, map, path);
            if (map["registers"] is PatchMap registers)
            {
                foreach (var entry in registers.Entries)
                {
                    cluster.AppendChild(NewRegister(entry.Key, PatchValues.MapOrEmpty(entry.Value, entry.Key.Value, _context.Diagnostics), Interpolation.None));
                }
            }

            return cluster;
        }

        public SvdElement NewInterrupt(PatchScalar name, PatchMap map)
        {
            SvdElement interrupt = SvdTree.New("interrupt", _context.Position(name));
            SvdTree.Set(interrupt, "name", name.Value, _context.Position(name));
            Write(interrupt, map, s_interrupt, Interpolation.None);
            return interrupt;
        }

        private SvdElement NewAddressBlock(PatchMap map)
        {
            SvdElement block = SvdTree.New("addressBlock", _context.Position(map));
            Write(block, map, s_addressBlock, Interpolation.None);
            return block;
        }

        /// <summary>dim, dimIncrement, dimIndex, dimName: a single element becomes an array, an array is modified.</summary>
        public void Dim(SvdElement element, PatchMap map)
        {
            long? dim = PatchValues.Integer(map, "dim", _context.Diagnostics);
            long? increment = PatchValues.Integer(map, "dimIncrement", _context.Diagnostics);
            if (dim != null)
            {
                SvdTree.Set(element, "dim", SvdTree.Dec(dim.Value), _context.Position(map["dim"]!));
            }

            if (increment != null)
            {
                SvdTree.Set(element, "dimIncrement", SvdTree.Hex((ulong)increment.Value), _context.Position(map["dimIncrement"]!));
            }

            PatchNode? index = map["dimIndex"];
            if (index is PatchScalar s && !s.IsNull)
            {
                SvdTree.Set(element, "dimIndex", s.Value, _context.Position(s));
            }
            else if (index is PatchSequence list)
            {
                var parts = new List<string>();
                foreach (PatchScalar item in PatchValues.Strings(list, "dimIndex", _context.Diagnostics))
                {
                    parts.Add(item.Value);
                }

                SvdTree.Set(element, "dimIndex", string.Join(",", parts), _context.Position(list));
            }

            if (PatchValues.String(map, "dimName", _context.Diagnostics) is string dimName)
            {
                SvdTree.Set(element, "dimName", dimName, _context.Position(map["dimName"]!));
            }
        }

        private void DerivedFrom(SvdElement element, PatchMap map, Interpolation path)
        {
            if (PatchValues.String(map, "derivedFrom", _context.Diagnostics) is string derived)
            {
                element.SetAttribute("derivedFrom", path.Apply(derived));
            }
        }

        /// <summary><c>_write_constraint</c> / <c>writeConstraint</c>: "none" removes, "enum" = useEnumeratedValues, [min, max] = range.</summary>
        private void WriteConstraint(SvdElement element, PatchMap map)
        {
            PatchNode? value = map["_write_constraint"] ?? map["writeConstraint"];
            if (value == null)
            {
                return;
            }

            if (value is PatchScalar s && s.Value == "none")
            {
                SvdTree.Remove(element, "writeConstraint");
            }
            else if (value is PatchScalar e && e.Value == "enum")
            {
                SvdTree.Remove(element, "writeConstraint");
                SvdElement wc = SvdTree.New("writeConstraint", _context.Position(value));
                wc.AppendChild(SvdTree.New("useEnumeratedValues", _context.Position(value), "true"));
                element.AppendChild(wc);
            }
            else if (value is PatchSequence list && list.Items.Count >= 2)
            {
                SetRange(element, list);
            }
            else
            {
                _context.Diagnostics.Report(PatchDiagnosticDescriptors.InvalidPatchValue, value.Location, "writeConstraint", "\"none\", \"enum\" or [min, max]");
            }
        }

        /// <summary>A writeConstraint range from <c>[min, max]</c>.</summary>
        public bool SetRange(SvdElement element, PatchSequence list)
        {
            long? min = PatchValues.Integer(list.Items[0], "minimum", _context.Diagnostics);
            long? max = PatchValues.Integer(list.Items[1], "maximum", _context.Diagnostics);
            if (min == null || max == null)
            {
                return false;
            }

            SourcePosition at = _context.Position(list);
            SvdTree.Remove(element, "writeConstraint");
            SvdElement wc = SvdTree.New("writeConstraint", at);
            SvdElement range = SvdTree.New("range", at);
            range.AppendChild(SvdTree.New("minimum", at, SvdTree.Dec(min.Value)));
            range.AppendChild(SvdTree.New("maximum", at, SvdTree.Dec(max.Value)));
            wc.AppendChild(range);
            element.AppendChild(wc);
            return true;
        }

        private void Write(SvdElement element, PatchMap map, Dictionary<string, Kind> table, Interpolation path)
        {
            foreach (var entry in map.Entries)
            {
                if (!table.TryGetValue(entry.Key.Value, out Kind kind))
                {
                    continue;
                }

                if (!(entry.Value is PatchScalar scalar))
                {
                    _context.Diagnostics.Report(PatchDiagnosticDescriptors.InvalidPatchValue, entry.Value.Location, entry.Key.Value, "a scalar");
                    continue;
                }

                string key = entry.Key.Value;
                SourcePosition at = _context.Position(scalar);
                if (scalar.IsNull)
                {
                    continue;
                }

                switch (kind)
                {
                    case Kind.Text:
                        if (key == "access" && scalar.Value.Length == 0)
                        {
                            SvdTree.Remove(element, key);
                        }
                        else
                        {
                            SvdTree.Set(element, key, key == "description" ? path.Apply(scalar.Value) : scalar.Value, at);
                        }

                        break;
                    case Kind.Boolean:
                        SvdTree.Set(element, key, scalar.TryGetBoolean(out bool b) ? (b ? "true" : "false") : scalar.Value, at);
                        break;
                    default:
                        if (scalar.TryGetInteger(out long number))
                        {
                            SvdTree.Set(element, key, kind == Kind.Hex ? SvdTree.Hex((ulong)number) : SvdTree.Dec(number), at);
                        }
                        else
                        {
                            _context.Diagnostics.Report(PatchDiagnosticDescriptors.InvalidPatchValue, scalar.Location, key, "an integer");
                        }

                        break;
                }
            }
        }

        private static Dictionary<string, Kind> Table(params (string Key, Kind Kind)[] entries)
        {
            var table = new Dictionary<string, Kind>(System.StringComparer.Ordinal);
            foreach ((string key, Kind kind) in entries)
            {
                table[key] = kind;
            }

            return table;
        }
    }
}
