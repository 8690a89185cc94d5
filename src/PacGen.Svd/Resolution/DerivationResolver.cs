using System;
using System.Collections.Generic;
using PacGen.Svd.Diagnostics;
using PacGen.Svd.Parsing;

namespace PacGen.Svd.Resolution
{
    /// <summary>
    /// Applies every derivedFrom of the device: peripherals (forward references and chains), clusters and
    /// registers (sibling names, names of enclosing levels, dotted paths from the device root), fields and
    /// enumeratedValues. Cycles and unresolvable names are reported and the element is kept as written.
    /// </summary>
    internal sealed class DerivationResolver
    {
        private readonly DiagnosticBag _diagnostics;
        private readonly RawDevice _device;
        private readonly Dictionary<string, int> _peripheralIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        private readonly RawPeripheral?[] _resolvedPeripherals;
        private readonly bool[] _peripheralInProgress;
        private readonly Dictionary<RawNode, RawNode> _resolvedNodes = new Dictionary<RawNode, RawNode>();

        // Nodes being resolved, from entry to exit: null while their own derivedFrom is followed (re-entry then is
        // a cycle), the merged node while their children are resolved (re-entry then sees the merged node as is).
        // Holding them through the children phase is what ends cycles through clusters: an inherited child
        // deriving from its new parent would otherwise re-expand the parent forever.
        private readonly Dictionary<RawNode, RawNode?> _activeNodes = new Dictionary<RawNode, RawNode?>();
        private readonly Dictionary<RawField, RawField> _resolvedFields = new Dictionary<RawField, RawField>();
        private readonly HashSet<RawField> _fieldsInProgress = new HashSet<RawField>();
        private readonly EnumSetResolver _enums;

        /// <summary>Longest derivedFrom chain followed (each link is a recursion); real files use 1-2.</summary>
        public const int MaxChain = 64;

        /// <summary>
        /// Deepest recursion of register/cluster resolution (nesting plus derivation); the parser already bounds
        /// written nesting at 256, so only derivation tricks get near it. A bound, so no input overflows the stack.
        /// </summary>
        public const int MaxNodeRecursion = 512;

        /// <summary>
        /// Most register/cluster resolutions in one device (the largest real files need a few hundred thousand):
        /// beyond it derivedFrom is no longer followed, so inherited children re-deriving cannot grow exponentially.
        /// </summary>
        public const int MaxNodeResolutions = 4_000_000;

        private int _depth;
        private int _nodeRecursion;
        private int _nodeResolutions;
        private bool _workLimitReported;

        public DerivationResolver(DiagnosticBag diagnostics, RawDevice device)
        {
            _diagnostics = diagnostics;
            _device = device;
            _resolvedPeripherals = new RawPeripheral?[device.Peripherals.Count];
            _peripheralInProgress = new bool[device.Peripherals.Count];
            for (int i = 0; i < device.Peripherals.Count; i++)
            {
                RawPeripheral p = device.Peripherals[i];
                if (!_peripheralIndex.ContainsKey(p.Name))
                {
                    _peripheralIndex.Add(p.Name, i);
                }
            }

            // Elements of peripheral arrays (TIMER%s → TIMER0, TIMER1) may be named by derivedFrom too. Indexed up to
            // the device's dim budget: hostile dims must not fill memory here before the builder refuses them.
            int indexed = 0;
            for (int i = 0; i < device.Peripherals.Count && indexed < Building.DimBuilder.MaxElementsPerDevice; i++)
            {
                foreach (string element in Scope.ElementNames(device.Peripherals[i]))
                {
                    if (++indexed > Building.DimBuilder.MaxElementsPerDevice)
                    {
                        break;
                    }

                    if (!_peripheralIndex.ContainsKey(element))
                    {
                        _peripheralIndex.Add(element, i);
                    }
                }
            }

            _enums = new EnumSetResolver(diagnostics, this);
        }

