using System;
using System.Collections.Generic;
using System.Linq;
using PacGen.Cli.Output;
using PacGen.Svd;
using PacGen.Svd.Model;

namespace PacGen.Cli.Diff
{
    /// <summary>
    /// The API-level differences between two versions of a device, as stable text lines: peripherals, registers,
    /// fields and enumerated values added, removed or renamed, and changed addresses, sizes, resets, access and field
    /// positions. Lines come in the old document's order, additions after what they follow.
    /// </summary>
    internal sealed class ApiDiff
    {
        private readonly List<string> _lines = new();

        private ApiDiff()
        {
        }

        public static IReadOnlyList<string> Compare(Device oldDevice, IReadOnlyList<RegisterInstance> oldRows, Device newDevice, IReadOnlyList<RegisterInstance> newRows)
        {
            var diff = new ApiDiff();
            if (!string.Equals(oldDevice.Name, newDevice.Name, StringComparison.Ordinal))
            {
                diff._lines.Add("changed device name: " + oldDevice.Name + " -> " + newDevice.Name);
            }

            diff.ComparePeripherals(new PeripheralSet(oldDevice, oldRows), new PeripheralSet(newDevice, newRows));
            return diff._lines;
        }

        private void ComparePeripherals(PeripheralSet before, PeripheralSet after)
        {
            var removed = before.Names.Where(n => !after.Contains(n)).ToList();
            var added = after.Names.Where(n => !before.Contains(n)).ToList();
            List<(string Old, string New)> renamed = Renames.Extract(removed, added, n => ShapeOf(n, before), n => ShapeOf(n, after));

            // Types renamed along with their defining peripheral still match derived instances up.
            var typeRenames = renamed.ToDictionary(p => p.Old, p => p.New, StringComparer.Ordinal);
            var pairs = before.Names.Where(after.Contains).Select(n => (Old: n, New: n)).Concat(renamed).ToList();
            foreach (string name in removed)
            {
                _lines.Add("removed peripheral " + name + " at " + SvdText.Hex(before[name].BaseAddress));
            }

            foreach (string name in added)
            {
                _lines.Add("added peripheral " + name + " at " + SvdText.Hex(after[name].BaseAddress));
            }

            foreach ((string oldName, string newName) in pairs)
            {
                Peripheral o = before[oldName];
                Peripheral n = after[newName];
                if (oldName != newName)
                {
                    _lines.Add("renamed peripheral " + oldName + " -> " + newName);
                }

                Changed("peripheral " + newName + " base address", SvdText.Hex(o.BaseAddress), SvdText.Hex(n.BaseAddress));

                // An instance that only borrows another's layout (derivedFrom, dim element) on both sides would repeat
                // every change of that layout: those are reported once, under the peripheral that defines the type.
                string mappedType = typeRenames.TryGetValue(o.TypeName, out string? t) ? t : o.TypeName;
                bool bothBorrow = o.TypeName != o.Name && n.TypeName != n.Name && mappedType == n.TypeName;
                if (!bothBorrow)
                {
                    CompareRegisters(newName, before.RowsOf(oldName), after.RowsOf(newName));
                }
            }
        }

        private void CompareRegisters(string peripheral, IReadOnlyList<RegisterInstance> before, IReadOnlyList<RegisterInstance> after)
        {
            var oldByPath = ByKey(before, r => r.Path);
            var newByPath = ByKey(after, r => r.Path);
            var removed = oldByPath.Keys.Where(p => !newByPath.ContainsKey(p)).ToList();
            var added = newByPath.Keys.Where(p => !oldByPath.ContainsKey(p)).ToList();
            List<(string Old, string New)> renamed = Renames.Extract(
                removed, added, p => ShapeOf(oldByPath[p]), p => ShapeOf(newByPath[p]));

            foreach (string path in removed)
            {
                _lines.Add("removed register " + peripheral + "." + path + " at offset " + SvdText.Hex(oldByPath[path].Register.AddressOffset));
            }

            foreach (string path in added)
            {
                _lines.Add("added register " + peripheral + "." + path + " at offset " + SvdText.Hex(newByPath[path].Register.AddressOffset));
            }

            foreach ((string oldPath, string newPath) in oldByPath.Keys.Where(newByPath.ContainsKey).Select(p => (p, p)).Concat(renamed))
            {
                RegisterInstance o = oldByPath[oldPath];
                RegisterInstance n = newByPath[newPath];
                string subject = peripheral + "." + newPath;
                if (oldPath != newPath)
                {
                    _lines.Add("renamed register " + peripheral + "." + oldPath + " -> " + subject);
                }

                Changed("register " + subject + " offset", SvdText.Hex(o.Register.AddressOffset), SvdText.Hex(n.Register.AddressOffset));
                Changed("register " + subject + " size", SvdText.Number(o.Register.Size), SvdText.Number(n.Register.Size));
                Changed("register " + subject + " access", SvdText.Access(o.Register.Access), SvdText.Access(n.Register.Access));
                Changed("register " + subject + " reset value", SvdText.Hex(o.Register.ResetValue), SvdText.Hex(n.Register.ResetValue));
                Changed("register " + subject + " reset mask", SvdText.Hex(o.Register.ResetMask), SvdText.Hex(n.Register.ResetMask));
                CompareFields(subject, o.ExpandedFields, n.ExpandedFields);
            }
        }

