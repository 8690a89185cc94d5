using System;
using System.Collections.Generic;
using PacGen.Svd.Parsing;
using PacGen.Svd.Patching.Yaml;

namespace PacGen.Svd.Patching
{
    /// <summary>
    /// Peripheral and cluster level (svdtools <c>PeripheralExt::process</c>, <c>ClusterExt::process</c>), in svdtools'
    /// order: _delete, _copy, _strip, _strip_end, _prefix, _suffix, _modify, _clear_fields, _add, _derive, then the
    /// register/cluster specs, then _expand_array, _array, _cluster, _clusters, _expand_cluster (a cluster handles
    /// _clusters before its specs).
    /// </summary>
    internal sealed partial class BlockPatcher
    {
        private readonly PatchContext _context;
        private readonly ElementWriter _writer;
        private readonly RegisterPatcher _registers;

        public BlockPatcher(PatchContext context)
        {
            _context = context;
            _writer = new ElementWriter(context);
            _registers = new RegisterPatcher(context, _writer);
        }

        internal ElementWriter Writer => _writer;

        internal RegisterPatcher Registers => _registers;

        private PatchDiagnostics Diagnostics => _context.Diagnostics;

        public void ProcessPeripheral(SvdElement peripheral, PatchMap pmod)
        {
            CheckKeys(pmod, PatchKeys.Peripheral, "peripheral");
            if (SvdTree.IsDerived(peripheral))
            {
                // svdtools: a derived peripheral only takes interrupt edits.
                if (PatchValues.Map(pmod, PatchKeys.Delete, Diagnostics) is PatchMap deletions)
                {
                    DeleteInterrupts(peripheral, deletions[PatchKeys.Interrupts]);
                }

                if (PatchValues.Map(pmod, PatchKeys.Modify, Diagnostics)?[PatchKeys.Interrupts] is PatchMap imod)
                {
                    ModifyInterrupts(peripheral, imod);
                }

                if (PatchValues.Map(pmod, PatchKeys.Add, Diagnostics)?[PatchKeys.Interrupts] is PatchMap iadd)
                {
                    AddInterrupts(peripheral, iadd);
                }

                return;
            }

            Interpolation path = Interpolation.ForPeripheral(SvdTree.Name(peripheral));
            PreProcess(peripheral, pmod, path, peripheralLevel: true);
            Specs(peripheral, pmod, PatchKeys.Peripheral, path);
            PostProcess(peripheral, pmod, path);
            if (PatchValues.Map(pmod, PatchKeys.Clusters, Diagnostics) is PatchMap clusters)
            {
                ClusterSpecs(peripheral, clusters, path);
            }

            ClusterCollector.ExpandClusters(_context, peripheral, pmod[PatchKeys.ExpandCluster], path);
        }

        public void ProcessCluster(SvdElement cluster, PatchMap cmod, Interpolation parent)
        {
            CheckKeys(cmod, PatchKeys.ClusterLevel, "cluster");
            Interpolation path = parent.WithCluster(SvdTree.Name(cluster));
            PreProcess(cluster, cmod, path, peripheralLevel: false);
            if (PatchValues.Map(cmod, PatchKeys.Clusters, Diagnostics) is PatchMap clusters)
            {
                ClusterSpecs(cluster, clusters, path);
            }

            Specs(cluster, cmod, PatchKeys.ClusterLevel, path);
            PostProcess(cluster, cmod, path);
        }

        private void CheckKeys(PatchMap map, HashSet<string> allowed, string level)
        {
            foreach (var entry in map.Entries)
            {
                if (entry.Key.Value.StartsWith("_", StringComparison.Ordinal) && !allowed.Contains(entry.Key.Value))
                {
                    _context.UnknownKey(entry.Key, level);
                }
            }
        }

