using System;
using System.Collections.Generic;
using PacGen.Svd.Diagnostics;
using PacGen.Svd.Parsing;
using PacGen.Svd.Patching.Yaml;

namespace PacGen.Svd.Patching
{
    /// <summary>svdtools' device-level <c>_copy</c> (from this SVD or another file), <c>_derive</c> and <c>_rebase</c>.</summary>
    internal sealed class PeripheralCopier
    {
        private readonly PatchContext _context;

        public PeripheralCopier(PatchContext context) => _context = context;

        public void Copy(SvdElement peripherals, PatchScalar name, PatchMap pmod)
        {
            string? from = PatchValues.String(pmod, "from", _context.Diagnostics);
            if (from == null)
            {
                _context.Invalid(name, "_copy of " + name.Value + " needs a 'from'");
                return;
            }

            string[] parts = from.Split(':');
            SvdElement? source;
            bool otherFile = parts.Length == 2;
            if (otherFile)
            {
                source = FromOtherFile(name, parts[0], parts[1]);
            }
            else if (parts.Length == 1)
            {
                source = Find(peripherals, parts[0]);
                if (source == null)
                {
                    _context.Invalid(name, "peripheral " + parts[0] + " not found");
                }
            }
            else
            {
                _context.Invalid(name, "incorrect 'from' " + from);
                return;
            }

            if (source == null)
            {
                return;
            }

            SvdElement copy = source.Clone(null);
            if (!otherFile)
            {
                copy.MutableChildren.RemoveAll(e => e.Name == "interrupt");
            }

            SvdTree.SetName(copy, name.Value);
            copy.SetAttribute("derivedFrom", null);
            SvdElement? target = Find(peripherals, name.Value);
            if (target != null)
            {
                SvdTree.Set(copy, "baseAddress", SvdTree.Text(target, "baseAddress"), target.Position);
                copy.MutableChildren.RemoveAll(e => e.Name == "interrupt");
                foreach (SvdElement interrupt in target.Elements())
                {
                    if (interrupt.Name == "interrupt")
                    {
                        copy.AppendChild(interrupt);
                    }
                }

                int index = peripherals.MutableChildren.IndexOf(target);
                peripherals.RemoveChild(target);
                peripherals.InsertChild(index, copy);
            }
            else
            {
                peripherals.AppendChild(copy);
            }
        }

        private SvdElement? FromOtherFile(PatchScalar name, string relative, string peripheral)
        {
            string path = SvdPatch.Resolve(_context.DeviceFile, relative);
            if (!_context.OtherSvdFiles.Contains(path))
            {
                _context.OtherSvdFiles.Add(path);
            }

            string? text = _context.ReadText(path);
            if (text == null)
            {
                _context.Diagnostics.Report(PatchDiagnosticDescriptors.IncludeNotFound, name.Location, relative, path, "the file does not exist");
                return null;
            }

            SvdElement? found = LoadOne(text, peripheral);
            if (found == null)
            {
                _context.Invalid(name, "peripheral " + peripheral + " not found in " + relative);
                return null;
            }

            // Positions of the copy point into the other file: make them point at the _copy line instead.
            Reposition(found, _context.Position(name));
            return found;
        }

        /// <summary>
        /// The named peripheral of another SVD, loading only its element: the file is usually a 4 MB sibling device
        /// (stm32h743 copies DFSDM from stm32h753), and building its whole tree cost a third of the patch stage.
        /// Peripherals never nest, so each <c>&lt;peripheral…&lt;/peripheral&gt;</c> slice is a well-formed fragment.
        /// </summary>
        private static SvdElement? LoadOne(string text, string name)
        {
            string wanted = "<name>" + name + "</name>";
            for (int start = text.IndexOf("<peripheral", StringComparison.Ordinal); start >= 0; start = text.IndexOf("<peripheral", start + 1, StringComparison.Ordinal))
            {
                char next = start + 11 < text.Length ? text[start + 11] : '\0';
                if (next != '>' && next != ' ' && next != '\t' && next != '\r' && next != '\n')
                {
                    continue;
                }

                int end = text.IndexOf("</peripheral>", start, StringComparison.Ordinal);
                if (end < 0)
                {
                    return null;
                }

                int nameAt = text.IndexOf("<name>", start, end - start, StringComparison.Ordinal);
                if (nameAt >= 0 && string.CompareOrdinal(text, nameAt, wanted, 0, wanted.Length) == 0)
                {
                    var bag = new DiagnosticBag();
                    return SafeXmlLoader.Load(text.Substring(start, end + 13 - start), SvdReaderOptions.Default.MaxBytes, bag);
                }

                start = end;
            }

            return null;
        }

