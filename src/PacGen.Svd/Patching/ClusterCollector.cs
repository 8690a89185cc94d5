using System;
using System.Collections.Generic;
using PacGen.Svd.Parsing;
using PacGen.Svd.Patching.Yaml;

namespace PacGen.Svd.Patching
{
    /// <summary>svdtools' <c>_cluster</c> (registers into a cluster, an array when the name has %s), <c>_expand_array</c> and <c>_expand_cluster</c>.</summary>
    internal static class ClusterCollector
    {
        public static void Collect(PatchContext context, BlockPatcher blocks, SvdElement owner, PatchScalar cnameKey, PatchMap cmod, Interpolation path)
        {
            string cname = cnameKey.Value;
            string where = path.BlockPath ?? "";
            bool single = cname.IndexOf("%s", StringComparison.Ordinal) < 0;
            List<SvdElement> block = SvdTree.Block(owner) ?? new List<SvdElement>();
            var groups = new List<(PatchScalar Spec, string Stripped, PatchMap Mod, List<SvdElement> Registers)>();
            var taken = new List<SvdElement>();
            int place = int.MaxValue, dim = 0;
            long increment = PatchValues.Integer(cmod, "dimIncrement", context.Diagnostics) ?? 0;
            List<string>? index = null;
            List<long>? offsets = null;
            string? firstSpec = null;
            bool failed = false;
            foreach (var entry in cmod.Entries)
            {
                string key = entry.Key.Value;
                if (key == "description" || key == "dimIncrement" || PatchKeys.ClusterLevel.Contains(key))
                {
                    continue;
                }

                string spec = NameMatcher.Spec(key, out bool optional);
                var registers = new List<SvdElement>();
                for (int i = 0; i < block.Count;)
                {
                    if (block[i].Name == "register" && NameMatcher.Matches(SvdTree.Name(block[i]), spec))
                    {
                        registers.Add(block[i]);
                        taken.Add(block[i]);
                        block.RemoveAt(i);
                        place = Math.Min(place, i);
                    }
                    else
                    {
                        i++;
                    }
                }

                if (registers.Count == 0)
                {
                    if (!optional)
                    {
                        context.NoMatch(entry.Key, "register", where);
                    }

                    continue;
                }

                if (single)
                {
                    if (registers.Count > 1)
                    {
                        context.Invalid(entry.Key, where + ": more than one register " + spec + " for the single cluster " + cname);
                        failed = true;
                    }
                }
                else
                {
                    registers.Sort((a, b) => Offset(a).CompareTo(Offset(b)));
                    var newIndex = registers.ConvertAll(r =>
                    {
                        string sub = NameMatcher.SubSpec(SvdTree.Name(r), spec) ?? spec;
                        return ArrayCollector.Indices(new List<string> { SvdTree.Name(r) }, sub, new PatchMap(entry.Key.Location))[0];
                    });
                    if (firstSpec != null)
                    {
                        if (registers.Count != dim || !Same(index!, newIndex))
                        {
                            context.Invalid(entry.Key, where + ": registers cannot be collected into " + cname + " cluster: " + spec + " and " + firstSpec + " differ in number or indices");
                            failed = true;
                        }
                    }
                    else
                    {
                        dim = registers.Count;
                        index = newIndex;
                        offsets = registers.ConvertAll(r => (long)Offset(r));
                        if (dim > 1)
                        {
                            increment = offsets[1] - offsets[0];
                        }

                        firstSpec = spec;
                    }

                    // As svdtools: the stride is checked on the first spec's registers (later specs only match in number and indices).
                    for (int i = 1; i < offsets!.Count; i++)
                    {
                        if (offsets[i] - offsets[i - 1] != increment)
                        {
                            context.Invalid(entry.Key, where + ": registers cannot be collected into " + cname + " cluster: different addressOffset increments in " + spec);
                            failed = true;
                        }
                    }

                    ulong mask = SvdTree.BitMask(registers[0]);
                    if (registers.Exists(r => SvdTree.BitMask(r) != mask))
                    {
                        context.Invalid(entry.Key, where + ": registers cannot be collected into " + cname + " cluster: different bit masks in " + spec);
                        failed = true;
                    }
                }

                groups.Add((entry.Key, spec, PatchValues.MapOrEmpty(entry.Value, key, context.Diagnostics), registers));
            }

            if (groups.Count == 0 || failed)
            {
                if (groups.Count == 0)
                {
                    context.Invalid(cnameKey, where + ": registers cannot be collected into " + cname + " cluster: no matches found");
                }

                block.InsertRange(Math.Min(place, block.Count), taken);
                return;
            }

            ulong baseOffset = ulong.MaxValue;
            foreach (var g in groups)
            {
                baseOffset = Math.Min(baseOffset, Offset(g.Registers[0]));
            }

            SvdElement cluster = SvdTree.New("cluster", context.Position(cnameKey));
            SvdTree.Set(cluster, "name", cname, cluster.Position);
            var specs = groups.ConvertAll(g => g.Stripped);
            SvdTree.Set(cluster, "description", PatchValues.String(cmod, "description", context.Diagnostics) ?? "Cluster " + cname + ", containing " + string.Join(", ", specs), cluster.Position);
            SvdTree.Set(cluster, "addressOffset", SvdTree.Hex(baseOffset), cluster.Position);
            Interpolation cpath = path.WithCluster(cname);
            foreach (var g in groups)
            {
                SvdElement reg = g.Registers[0];
                blocks.Registers.Process(reg, g.Mod, cpath);
                string? name = PatchValues.String(g.Mod, "name", context.Diagnostics);
                if (single)
                {
                    if (name != null)
                    {
                        SvdTree.SetName(reg, name);
                    }
                }
                else
                {
                    if (!NameMatcher.TokenBounds(g.Stripped, out int left, out int right))
                    {
                        context.Invalid(g.Spec, "'" + g.Stripped + "' contains no wildcard token or more than one");
                        block.InsertRange(Math.Min(place, block.Count), taken);
                        return;
                    }

                    SvdTree.SetName(reg, name ?? g.Stripped.Substring(0, left) + g.Stripped.Substring(g.Stripped.Length - right));
                    if (PatchValues.String(g.Mod, "description", context.Diagnostics) is string d)
                    {
                        SvdTree.Set(reg, "description", d, context.Position(g.Mod));
                    }
                }

                ulong relative = Offset(reg) - baseOffset;
                SvdTree.Set(reg, "addressOffset", SvdTree.Hex(relative), reg.Element("addressOffset")?.Position ?? reg.Position);
                if (!single && (long)relative >= increment)
                {
                    context.Invalid(g.Spec, "register " + SvdTree.Name(reg) + " at offset " + relative + " is outside cluster " + cname + " (dimIncrement " + increment + ")");
                    block.InsertRange(Math.Min(place, block.Count), taken);
                    return;
                }

                cluster.AppendChild(reg);
            }

            if (!single)
            {
                ArrayCollector.WriteDim(context, cluster, cnameKey, index!, increment);
            }

            blocks.PreProcess(cluster, cmod, cpath, peripheralLevel: false);
            blocks.PostProcess(cluster, cmod, cpath);
            SvdTree.Insert(owner, Math.Min(place, block.Count), cluster);
        }