        /// <summary>Everything up to the specs (svdtools' cluster pre_process; the peripheral does the same plus interrupts).</summary>
        internal void PreProcess(SvdElement owner, PatchMap mod, Interpolation path, bool peripheralLevel)
        {
            string where = path.BlockPath ?? "";
            Delete(owner, mod[PatchKeys.Delete], peripheralLevel);
            if (PatchValues.Map(mod, PatchKeys.Copy, Diagnostics) is PatchMap copies)
            {
                foreach (var entry in copies.Entries)
                {
                    if (entry.Key.Value == PatchKeys.Registers && entry.Value is PatchMap regs)
                    {
                        foreach (var r in regs.Entries)
                        {
                            CopyRegister(owner, r.Key, PatchValues.MapOrEmpty(r.Value, r.Key.Value, Diagnostics), path);
                        }
                    }
                    else if (entry.Key.Value == PatchKeys.Clusters)
                    {
                        _context.Invalid(entry.Key, "copying clusters is not supported (svdtools does not implement it either)");
                    }
                    else
                    {
                        CopyRegister(owner, entry.Key, PatchValues.MapOrEmpty(entry.Value, entry.Key.Value, Diagnostics), path);
                    }
                }
            }

            foreach (PatchScalar prefix in PatchValues.Strings(mod[PatchKeys.Strip], PatchKeys.Strip, Diagnostics))
            {
                RenameChildren(owner, prefix.Value + "*", n => n.Length >= prefix.Value.Length ? n.Substring(prefix.Value.Length) : n, clustersToo: true);
            }

            foreach (PatchScalar suffix in PatchValues.Strings(mod[PatchKeys.StripEnd], PatchKeys.StripEnd, Diagnostics))
            {
                RenameChildren(owner, "*" + suffix.Value, n => n.Length >= suffix.Value.Length ? n.Substring(0, n.Length - suffix.Value.Length) : n, clustersToo: true);
            }

            if (PatchValues.String(mod, PatchKeys.Prefix, Diagnostics) is string addPrefix)
            {
                RenameChildren(owner, null, n => addPrefix + n, clustersToo: false);
            }

            if (PatchValues.String(mod, PatchKeys.Suffix, Diagnostics) is string addSuffix)
            {
                RenameChildren(owner, null, n => n + addSuffix, clustersToo: false);
            }

            if (PatchValues.Map(mod, PatchKeys.Modify, Diagnostics) is PatchMap modify)
            {
                foreach (var entry in modify.Entries)
                {
                    PatchMap? inner = PatchValues.AsMap(entry.Value, entry.Key.Value, Diagnostics);
                    if (inner == null)
                    {
                        continue;
                    }

                    switch (entry.Key.Value)
                    {
                        case PatchKeys.Registers:
                            foreach (var r in inner.Entries)
                            {
                                ModifyChildren(owner, r.Key, PatchValues.MapOrEmpty(r.Value, r.Key.Value, Diagnostics), path, registers: true, clusters: false);
                            }

                            break;
                        case PatchKeys.Clusters:
                            foreach (var c in inner.Entries)
                            {
                                ModifyChildren(owner, c.Key, PatchValues.MapOrEmpty(c.Value, c.Key.Value, Diagnostics), path, registers: false, clusters: true);
                            }

                            break;
                        case PatchKeys.Interrupts when peripheralLevel:
                            ModifyInterrupts(owner, inner);
                            break;
                        default:
                            ModifyChildren(owner, entry.Key, inner, path, registers: true, clusters: true);
                            break;
                    }
                }
            }

            foreach (PatchScalar spec in PatchValues.Strings(mod[PatchKeys.ClearFields], PatchKeys.ClearFields, Diagnostics))
            {
                ClearFields(owner, spec.Value);
            }

            if (PatchValues.Map(mod, PatchKeys.Add, Diagnostics) is PatchMap add)
            {
                foreach (var entry in add.Entries)
                {
                    switch (entry.Key.Value)
                    {
                        case PatchKeys.Registers when entry.Value is PatchMap regs:
                            foreach (var r in regs.Entries)
                            {
                                AddChild(owner, r.Key, PatchValues.MapOrEmpty(r.Value, r.Key.Value, Diagnostics), path, cluster: false);
                            }

                            break;
                        case PatchKeys.Clusters when entry.Value is PatchMap cls:
                            foreach (var c in cls.Entries)
                            {
                                AddChild(owner, c.Key, PatchValues.MapOrEmpty(c.Value, c.Key.Value, Diagnostics), path, cluster: true);
                            }

                            break;
                        case PatchKeys.Interrupts when peripheralLevel && entry.Value is PatchMap ints:
                            AddInterrupts(owner, ints);
                            break;
                        default:
                            AddChild(owner, entry.Key, PatchValues.MapOrEmpty(entry.Value, entry.Key.Value, Diagnostics), path, cluster: false);
                            break;
                    }
                }
            }

            if (PatchValues.Map(mod, PatchKeys.Derive, Diagnostics) is PatchMap derive)
            {
                foreach (var entry in derive.Entries)
                {
                    if (entry.Key.Value == PatchKeys.Registers && entry.Value is PatchMap regs)
                    {
                        foreach (var r in regs.Entries)
                        {
                            DeriveRegister(owner, r.Key, r.Value, path);
                        }
                    }
                    else if (entry.Key.Value == PatchKeys.Clusters)
                    {
                        _context.Invalid(entry.Key, "deriving clusters is not supported (svdtools does not implement it either)");
                    }
                    else
                    {
                        DeriveRegister(owner, entry.Key, entry.Value, path);
                    }
                }
            }
        }

