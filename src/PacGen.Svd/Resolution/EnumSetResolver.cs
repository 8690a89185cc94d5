using System;
using System.Collections.Generic;
using PacGen.Svd.Diagnostics;
using PacGen.Svd.Parsing;

namespace PacGen.Svd.Resolution
{
    /// <summary>
    /// enumeratedValues derivedFrom: a set name searched in the same field, register and peripheral first,
    /// then a dotted path <c>[PERIPH.][CLUSTER.]REG.FIELD.SET</c>, then any set of that name in the device.
    /// </summary>
    internal sealed class EnumSetResolver
    {
        private readonly DiagnosticBag _diagnostics;
        private readonly DerivationResolver _owner;
        private readonly Dictionary<RawEnumSet, RawEnumSet> _resolved = new Dictionary<RawEnumSet, RawEnumSet>();
        private readonly HashSet<RawEnumSet> _inProgress = new HashSet<RawEnumSet>();
        private Dictionary<string, List<Entry>>? _byName;
        private int _depth;

        public EnumSetResolver(DiagnosticBag diagnostics, DerivationResolver owner)
        {
            _diagnostics = diagnostics;
            _owner = owner;
        }

        public RawEnumSet Resolve(RawEnumSet set, RawField field, RawRegister register, RawPeripheral peripheral)
        {
            if (set.DerivedFrom == null)
            {
                return set;
            }

            if (_resolved.TryGetValue(set, out RawEnumSet? done))
            {
                return done;
            }

            if (!_inProgress.Add(set))
            {
                _diagnostics.Report(SvdDiagnosticDescriptors.CyclicDerivedFrom, set.Position, "enumeratedValues", set.Name ?? field.Name, set.DerivedFrom);
                return set;
            }

            RawEnumSet result = set;
            Entry? found = Find(set.DerivedFrom, field, register, peripheral);
            if (found == null || ReferenceEquals(found.Set, set))
            {
                if (found == null)
                {
                    _diagnostics.Report(SvdDiagnosticDescriptors.UnresolvedDerivedFrom, set.Position, set.DerivedFrom, "enumeratedValues", set.Name ?? field.Name);
                }
                else
                {
                    _diagnostics.Report(SvdDiagnosticDescriptors.CyclicDerivedFrom, set.Position, "enumeratedValues", set.Name ?? field.Name, set.DerivedFrom);
                }
            }
            else if (_depth >= DerivationResolver.MaxChain)
            {
                _diagnostics.Report(SvdDiagnosticDescriptors.LimitExceeded, set.Position, set.Name ?? field.Name, "derivedFrom chain", DerivationResolver.MaxChain);
            }
            else
            {
                _depth++;
                RawEnumSet source = Resolve(found.Set, found.Field, found.Register, found.Peripheral);
                _depth--;
                result = RawMerge.EnumSet(source, set);
                result.DerivedFrom = null;
            }

            _inProgress.Remove(set);
            _resolved[set] = result;
            return result;
        }

        private Entry? Find(string path, RawField field, RawRegister register, RawPeripheral peripheral)
        {
            int dot = path.LastIndexOf('.');
            if (dot < 0)
            {
                return FindInField(field, register, peripheral, path)
                    ?? FindInRegister(register, peripheral, path)
                    ?? FindByName(path, peripheral)
                    ?? FindByName(path, null);
            }

            // PERIPH.REG.FIELD.SET, REG.FIELD.SET or FIELD.SET: the part before the last dot names a field.
            string setName = path.Substring(dot + 1);
            string fieldPath = path.Substring(0, dot);
            int fieldDot = fieldPath.LastIndexOf('.');
            if (fieldDot < 0)
            {
                RawField? sibling = DerivationResolver.FindFieldIn(register, fieldPath);
                return sibling == null ? null : FindInField(sibling, register, peripheral, setName);
            }

            string registerPath = fieldPath.Substring(0, fieldDot);
            string fieldName = fieldPath.Substring(fieldDot + 1);
            foreach (Entry candidate in EntriesNamed(setName))
            {
                if (candidate.Field.Name == fieldName && PathMatches(candidate, registerPath))
                {
                    return candidate;
                }
            }

            return null;
        }

        private static bool PathMatches(Entry entry, string registerPath)
        {
            string full = entry.Peripheral.Name + "." + entry.RegisterPath;
            return full == registerPath || entry.RegisterPath == registerPath
                || full.EndsWith("." + registerPath, StringComparison.Ordinal);
        }

        private static Entry? FindInField(RawField field, RawRegister register, RawPeripheral peripheral, string name)
        {
            if (field.EnumSets != null)
            {
                foreach (RawEnumSet candidate in field.EnumSets)
                {
                    if (candidate.Name == name)
                    {
                        return new Entry(candidate, field, register, peripheral, register.Name);
                    }
                }
            }

            return null;
        }

        private static Entry? FindInRegister(RawRegister register, RawPeripheral peripheral, string name)
        {
            if (register.Fields != null)
            {
                foreach (RawField f in register.Fields)
                {
                    Entry? found = FindInField(f, register, peripheral, name);
                    if (found != null)
                    {
                        return found;
                    }
                }
            }

            return null;
        }

        private Entry? FindByName(string name, RawPeripheral? peripheral)
        {
            foreach (Entry candidate in EntriesNamed(name))
            {
                if (peripheral == null || candidate.Peripheral.Name == peripheral.Name)
                {
                    return candidate;
                }
            }

            return null;
        }

        private List<Entry> EntriesNamed(string name)
        {
            if (_byName == null)
            {
                _byName = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
                foreach (RawPeripheral p in _owner.AllPeripherals)
                {
                    if (p.Children != null)
                    {
                        Index(p, p.Children, "");
                    }
                }
            }

            return _byName.TryGetValue(name, out List<Entry>? entries) ? entries : new List<Entry>();
        }

        private void Index(RawPeripheral peripheral, List<RawNode> children, string prefix)
        {
            foreach (RawNode node in children)
            {
                if (node is RawCluster cluster)
                {
                    Index(peripheral, cluster.Children, prefix + cluster.Name + ".");
                }
                else if (node is RawRegister register && register.Fields != null)
                {
                    foreach (RawField field in register.Fields)
                    {
                        if (field.EnumSets == null)
                        {
                            continue;
                        }

                        foreach (RawEnumSet set in field.EnumSets)
                        {
                            if (set.Name == null)
                            {
                                continue;
                            }

                            if (!_byName!.TryGetValue(set.Name, out List<Entry>? list))
                            {
                                list = new List<Entry>();
                                _byName.Add(set.Name, list);
                            }

                            list.Add(new Entry(set, field, register, peripheral, prefix + register.Name));
                        }
                    }
                }
            }
        }

        private sealed class Entry
        {
            public Entry(RawEnumSet set, RawField field, RawRegister register, RawPeripheral peripheral, string registerPath)
            {
                Set = set;
                Field = field;
                Register = register;
                Peripheral = peripheral;
                RegisterPath = registerPath;
            }

            public RawEnumSet Set { get; }

            public RawField Field { get; }

            public RawRegister Register { get; }

            public RawPeripheral Peripheral { get; }

            public string RegisterPath { get; }
        }
    }
}