        /// <summary>svdtools' expand_array: every register array matching becomes its single registers.</summary>
        public static void ExpandArray(PatchContext context, SvdElement owner, PatchScalar specKey, Interpolation path)
        {
            List<SvdElement>? block = SvdTree.Block(owner);
            bool found = false;
            for (int i = 0; block != null && i < block.Count; i++)
            {
                SvdElement r = block[i];
                if (r.Name != "register" || !SvdTree.IsArray(r) || !NameMatcher.Matches(SvdTree.Name(r), specKey.Value))
                {
                    continue;
                }

                found = true;
                List<SvdElement> singles = Expand(r, prefix: null, extraOffset: 0);
                block.RemoveAt(i);
                foreach (SvdElement s in singles)
                {
                    SvdTree.Insert(owner, i++, s);
                }

                i--;
            }

            if (!found)
            {
                context.NoMatch(specKey, "register array", path.BlockPath ?? "");
            }
        }

        /// <summary>svdtools' expand_cluster: the registers of each cluster element, prefixed and offset, replace the cluster.</summary>
        public static void ExpandClusters(PatchContext context, SvdElement owner, PatchNode? node, Interpolation path)
        {
            switch (node)
            {
                case null:
                    return;
                case PatchScalar _:
                case PatchSequence _:
                    foreach (PatchScalar spec in PatchValues.Strings(node, PatchKeys.ExpandCluster, context.Diagnostics))
                    {
                        ExpandCluster(context, owner, spec, new PatchMap(spec.Location), path);
                    }

                    return;
                case PatchMap map:
                    foreach (var entry in map.Entries)
                    {
                        ExpandCluster(context, owner, entry.Key, PatchValues.MapOrEmpty(entry.Value, entry.Key.Value, context.Diagnostics), path);
                    }

                    return;
            }
        }