        private static void Reposition(SvdElement element, Model.SourcePosition position)
        {
            element.Position = position;
            foreach (SvdElement child in element.Elements())
            {
                Reposition(child, position);
            }
        }

        internal static SvdElement? Find(SvdElement peripherals, string name)
        {
            foreach (SvdElement p in peripherals.Elements())
            {
                if (p.Name == "peripheral" && SvdTree.Name(p) == name)
                {
                    return p;
                }
            }

            return null;
        }

        /// <summary>svdtools' derive_peripheral: the peripheral keeps name, base address and interrupts and derives from the source.</summary>
        public static void Derive(PatchContext context, ElementWriter writer, SvdElement peripherals, PatchScalar name, PatchNode value)
        {
            string? from;
            PatchMap? mods = null;
            if (value is PatchScalar s && !s.IsNull)
            {
                from = s.Value;
            }
            else if (value is PatchMap map && PatchValues.String(map, PatchKeys.From, context.Diagnostics) is string f)
            {
                from = f;
                mods = map;
            }
            else
            {
                context.Invalid(name, "derive: give the source peripheral, or a mapping with _from, for " + name.Value);
                return;
            }

            int derivedPos = -1;
            if (from.IndexOf('.') < 0)
            {
                SvdElement? source = Find(peripherals, from);
                if (source == null)
                {
                    context.Invalid(name, "peripheral " + from + " not found");
                    return;
                }

                derivedPos = peripherals.MutableChildren.IndexOf(source);
            }

            List<SvdElement> list = peripherals.MutableChildren;
            int minPos = list.Count;
            SvdElement? target = Find(peripherals, name.Value);
            if (target != null)
            {
                minPos = list.IndexOf(target);
                // What derivedFrom leaves of a peripheral: name, base address, interrupts (and what the patch sets).
                target.MutableChildren.RemoveAll(e => e.Name != "name" && e.Name != "baseAddress" && e.Name != "interrupt");
            }
            else
            {
                target = SvdTree.New("peripheral", context.Position(name));
                SvdTree.Set(target, "name", name.Value, target.Position);
                peripherals.AppendChild(target);
            }

            if (mods != null)
            {
                writer.Peripheral(target, mods, adding: false);
            }

            target.SetAttribute("derivedFrom", from);
            for (int i = 0; i < list.Count; i++)
            {
                if (list[i].Attribute("derivedFrom") == name.Value)
                {
                    minPos = Math.Min(minPos, i);
                    list[i].SetAttribute("derivedFrom", from);
                }
            }

            if (derivedPos > minPos)
            {
                SvdElement moved = list[derivedPos];
                list.RemoveAt(derivedPos);
                list.Insert(minPos, moved);
            }
        }

        /// <summary>svdtools' rebase_peripheral: <paramref name="newKey"/> takes the old source's contents; the old one derives from it.</summary>
        public static void Rebase(PatchContext context, SvdElement peripherals, PatchScalar newKey, PatchScalar oldName)
        {
            List<SvdElement> list = peripherals.MutableChildren;
            SvdElement? old = Find(peripherals, oldName.Value);
            SvdElement? fresh = Find(peripherals, newKey.Value);
            if (old == null || fresh == null)
            {
                context.Invalid(newKey, "peripheral " + (old == null ? oldName.Value : newKey.Value) + " not found");
                return;
            }

            int minPos = list.IndexOf(old);
            SvdElement contents = old.Clone(null);
            old.MutableChildren.RemoveAll(e => e.Name != "name" && e.Name != "baseAddress" && e.Name != "interrupt");
            old.SetAttribute("derivedFrom", newKey.Value);
            contents.MutableChildren.RemoveAll(e => e.Name == "name" || e.Name == "baseAddress" || e.Name == "interrupt");
            contents.SetAttribute("derivedFrom", null);
            foreach (SvdElement keep in fresh.Elements())
            {
                if (keep.Name == "name" || keep.Name == "baseAddress" || keep.Name == "interrupt")
                {
                    contents.AppendChild(keep);
                }
            }

            int newPos = list.IndexOf(fresh);
            list.RemoveAt(newPos);
            peripherals.InsertChild(newPos, contents);
            for (int i = 0; i < list.Count; i++)
            {
                if (list[i] != old && list[i].Attribute("derivedFrom") == oldName.Value)
                {
                    minPos = Math.Min(minPos, i);
                    list[i].SetAttribute("derivedFrom", newKey.Value);
                }
            }

            if (newPos > minPos)
            {
                list.RemoveAt(newPos);
                list.Insert(minPos, contents);
            }
        }
    }
}