        /// <summary>Returns the peripherals (document order) with every derivation applied.</summary>
        public List<RawPeripheral> Resolve()
        {
            for (int i = 0; i < _device.Peripherals.Count; i++)
            {
                ResolvePeripheral(i);
            }

            var result = new List<RawPeripheral>(_device.Peripherals.Count);
            for (int i = 0; i < _device.Peripherals.Count; i++)
            {
                RawPeripheral p = _resolvedPeripherals[i]!;
                RawPeripheral copy = p.ShallowCopy();
                if (p.Children != null)
                {
                    var scope = new Scope(p.Children, null, p);
                    copy.Children = ResolveChildren(p.Children, scope);
                }

                result.Add(copy);
            }

            return result;
        }

        internal RawPeripheral? PeripheralByName(string name) =>
            _peripheralIndex.TryGetValue(name, out int i) ? ResolvePeripheral(i) : null;

        internal IReadOnlyList<RawPeripheral> AllPeripherals
        {
            get
            {
                var all = new List<RawPeripheral>(_device.Peripherals.Count);
                for (int i = 0; i < _device.Peripherals.Count; i++)
                {
                    all.Add(ResolvePeripheral(i));
                }

                return all;
            }
        }

        private RawPeripheral ResolvePeripheral(int index)
        {
            RawPeripheral? done = _resolvedPeripherals[index];
            if (done != null)
            {
                return done;
            }

            RawPeripheral raw = _device.Peripherals[index];
            RawPeripheral result = raw;
            if (raw.DerivedFrom != null)
            {
                if (_peripheralInProgress[index])
                {
                    _diagnostics.Report(SvdDiagnosticDescriptors.CyclicDerivedFrom, raw.Position, "peripheral", raw.Name, raw.DerivedFrom);
                    result = raw.ShallowCopy();
                    result.TypeName = OwnTypeName(raw);
                    return result;
                }

                bool found = _peripheralIndex.TryGetValue(raw.DerivedFrom, out int sourceIndex);
                if (found && sourceIndex != index)
                {
                    if (_depth >= MaxChain)
                    {
                        _diagnostics.Report(SvdDiagnosticDescriptors.LimitExceeded, raw.Position, raw.Name, "derivedFrom chain", MaxChain);
                        result = raw.ShallowCopy();
                        result.TypeName = OwnTypeName(raw);
                        _resolvedPeripherals[index] = result;
                        return result;
                    }

                    _peripheralInProgress[index] = true;
                    _depth++;
                    RawPeripheral source = ResolvePeripheral(sourceIndex);
                    _depth--;
                    _peripheralInProgress[index] = false;
                    if (_resolvedPeripherals[index] != null)
                    {
                        return _resolvedPeripherals[index]!; // resolved (as part of a cycle) meanwhile
                    }

                    result = RawMerge.Peripheral(source, raw);
                    result.TypeName = raw.Children == null ? source.TypeName ?? source.Name : OwnTypeName(raw);
                }
                else
                {
                    ReportUnresolved(raw.Position, raw.DerivedFrom, "peripheral", raw.Name, self: found);
                    result = raw.ShallowCopy();
                    result.TypeName = OwnTypeName(raw);
                }
            }
            else
            {
                result = raw.ShallowCopy();
                result.TypeName = OwnTypeName(raw);
            }

            _resolvedPeripherals[index] = result;
            return result;
        }

        /// <summary>A peripheral array's elements share one type named after the array without its placeholder.</summary>
        private static string OwnTypeName(RawPeripheral raw) =>
            raw.Dim != null && raw.Name.Contains("%s") ? raw.BaseName : raw.Name;

        private void ReportUnresolved(Model.SourcePosition at, string derivedFrom, string kind, string name, bool self)
        {
            if (self)
            {
                _diagnostics.Report(SvdDiagnosticDescriptors.CyclicDerivedFrom, at, kind, name, derivedFrom);
            }
            else
            {
                _diagnostics.Report(SvdDiagnosticDescriptors.UnresolvedDerivedFrom, at, derivedFrom, kind, name);
            }
        }

        private List<RawNode> ResolveChildren(List<RawNode> children, Scope scope)
        {
            var result = new List<RawNode>(children.Count);
            foreach (RawNode child in children)
            {
                result.Add(ResolveNode(child, scope));
            }

            return result;
        }

