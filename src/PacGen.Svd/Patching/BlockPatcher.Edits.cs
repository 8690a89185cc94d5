using System.Collections.Generic;
using PacGen.Svd.Parsing;
using PacGen.Svd.Patching.Yaml;

namespace PacGen.Svd.Patching
{
    /// <summary>The block-level edits with more than a line of logic: deletions, interrupts, register copies and derivations.</summary>
    internal sealed partial class BlockPatcher
    {
        private void Delete(SvdElement owner, PatchNode? deletions, bool peripheralLevel)
        {
            List<SvdElement>? block = SvdTree.Block(owner);
            switch (deletions)
            {
                case null:
                    return;
                case PatchScalar _:
                case PatchSequence _:
                    foreach (PatchScalar spec in PatchValues.Strings(deletions, PatchKeys.Delete, Diagnostics))
                    {
                        block?.RemoveAll(e => SvdTree.IsNode(e) && NameMatcher.Matches(SvdTree.Name(e), spec.Value));
                    }

                    return;
                case PatchMap map:
                    foreach (PatchScalar spec in PatchValues.Strings(map[PatchKeys.Registers], PatchKeys.Registers, Diagnostics))
                    {
                        block?.RemoveAll(e => e.Name == "register" && NameMatcher.Matches(SvdTree.Name(e), spec.Value));
                    }

                    foreach (PatchScalar specKey in PatchValues.Strings(map[PatchKeys.Clusters], PatchKeys.Clusters, Diagnostics))
                    {
                        string spec = NameMatcher.Spec(specKey.Value, out bool optional);
                        int removed = block?.RemoveAll(e => e.Name == "cluster" && NameMatcher.Matches(SvdTree.Name(e), spec)) ?? 0;
                        if (removed == 0 && !optional)
                        {
                            _context.NoMatch(specKey, "cluster", SvdTree.Name(owner));
                        }
                    }

                    if (peripheralLevel)
                    {
                        DeleteInterrupts(owner, map[PatchKeys.Interrupts]);
                    }

                    foreach (var entry in map.Entries)
                    {
                        string k = entry.Key.Value;
                        if (k != PatchKeys.Registers && k != PatchKeys.Clusters && k != PatchKeys.Interrupts)
                        {
                            _context.UnknownKey(entry.Key, "_delete");
                        }
                    }

                    return;
                default:
                    Diagnostics.Report(PacGen.Svd.Diagnostics.PatchDiagnosticDescriptors.InvalidPatchValue, deletions.Location, PatchKeys.Delete, "a string, a list of strings or a mapping");
                    return;
            }
        }

        private void DeleteInterrupts(SvdElement peripheral, PatchNode? specs)
        {
            foreach (PatchScalar spec in PatchValues.Strings(specs, PatchKeys.Interrupts, Diagnostics))
            {
                peripheral.MutableChildren.RemoveAll(e => e.Name == "interrupt" && NameMatcher.Matches(SvdTree.Name(e), spec.Value));
            }
        }

        private void ModifyInterrupts(SvdElement peripheral, PatchMap imod)
        {
            foreach (var entry in imod.Entries)
            {
                PatchMap? map = PatchValues.AsMap(entry.Value, entry.Key.Value, Diagnostics);
                foreach (SvdElement interrupt in peripheral.Elements().ToArray())
                {
                    if (map != null && interrupt.Name == "interrupt" && NameMatcher.Matches(SvdTree.Name(interrupt), entry.Key.Value))
                    {
                        _writer.Interrupt(interrupt, map);
                    }
                }
            }
        }

        private void AddInterrupts(SvdElement peripheral, PatchMap iadd)
        {
            foreach (var entry in iadd.Entries)
            {
                foreach (SvdElement e in peripheral.Elements())
                {
                    if (e.Name == "interrupt" && SvdTree.Name(e) == entry.Key.Value)
                    {
                        _context.Invalid(entry.Key, "peripheral " + SvdTree.Name(peripheral) + " already has an interrupt " + entry.Key.Value);
                        goto next;
                    }
                }

                peripheral.AppendChild(_writer.NewInterrupt(entry.Key, PatchValues.MapOrEmpty(entry.Value, entry.Key.Value, Diagnostics)));
            next:;
            }
        }

        private void CopyRegister(SvdElement owner, PatchScalar name, PatchMap rcopy, Interpolation path)
        {
            string? from = PatchValues.String(rcopy, PatchKeys.From, Diagnostics);
            SvdElement? source = null;
            foreach (SvdElement r in SvdTree.Registers(owner))
            {
                if (SvdTree.Name(r) == from)
                {
                    source = r;
                    break;
                }
            }

            if (source == null)
            {
                _context.Invalid(name, (path.BlockPath ?? "") + " has no register " + (from ?? "(no _from given)") + " to copy");
                return;
            }

            SvdElement copy = source.Clone(null);
            _writer.Register(copy, rcopy, path);
            SvdTree.SetName(copy, name.Value);
            SvdTree.Remove(copy, "displayName");
            foreach (SvdElement r in SvdTree.Registers(owner))
            {
                if (SvdTree.Name(r) == name.Value)
                {
                    SvdTree.Set(copy, "addressOffset", SvdTree.Text(r, "addressOffset"), r.Position);
                    List<SvdElement> block = SvdTree.Block(owner)!;
                    int index = block.IndexOf(r);
                    block.RemoveAt(index);
                    SvdTree.Insert(owner, index, copy);
                    return;
                }
            }

            SvdTree.Container(owner).AppendChild(copy);
        }

        private void DeriveRegister(SvdElement owner, PatchScalar specKey, PatchNode value, Interpolation path)
        {
            string spec = NameMatcher.Spec(specKey.Value, out bool optional);
            string? from;
            PatchMap? mods = null;
            if (value is PatchScalar s && !s.IsNull)
            {
                from = s.Value;
            }
            else if (value is PatchMap map && PatchValues.String(map, PatchKeys.From, Diagnostics) is string f)
            {
                from = f;
                mods = map;
            }
            else
            {
                _context.Invalid(specKey, "derive: give the source register, or a mapping with _from, for " + spec);
                return;
            }

            string target = from;
            string[] parts = from.Split('.');
            string block = path.BlockPath ?? "";
            int dot = block.LastIndexOf('.');
            if (parts.Length == 2 && dot > 0)
            {
                target = block.Substring(0, dot) + "." + from;
            }

            if (parts.Length == 1 && Named(SvdTree.Registers(owner), from).Count == 0)
            {
                _context.Invalid(specKey, "derive: " + block + " has no register " + from);
                return;
            }

            var matched = Named(SvdTree.Registers(owner), spec);
            foreach (SvdElement r in matched)
            {
                if (mods != null)
                {
                    _writer.Register(r, mods, path);
                }

                r.SetAttribute("derivedFrom", target);
            }

            if (matched.Count == 0 && !optional)
            {
                SvdElement r = SvdTree.New("register", _context.Position(specKey));
                SvdTree.Set(r, "name", spec, r.Position);
                if (mods != null)
                {
                    _writer.Register(r, mods, path);
                }

                r.SetAttribute("derivedFrom", target);
                SvdTree.Container(owner).AppendChild(r);
            }

            foreach (SvdElement r in matched)
            {
                string old = SvdTree.Name(r);
                foreach (SvdElement other in SvdTree.Registers(owner))
                {
                    if (other.Attribute("derivedFrom") == old)
                    {
                        other.SetAttribute("derivedFrom", from);
                    }
                }
            }
        }
    }
}