        private static void ExpandCluster(PatchContext context, SvdElement owner, PatchScalar specKey, PatchMap options, Interpolation path)
        {
            string spec = NameMatcher.Spec(specKey.Value, out bool optional);
            string pre = PatchValues.String(options, "_preindex", context.Diagnostics) ?? "_";
            string post = PatchValues.String(options, "_postindex", context.Diagnostics) ?? "_";
            bool zero = PatchValues.Boolean(options, "_zeroindex", context.Diagnostics) ?? false;
            bool noPrefix = PatchValues.Boolean(options, "_noprefix", context.Diagnostics) ?? false;
            var clusters = BlockPatcher.Named(SvdTree.Clusters(owner), spec);
            if (clusters.Count == 0 && !optional)
            {
                context.NoMatch(specKey, "cluster", path.BlockPath ?? "");
                return;
            }

            foreach (SvdElement cluster in clusters)
            {
                string name = SvdTree.Name(cluster);
                int dim = (int)(SvdTree.Number(cluster, "dim") ?? 1);
                ulong increment = SvdTree.Number(cluster, "dimIncrement") ?? 0;
                ulong offset = SvdTree.Number(cluster, "addressOffset") ?? 0;
                string? dimIndex = SvdTree.Text(cluster, "dimIndex");
                string[]? indices = dimIndex == null ? null : DimIndexList(dimIndex);
                if ((dim > 1 || zero) && noPrefix)
                {
                    context.Invalid(specKey, "cannot expand cluster " + name + " with several elements and _noprefix");
                    continue;
                }

                var added = new List<SvdElement>();
                for (int n = 0; n < dim; n++)
                {
                    string prefix;
                    if (dim > 1 || zero)
                    {
                        string idx = indices != null && n < indices.Length ? indices[n] : SvdTree.Dec(n);
                        prefix = (name.Contains("[%s]") ? name.Replace("[%s]", pre + idx) : name.Contains("%s") ? name.Replace("%s", pre + idx) : name + pre + idx) + post;
                    }
                    else
                    {
                        prefix = noPrefix ? "" : name.Replace("[%s]", "").Replace("%s", "") + post;
                    }

                    foreach (SvdElement child in cluster.Elements())
                    {
                        if (!SvdTree.IsNode(child))
                        {
                            continue;
                        }

                        SvdElement copy = child.Clone(null);
                        SvdTree.SetName(copy, prefix + SvdTree.Name(copy));
                        ulong o = (SvdTree.Number(copy, "addressOffset") ?? 0) + offset + (ulong)n * increment;
                        SvdTree.Set(copy, "addressOffset", SvdTree.Hex(o), copy.Element("addressOffset")?.Position ?? copy.Position);
                        added.Add(copy);
                    }
                }

                if (added.Count == 0)
                {
                    context.Invalid(specKey, "no registers found in cluster " + name);
                    continue;
                }

                SvdTree.Block(owner)!.Remove(cluster);
                foreach (SvdElement a in added)
                {
                    SvdTree.Container(owner).AppendChild(a);
                }
            }
        }

        /// <summary>One single register per element of a register array (svd-rs register::expand).</summary>
        private static List<SvdElement> Expand(SvdElement array, string? prefix, ulong extraOffset)
        {
            string name = SvdTree.Name(array);
            int dim = (int)(SvdTree.Number(array, "dim") ?? 1);
            ulong increment = SvdTree.Number(array, "dimIncrement") ?? 0;
            ulong offset = SvdTree.Number(array, "addressOffset") ?? 0;
            string? dimIndex = SvdTree.Text(array, "dimIndex");
            string[]? indices = dimIndex == null ? null : DimIndexList(dimIndex);
            var result = new List<SvdElement>();
            for (int n = 0; n < dim; n++)
            {
                string idx = indices != null && n < indices.Length ? indices[n] : SvdTree.Dec(n);
                SvdElement copy = array.Clone(null);
                foreach (string dimKey in new[] { "dim", "dimIncrement", "dimIndex", "dimName", "dimArrayIndex" })
                {
                    SvdTree.Remove(copy, dimKey);
                }

                SvdTree.SetName(copy, (prefix ?? "") + name.Replace("[%s]", idx).Replace("%s", idx));
                string? display = SvdTree.Text(copy, "displayName");
                if (display != null)
                {
                    SvdTree.Set(copy, "displayName", display.Replace("[%s]", idx).Replace("%s", idx), copy.Position);
                }

                string? description = SvdTree.Text(copy, "description");
                if (description != null)
                {
                    SvdTree.Set(copy, "description", description.Replace("[%s]", idx).Replace("%s", idx), copy.Position);
                }

                SvdTree.Set(copy, "addressOffset", SvdTree.Hex(offset + extraOffset + (ulong)n * increment), copy.Position);
                result.Add(copy);
            }

            return result;
        }

        private static string[] DimIndexList(string text)
        {
            text = text.Trim();
            int dash = text.IndexOf('-');
            if (text.IndexOf(',') < 0 && dash > 0 && int.TryParse(text.Substring(0, dash), out int from) && int.TryParse(text.Substring(dash + 1), out int to) && to >= from)
            {
                var list = new List<string>();
                for (int i = from; i <= to; i++)
                {
                    list.Add(SvdTree.Dec(i));
                }

                return list.ToArray();
            }

            return text.Split(',');
        }

        private static ulong Offset(SvdElement e) => SvdTree.Number(e, "addressOffset") ?? 0;

        private static bool Same(List<string> a, List<string> b)
        {
            if (a.Count != b.Count)
            {
                return false;
            }

            for (int i = 0; i < a.Count; i++)
            {
                if (a[i] != b[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