        internal void PostProcess(SvdElement owner, PatchMap mod, Interpolation path)
        {
            if (PatchValues.Map(mod, PatchKeys.ExpandArray, Diagnostics) is PatchMap expand)
            {
                foreach (var entry in expand.Entries)
                {
                    ClusterCollector.ExpandArray(_context, owner, entry.Key, path);
                }
            }

            if (PatchValues.Map(mod, PatchKeys.Array, Diagnostics) is PatchMap array)
            {
                foreach (var entry in array.Entries)
                {
                    ArrayCollector.CollectRegisters(_context, owner, entry.Key, PatchValues.MapOrEmpty(entry.Value, entry.Key.Value, Diagnostics), path, _registers);
                }
            }

            if (PatchValues.Map(mod, PatchKeys.Cluster, Diagnostics) is PatchMap cluster)
            {
                foreach (var entry in cluster.Entries)
                {
                    ClusterCollector.Collect(_context, this, owner, entry.Key, PatchValues.MapOrEmpty(entry.Value, entry.Key.Value, Diagnostics), path);
                }
            }
        }

        /// <summary>Register specs (or, when no register matches a non-optional spec, cluster specs).</summary>
        private void Specs(SvdElement owner, PatchMap mod, HashSet<string> keywords, Interpolation path)
        {
            foreach (var entry in mod.Entries)
            {
                if (entry.Key.Value.StartsWith("_", StringComparison.Ordinal))
                {
                    continue;
                }

                PatchMap? rmod = PatchValues.AsMap(entry.Value, entry.Key.Value, Diagnostics);
                if (rmod == null)
                {
                    continue;
                }

                string spec = NameMatcher.Spec(entry.Key.Value, out bool optional);
                var registers = Named(SvdTree.Registers(owner), spec);
                if (registers.Count == 0 && !optional)
                {
                    var clusters = Named(SvdTree.Clusters(owner), spec);
                    if (clusters.Count == 0)
                    {
                        _context.NoMatch(entry.Key, "register", path.BlockPath ?? "");
                    }

                    foreach (SvdElement c in clusters)
                    {
                        ProcessCluster(c, rmod, path);
                    }

                    continue;
                }

                foreach (SvdElement r in registers)
                {
                    _registers.Process(r, rmod, path);
                }
            }
        }

        private void ClusterSpecs(SvdElement owner, PatchMap clusters, Interpolation path)
        {
            foreach (var entry in clusters.Entries)
            {
                string spec = NameMatcher.Spec(entry.Key.Value, out bool optional);
                var matched = Named(SvdTree.Clusters(owner), spec);
                if (matched.Count == 0 && !optional)
                {
                    _context.NoMatch(entry.Key, "cluster", path.BlockPath ?? "");
                }

                foreach (SvdElement c in matched)
                {
                    ProcessCluster(c, PatchValues.MapOrEmpty(entry.Value, entry.Key.Value, Diagnostics), path);
                }
            }
        }