        /// <summary>Resolves a register or cluster (and everything below it) found in <paramref name="scope"/>.</summary>
        internal RawNode ResolveNode(RawNode node, Scope scope)
        {
            if (_resolvedNodes.TryGetValue(node, out RawNode? done))
            {
                return done;
            }

            string kind = node is RawCluster ? "cluster" : "register";
            if (_activeNodes.TryGetValue(node, out RawNode? active))
            {
                if (active != null)
                {
                    return active; // re-entered while its children resolve: the merged node, children as written
                }

                _diagnostics.Report(SvdDiagnosticDescriptors.CyclicDerivedFrom, node.Position, kind, node.Name, node.DerivedFrom ?? node.Name);
                return node;
            }

            if (_nodeRecursion >= MaxNodeRecursion || _nodeResolutions >= MaxNodeResolutions)
            {
                ReportWorkLimit(node);
                return node;
            }

            _nodeRecursion++;
            _nodeResolutions++;
            _activeNodes.Add(node, null);
            try
            {
                RawNode merged = node.DerivedFrom != null ? Derive(node, kind, scope) : node;
                _activeNodes[node] = merged;
                RawNode result;
                if (merged is RawCluster c)
                {
                    RawCluster copy = c.ShallowCopy();
                    copy.Children = ResolveChildren(c.Children, new Scope(c.Children, scope, scope.Peripheral));
                    result = copy;
                }
                else
                {
                    var register = (RawRegister)merged;
                    RawRegister copy = register.ShallowCopy();
                    if (register.Fields != null)
                    {
                        copy.Fields = new List<RawField>(register.Fields.Count);
                        foreach (RawField field in register.Fields)
                        {
                            copy.Fields.Add(ResolveField(field, register, scope));
                        }
                    }

                    result = copy;
                }

                _resolvedNodes[node] = result;
                return result;
            }
            finally
            {
                _activeNodes.Remove(node);
                _nodeRecursion--;
            }
        }

        /// <summary>The node merged with what its derivedFrom names (or as written, reported, when that fails).</summary>
        private RawNode Derive(RawNode node, string kind, Scope scope)
        {
            string derivedFrom = node.DerivedFrom!;
            (RawNode Node, Scope Scope)? found = FindNode(derivedFrom, scope);
            if (found != null && ReferenceEquals(found.Value.Node, node))
            {
                ReportUnresolved(node.Position, derivedFrom, kind, node.Name, self: true);
            }
            else if (_depth >= MaxChain)
            {
                _diagnostics.Report(SvdDiagnosticDescriptors.LimitExceeded, node.Position, node.Name, "derivedFrom chain", MaxChain);
            }
            else if (found != null && found.Value.Node.GetType() == node.GetType())
            {
                _depth++;
                RawNode source = ResolveNode(found.Value.Node, found.Value.Scope);
                _depth--;
                return node is RawCluster cluster
                    ? RawMerge.Cluster((RawCluster)source, cluster)
                    : RawMerge.Register((RawRegister)source, (RawRegister)node);
            }
            else
            {
                ReportUnresolved(node.Position, derivedFrom, kind, node.Name, self: false);
            }

            return node;
        }

        /// <summary>Reports the first time a resolution bound stops the resolver (once: the bound may be hit many times).</summary>
        private void ReportWorkLimit(RawNode node)
        {
            if (_workLimitReported)
            {
                return;
            }

            _workLimitReported = true;
            if (_nodeRecursion >= MaxNodeRecursion)
            {
                _diagnostics.Report(SvdDiagnosticDescriptors.LimitExceeded, node.Position, node.Name, "register/cluster nesting through derivedFrom", MaxNodeRecursion);
            }
            else
            {
                _diagnostics.Report(SvdDiagnosticDescriptors.LimitExceeded, node.Position, node.Name, "number of register/cluster resolutions", MaxNodeResolutions);
            }
        }

        /// <summary>
        /// Finds a register or cluster by a (possibly dotted) name: relative to each enclosing scope from the
        /// innermost outwards, then as <c>PERIPHERAL.path</c> from the device root.
        /// </summary>
        internal (RawNode Node, Scope Scope)? FindNode(string path, Scope scope)
        {
            string[] segments = path.Split('.');
            for (Scope? s = scope; s != null; s = s.Parent)
            {
                (RawNode, Scope)? found = FindPath(segments, 0, s);
                if (found != null)
                {
                    return found;
                }
            }

            if (segments.Length > 1)
            {
                RawPeripheral? peripheral = PeripheralByName(segments[0]);
                if (peripheral?.Children != null)
                {
                    return FindPath(segments, 1, new Scope(peripheral.Children, null, peripheral));
                }
            }

            return null;
        }