        private void CompareFields(string register, IReadOnlyList<Field> before, IReadOnlyList<Field> after)
        {
            var oldByName = ByKey(before, f => f.Name);
            var newByName = ByKey(after, f => f.Name);
            var removed = oldByName.Keys.Where(n => !newByName.ContainsKey(n)).ToList();
            var added = newByName.Keys.Where(n => !oldByName.ContainsKey(n)).ToList();
            List<(string Old, string New)> renamed = Renames.Extract(
                removed, added, n => Position(oldByName[n]), n => Position(newByName[n]));

            foreach (string name in removed)
            {
                _lines.Add("removed field " + register + "." + name + " at " + Position(oldByName[name]));
            }

            foreach (string name in added)
            {
                _lines.Add("added field " + register + "." + name + " at " + Position(newByName[name]));
            }

            foreach ((string oldName, string newName) in oldByName.Keys.Where(newByName.ContainsKey).Select(n => (n, n)).Concat(renamed))
            {
                Field o = oldByName[oldName];
                Field n = newByName[newName];
                string subject = register + "." + newName;
                if (oldName != newName)
                {
                    _lines.Add("renamed field " + register + "." + oldName + " -> " + subject);
                }

                Changed("field " + subject + " position", Position(o), Position(n));
                Changed("field " + subject + " access", SvdText.Access(o.Access), SvdText.Access(n.Access));
                CompareEnumValues(subject, EnumValuesOf(o), EnumValuesOf(n));
            }
        }

        private void CompareEnumValues(string field, Dictionary<string, EnumeratedValue> before, Dictionary<string, EnumeratedValue> after)
        {
            var removed = before.Keys.Where(n => !after.ContainsKey(n)).ToList();
            var added = after.Keys.Where(n => !before.ContainsKey(n)).ToList();
            List<(string Old, string New)> renamed = Renames.Extract(
                removed, added, n => EnumValueText(before[n]), n => EnumValueText(after[n]));

            foreach (string name in removed)
            {
                _lines.Add("removed enum value " + field + "." + name + " = " + EnumValueText(before[name]));
            }

            foreach (string name in added)
            {
                _lines.Add("added enum value " + field + "." + name + " = " + EnumValueText(after[name]));
            }

            foreach ((string oldName, string newName) in renamed)
            {
                _lines.Add("renamed enum value " + field + "." + oldName + " -> " + field + "." + newName);
            }

            foreach (string name in before.Keys.Where(after.ContainsKey))
            {
                Changed("enum value " + field + "." + name, EnumValueText(before[name]), EnumValueText(after[name]));
            }
        }

        private void Changed(string what, string before, string after)
        {
            if (!string.Equals(before, after, StringComparison.Ordinal))
            {
                _lines.Add("changed " + what + ": " + before + " -> " + after);
            }
        }

        private static string ShapeOf(string peripheral, PeripheralSet set) =>
            SvdText.Hex(set[peripheral].BaseAddress) + "|" + string.Join(";", set.RowsOf(peripheral).Select(ShapeOf));

        private static string ShapeOf(RegisterInstance row) =>
            SvdText.Hex(row.Register.AddressOffset) + "/" + SvdText.Number(row.Register.Size) + "[" + string.Join(",", row.ExpandedFields.Select(Position)) + "]";

        private static string Position(Field field) => SvdText.Number(field.BitOffset) + ":" + SvdText.Number(field.BitWidth);

        private static string EnumValueText(EnumeratedValue value) =>
            value.IsDefault ? "default" : SvdText.Hex(value.Value) + (value.DontCareMask == 0 ? string.Empty : " (don't care " + SvdText.Hex(value.DontCareMask) + ")");

        // All sets of the field together (read, write, read-write): the API exposes each name once.
        private static Dictionary<string, EnumeratedValue> EnumValuesOf(Field field) =>
            ByKey(field.EnumeratedValues.SelectMany(set => set.Values).ToList(), v => v.Name);

        // First occurrence wins, keeping document order (Dictionary preserves insertion order when nothing is removed).
        private static Dictionary<string, T> ByKey<T>(IReadOnlyList<T> items, Func<T, string> key)
        {
            var result = new Dictionary<string, T>(StringComparer.Ordinal);
            foreach (T item in items)
            {
                result.TryAdd(key(item), item);
            }

            return result;
        }
    }
}