        internal static List<SvdElement> Named(IEnumerable<SvdElement> elements, string spec)
        {
            var list = new List<SvdElement>();
            foreach (SvdElement e in elements)
            {
                if (NameMatcher.Matches(SvdTree.Name(e), spec))
                {
                    list.Add(e);
                }
            }

            return list;
        }

        private static void RenameChildren(SvdElement owner, string? glob, Func<string, string> rename, bool clustersToo)
        {
            foreach (SvdElement e in SvdTree.Block(owner)?.ToArray() ?? Array.Empty<SvdElement>())
            {
                bool register = e.Name == "register";
                if (!register && !(clustersToo && e.Name == "cluster"))
                {
                    continue;
                }

                foreach (string child in register ? new[] { "name", "displayName", "alternateRegister" } : new[] { "name", "headerStructName", "alternateCluster" })
                {
                    string? text = SvdTree.Text(e, child);
                    if (text != null && (glob == null || NameMatcher.MatchesGlob(text, glob)))
                    {
                        SvdTree.Set(e, child, rename(text), e.Element(child)!.Position);
                    }
                }
            }
        }

        private void ModifyChildren(SvdElement owner, PatchScalar specKey, PatchMap rmod, Interpolation path, bool registers, bool clusters)
        {
            string spec = NameMatcher.Spec(specKey.Value, out bool optional);
            List<SvdElement> matched = registers ? Named(SvdTree.Registers(owner), spec) : new List<SvdElement>();
            bool asClusters = !registers || (matched.Count == 0 && !optional && clusters);
            if (asClusters)
            {
                matched = Named(SvdTree.Clusters(owner), spec);
            }

            if (matched.Count == 0 && !optional)
            {
                _context.NoMatch(specKey, asClusters && !registers ? "cluster" : "register", path.BlockPath ?? "");
            }

            foreach (SvdElement e in matched)
            {
                if (e.Name == "cluster")
                {
                    _writer.Cluster(e, rmod, path);
                }
                else
                {
                    _writer.Register(e, rmod, path);
                }
            }
        }

        private void ClearFields(SvdElement owner, string spec)
        {
            foreach (SvdElement register in SvdTree.AllRegisters(owner))
            {
                if (!SvdTree.IsDerived(register) && NameMatcher.Matches(SvdTree.Name(register), spec))
                {
                    foreach (SvdElement field in RegisterPatcher.Matching(register, "*"))
                    {
                        RegisterPatcher.ClearField(field);
                    }
                }
            }
        }

        private void AddChild(SvdElement owner, PatchScalar name, PatchMap add, Interpolation path, bool cluster)
        {
            foreach (SvdElement e in cluster ? SvdTree.Clusters(owner) : SvdTree.Registers(owner))
            {
                if (SvdTree.Name(e) == name.Value)
                {
                    _context.Invalid(name, (path.BlockPath ?? "") + " already has a " + (cluster ? "cluster " : "register ") + name.Value);
                    return;
                }
            }

            SvdElement element = cluster ? _writer.NewCluster(name, add, path) : _writer.NewRegister(name, add, path);
            SvdTree.Insert(owner, AddingPosition(owner, SvdTree.Number(element, "addressOffset") ?? 0), element);
        }

        /// <summary>svdtools' adding_pos: after the last child whose offset is not above the new one's.</summary>
        internal static int AddingPosition(SvdElement owner, ulong offset)
        {
            List<SvdElement> list = SvdTree.Container(owner).MutableChildren;
            int position = 0;
            ulong best = 0;
            bool any = false;
            for (int i = 0; i < list.Count; i++)
            {
                if (!SvdTree.IsNode(list[i]))
                {
                    continue;
                }

                ulong o = SvdTree.Number(list[i], "addressOffset") ?? 0;
                if (o <= offset && (!any || o >= best))
                {
                    best = o;
                    any = true;
                    position = i + 1;
                }
            }

            return any ? position : IndexAfterProperties(list);
        }

        private static int IndexAfterProperties(List<SvdElement> list)
        {
            for (int i = 0; i < list.Count; i++)
            {
                if (SvdTree.IsNode(list[i]))
                {
                    return i;
                }
            }

            return list.Count;
        }

    }
}
