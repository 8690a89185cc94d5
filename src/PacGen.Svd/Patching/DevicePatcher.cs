using System;
using System.Collections.Generic;
using PacGen.Svd.Diagnostics;
using PacGen.Svd.Parsing;
using PacGen.Svd.Patching.Yaml;

namespace PacGen.Svd.Patching
{
    /// <summary>
    /// Device level (svdtools <c>DeviceExt::process</c>), in svdtools' order: _delete, _copy, _modify, _clear_fields,
    /// _add, _derive, _rebase, then every peripheral spec. <c>_strip</c>/<c>_strip_end</c> (peripheral name
    /// prefixes/suffixes) run right after _delete.
    /// </summary>
    internal sealed class DevicePatcher
    {
        private readonly PatchContext _context;
        private readonly BlockPatcher _blocks;

        public DevicePatcher(PatchContext context)
        {
            _context = context;
            _blocks = new BlockPatcher(context);
        }

        private PatchDiagnostics Diagnostics => _context.Diagnostics;

        private ElementWriter Writer => _blocks.Writer;

        public void Process(SvdElement device, PatchMap patch)
        {
            foreach (var entry in patch.Entries)
            {
                if (entry.Key.Value.StartsWith("_", StringComparison.Ordinal) && !PatchKeys.Device.Contains(entry.Key.Value))
                {
                    _context.UnknownKey(entry.Key, "device");
                }
            }

            SvdElement peripherals = SvdTree.Child(device, "peripherals", device.Position);
            foreach (PatchScalar spec in PatchValues.Strings(patch[PatchKeys.Delete], PatchKeys.Delete, Diagnostics))
            {
                peripherals.MutableChildren.RemoveAll(p => p.Name == "peripheral" && NameMatcher.Matches(SvdTree.Name(p), spec.Value));
            }

            foreach (PatchScalar prefix in PatchValues.Strings(patch[PatchKeys.Strip], PatchKeys.Strip, Diagnostics))
            {
                RenamePeripherals(peripherals, prefix.Value + "*", n => n.Substring(Math.Min(prefix.Value.Length, n.Length)));
            }

            foreach (PatchScalar suffix in PatchValues.Strings(patch[PatchKeys.StripEnd], PatchKeys.StripEnd, Diagnostics))
            {
                RenamePeripherals(peripherals, "*" + suffix.Value, n => n.Substring(0, Math.Max(0, n.Length - suffix.Value.Length)));
            }

            if (PatchValues.Map(patch, PatchKeys.Copy, Diagnostics) is PatchMap copies)
            {
                foreach (var entry in copies.Entries)
                {
                    new PeripheralCopier(_context).Copy(peripherals, entry.Key, PatchValues.MapOrEmpty(entry.Value, entry.Key.Value, Diagnostics));
                }
            }

            if (PatchValues.Map(patch, PatchKeys.Modify, Diagnostics) is PatchMap modify)
            {
                foreach (var entry in modify.Entries)
                {
                    string key = entry.Key.Value;
                    if (key == "cpu")
                    {
                        if (PatchValues.AsMap(entry.Value, key, Diagnostics) is PatchMap cpu)
                        {
                            Writer.Cpu(SvdTree.Child(device, "cpu", _context.Position(entry.Key)), cpu);
                        }
                    }
                    else if (key == PatchKeys.Peripherals)
                    {
                        if (PatchValues.AsMap(entry.Value, key, Diagnostics) is PatchMap inner)
                        {
                            foreach (var p in inner.Entries)
                            {
                                ModifyPeripheral(peripherals, p.Key, PatchValues.MapOrEmpty(p.Value, p.Key.Value, Diagnostics));
                            }
                        }
                    }
                    else if (ElementWriter.IsDeviceProperty(key))
                    {
                        Writer.DeviceProperty(device, entry.Key, entry.Value);
                    }
                    else if (PatchValues.AsMap(entry.Value, key, Diagnostics) is PatchMap pmod)
                    {
                        ModifyPeripheral(peripherals, entry.Key, pmod);
                    }
                }
            }

            foreach (PatchScalar spec in PatchValues.Strings(patch[PatchKeys.ClearFields], PatchKeys.ClearFields, Diagnostics))
            {
                foreach (SvdElement p in Matching(peripherals, spec.Value))
                {
                    if (!SvdTree.IsDerived(p))
                    {
                        foreach (SvdElement register in SvdTree.AllRegisters(p))
                        {
                            if (!SvdTree.IsDerived(register))
                            {
                                foreach (SvdElement field in SvdTree.FieldList(register))
                                {
                                    RegisterPatcher.ClearField(field);
                                }
                            }
                        }
                    }
                }
            }

            if (PatchValues.Map(patch, PatchKeys.Add, Diagnostics) is PatchMap add)
            {
                foreach (var entry in add.Entries)
                {
                    AddPeripheral(peripherals, entry.Key, PatchValues.MapOrEmpty(entry.Value, entry.Key.Value, Diagnostics));
                }
            }

            if (PatchValues.Map(patch, PatchKeys.Derive, Diagnostics) is PatchMap derive)
            {
                foreach (var entry in derive.Entries)
                {
                    PeripheralCopier.Derive(_context, Writer, peripherals, entry.Key, entry.Value);
                }
            }

            if (PatchValues.Map(patch, PatchKeys.Rebase, Diagnostics) is PatchMap rebase)
            {
                foreach (var entry in rebase.Entries)
                {
                    if (entry.Value is PatchScalar old && !old.IsNull)
                    {
                        PeripheralCopier.Rebase(_context, peripherals, entry.Key, old);
                    }
                }
            }

            foreach (var entry in patch.Entries)
            {
                if (entry.Key.Value.StartsWith("_", StringComparison.Ordinal))
                {
                    continue;
                }

                PatchMap? pmod = PatchValues.AsMap(entry.Value, entry.Key.Value, Diagnostics);
                if (pmod == null)
                {
                    continue;
                }

                string spec = NameMatcher.Spec(entry.Key.Value, out bool optional);
                List<SvdElement> matched = Matching(peripherals, spec);
                if (matched.Count == 0 && !optional)
                {
                    _context.NoMatch(entry.Key, "peripheral", "the device");
                }

                foreach (SvdElement p in matched)
                {
                    _blocks.ProcessPeripheral(p, pmod);
                }
            }
        }

