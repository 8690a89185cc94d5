using System;
using System.Collections.Generic;
using PacGen.Svd.Diagnostics;

namespace PacGen.Svd.Parsing
{
    /// <summary>
    /// Finds child elements written more than once where the schema allows one. Nothing the reader drops may go
    /// unreported: a repeated list block (<c>&lt;registers&gt;</c>, <c>&lt;fields&gt;</c>, <c>&lt;peripherals&gt;</c>)
    /// is merged (MSP432P401R splits SystemControlSpace over five <c>&lt;registers&gt;</c> blocks), and a repeated
    /// single value is reported with the one that is used (GD32VF103's DMA1 writes two <c>&lt;baseAddress&gt;</c>es,
    /// the first copied from DMA0; like svdconv, which reads the elements in order, the later value wins).
    /// </summary>
    internal sealed class RepeatedElements
    {
        /// <summary>Elements that may repeat in any container: they are lists by nature.</summary>
        private static readonly HashSet<string> s_lists = new HashSet<string>(StringComparer.Ordinal)
        {
            "peripheral", "register", "cluster", "field", "enumeratedValues", "enumeratedValue",
            "addressBlock", "interrupt", "vendorExtensions",
        };

        /// <summary>List blocks: a repeat is merged into the first.</summary>
        private static readonly HashSet<string> s_blocks = new HashSet<string>(StringComparer.Ordinal)
        {
            "peripherals", "registers", "fields",
        };

        private readonly DiagnosticBag _diagnostics;
        private readonly SvdElement _owner;
        // Few children per element: a list scanned linearly is cheaper than a dictionary per element.
        private List<SvdElement>? _seen;

        public RepeatedElements(DiagnosticBag diagnostics, SvdElement owner)
        {
            _diagnostics = diagnostics;
            _owner = owner;
        }

        /// <summary>
        /// Records <paramref name="child"/>; reports it when it repeats a single-valued element or a list block.
        /// Returns true for a repeat (the caller still reads it: blocks merge, later values win, except
        /// <c>name</c>, which is read once, from the first).
        /// </summary>
        public bool Record(SvdElement child)
        {
            if (s_lists.Contains(child.Name))
            {
                return false;
            }

            SvdElement? first = null;
            if (_seen != null)
            {
                foreach (SvdElement seen in _seen)
                {
                    if (string.Equals(seen.Name, child.Name, StringComparison.Ordinal))
                    {
                        first = seen;
                        break;
                    }
                }
            }

            if (first == null)
            {
                (_seen ??= new List<SvdElement>(8)).Add(child);
                return false;
            }

            string ownerName = _owner.Element("name")?.Value.Trim() ?? "";
            if (s_blocks.Contains(child.Name))
            {
                _diagnostics.Report(SvdDiagnosticDescriptors.RepeatedBlockMerged, child, _owner.Name, ownerName, child.Name, first.Position.Line);
            }
            else
            {
                string used = child.Name == "name"
                    ? "the first is used and this one is ignored"
                    : "this later one is used and the first is ignored";
                _diagnostics.Report(SvdDiagnosticDescriptors.RepeatedElement, child, child.Name, _owner.Name, ownerName, first.Position.Line, used);
            }

            return true;
        }
    }
}