        private (RawNode, Scope)? FindPath(string[] segments, int start, Scope scope)
        {
            RawNode? child = scope.Find(segments[start]);
            if (child == null)
            {
                return null;
            }

            if (start == segments.Length - 1)
            {
                return (child, scope);
            }

            if (child is RawCluster cluster)
            {
                // A derived cluster is searched in its merged children, so paths reach registers it inherits.
                // A plain one is searched as written: resolving it here could re-enter the register being resolved.
                List<RawNode> children = cluster.DerivedFrom == null
                    ? cluster.Children
                    : ((RawCluster)ResolveNode(cluster, scope)).Children;
                return FindPath(segments, start + 1, new Scope(children, scope, scope.Peripheral));
            }

            return null;
        }

        internal RawField ResolveField(RawField field, RawRegister register, Scope registerScope)
        {
            if (_resolvedFields.TryGetValue(field, out RawField? done))
            {
                return done;
            }

            RawField merged = field;
            if (field.DerivedFrom != null)
            {
                if (!_fieldsInProgress.Add(field))
                {
                    _diagnostics.Report(SvdDiagnosticDescriptors.CyclicDerivedFrom, field.Position, "field", field.Name, field.DerivedFrom);
                    return field;
                }

                (RawField Field, RawRegister Register, Scope Scope)? found = FindField(field.DerivedFrom, register, registerScope);
                if (found != null && ReferenceEquals(found.Value.Field, field))
                {
                    ReportUnresolved(field.Position, field.DerivedFrom, "field", field.Name, self: true);
                }
                else if (found != null && _depth >= MaxChain)
                {
                    _diagnostics.Report(SvdDiagnosticDescriptors.LimitExceeded, field.Position, field.Name, "derivedFrom chain", MaxChain);
                }
                else if (found != null)
                {
                    _depth++;
                    RawField source = ResolveField(found.Value.Field, found.Value.Register, found.Value.Scope);
                    _depth--;
                    merged = RawMerge.Field(source, field);
                }
                else
                {
                    ReportUnresolved(field.Position, field.DerivedFrom, "field", field.Name, self: false);
                }

                _fieldsInProgress.Remove(field);
                if (_resolvedFields.TryGetValue(field, out done))
                {
                    return done;
                }
            }

            RawField result = merged;
            if (merged.EnumSets != null)
            {
                result = merged.ShallowCopy();
                result.EnumSets = new List<RawEnumSet>(merged.EnumSets.Count);
                foreach (RawEnumSet set in merged.EnumSets)
                {
                    result.EnumSets.Add(_enums.Resolve(set, merged, register, registerScope.Peripheral));
                }
            }

            _resolvedFields[field] = result;
            return result;
        }

        private (RawField, RawRegister, Scope)? FindField(string path, RawRegister register, Scope registerScope)
        {
            int dot = path.LastIndexOf('.');
            if (dot < 0)
            {
                RawField? sibling = FindFieldIn(register, path);
                return sibling == null ? null : (sibling, register, registerScope);
            }

            (RawNode Node, Scope Scope)? owner = FindNode(path.Substring(0, dot), registerScope);
            if (owner?.Node is RawRegister raw)
            {
                // Only the owner's own derivation is needed to see its fields; resolving it fully here could
                // re-enter the field being resolved (a field deriving from "ITS_REGISTER.OTHER").
                RawRegister merged = raw.DerivedFrom == null ? raw : (RawRegister)ResolveNode(raw, owner.Value.Scope);
                RawField? field = FindFieldIn(merged, path.Substring(dot + 1));
                return field == null ? null : (field, merged, owner.Value.Scope);
            }

            return null;
        }

        internal static RawField? FindFieldIn(RawRegister register, string name)
        {
            if (register.Fields == null)
            {
                return null;
            }

            foreach (RawField f in register.Fields)
            {
                if (f.Name == name || (f.Dim != null && f.BaseName == name))
                {
                    return f;
                }
            }

            return null;
        }
    }
}