        internal static List<SvdElement> Matching(SvdElement peripherals, string spec)
        {
            var list = new List<SvdElement>();
            foreach (SvdElement p in peripherals.Elements())
            {
                if (p.Name == "peripheral" && NameMatcher.Matches(SvdTree.Name(p), spec))
                {
                    list.Add(p);
                }
            }

            return list;
        }

        private static void RenamePeripherals(SvdElement peripherals, string glob, Func<string, string> rename)
        {
            foreach (SvdElement p in peripherals.Elements())
            {
                string name = SvdTree.Name(p);
                if (p.Name == "peripheral" && NameMatcher.MatchesGlob(name, glob))
                {
                    SvdTree.SetName(p, rename(name));
                }
            }
        }

        /// <summary>svdtools' modify_peripheral; a rename also renames derivedFrom references to the peripheral.</summary>
        private void ModifyPeripheral(SvdElement peripherals, PatchScalar specKey, PatchMap pmod)
        {
            var renamed = new HashSet<string>(StringComparer.Ordinal);
            foreach (SvdElement p in Matching(peripherals, specKey.Value))
            {
                renamed.Add(SvdTree.Name(p));
                Writer.Peripheral(p, pmod, adding: false);
                if (pmod["interrupts"] is PatchMap interrupts)
                {
                    foreach (var entry in interrupts.Entries)
                    {
                        foreach (SvdElement i in p.Elements())
                        {
                            if (i.Name == "interrupt" && SvdTree.Name(i) == entry.Key.Value && entry.Value is PatchMap imod)
                            {
                                Writer.Interrupt(i, imod);
                                break;
                            }
                        }
                    }
                }

                Writer.AddressBlocks(p, pmod);
            }

            if (PatchValues.String(pmod, "name", Diagnostics) is string newName)
            {
                foreach (SvdElement p in peripherals.Elements())
                {
                    string? from = p.Attribute("derivedFrom");
                    if (from != null && renamed.Contains(from))
                    {
                        p.SetAttribute("derivedFrom", newName);
                    }
                }
            }
        }

        private void AddPeripheral(SvdElement peripherals, PatchScalar name, PatchMap padd)
        {
            foreach (SvdElement p in peripherals.Elements())
            {
                if (p.Name == "peripheral" && SvdTree.Name(p) == name.Value)
                {
                    _context.Invalid(name, "device already has a peripheral " + name.Value);
                    return;
                }
            }

            SvdElement peripheral = SvdTree.New("peripheral", _context.Position(name));
            SvdTree.Set(peripheral, "name", name.Value, peripheral.Position);
            Writer.Peripheral(peripheral, padd, adding: true);
            ulong address = SvdTree.Number(peripheral, "baseAddress") ?? 0;
            int position = 0;
            ulong best = 0;
            bool any = false;
            List<SvdElement> list = peripherals.MutableChildren;
            for (int i = 0; i < list.Count; i++)
            {
                ulong a = SvdTree.Number(list[i], "baseAddress") ?? 0;
                if (list[i].Name == "peripheral" && a <= address && (!any || a >= best))
                {
                    best = a;
                    any = true;
                    position = i + 1;
                }
            }

            peripherals.InsertChild(position, peripheral);
        }
    }
}
