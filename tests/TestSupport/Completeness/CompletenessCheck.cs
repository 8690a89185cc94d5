using System.Collections.Generic;
using PacGen.Svd;
using PacGen.Svd.Diagnostics;
using PacGen.Svd.Model;

namespace PacGen.TestSupport.Completeness
{
    /// <summary>Register and field elements of one SVD: how many the XML writes, how many the model holds, how many a diagnostic explains.</summary>
    public sealed record CompletenessReport(
        long XmlRegisters, long ModelRegisters, long ExplainedRegisters,
        long XmlFields, long ModelFields, long ExplainedFields,
        IReadOnlyList<string> Unexplained)
    {
        public bool Holds => Unexplained.Count == 0;

        public override string ToString() =>
            "registers " + XmlRegisters + " = " + ModelRegisters + " in the model + " + ExplainedRegisters + " reported; fields " +
            XmlFields + " = " + ModelFields + " + " + ExplainedFields;
    }

    /// <summary>
    /// The completeness invariant: every register and field element of the XML (dim expanded, counted once as
    /// written, so a derived copy adds nothing) is in the model with the same element count, or a diagnostic inside
    /// the element (or at an enclosing element) says why not.
    /// </summary>
    public static class CompletenessCheck
    {
        public static CompletenessReport Run(string text, SvdReadResult result)
        {
            SvdInventory inventory = SvdInventory.Read(text);
            var registerCounts = new Dictionary<SourcePosition, int>();
            var fieldCounts = new Dictionary<SourcePosition, int>();
            if (result.Device != null)
            {
                foreach (Peripheral peripheral in result.Device.Peripherals)
                {
                    Collect(peripheral.Children, registerCounts, fieldCounts);
                }
            }

            var unexplained = new List<string>();
            (long xmlRegisters, long modelRegisters, long explainedRegisters) = Match("register", inventory.Registers, registerCounts, result, unexplained);
            (long xmlFields, long modelFields, long explainedFields) = Match("field", inventory.Fields, fieldCounts, result, unexplained);
            return new CompletenessReport(xmlRegisters, modelRegisters, explainedRegisters, xmlFields, modelFields, explainedFields, unexplained);
        }

        private static void Collect(EquatableArray<RegisterNode> nodes, Dictionary<SourcePosition, int> registers, Dictionary<SourcePosition, int> fields)
        {
            foreach (RegisterNode node in nodes)
            {
                if (node is Cluster cluster)
                {
                    Collect(cluster.Children, registers, fields);
                    continue;
                }

                var register = (Register)node;
                registers.TryAdd(register.Position, register.Dim?.Count ?? 1);
                foreach (Field field in register.Fields)
                {
                    fields.TryAdd(field.Position, field.Dim?.Count ?? 1);
                }
            }
        }

        private static (long Xml, long Model, long Explained) Match(
            string kind, IReadOnlyList<XmlElementEntry> entries, Dictionary<SourcePosition, int> model, SvdReadResult result, List<string> unexplained)
        {
            long xml = 0, inModel = 0, explained = 0;
            foreach (XmlElementEntry entry in entries)
            {
                bool found = model.TryGetValue(new SourcePosition(entry.Line, entry.Column), out int modelCount);
                // A %s name whose dim is inherited through derivedFrom: the model's count is the written count.
                long written = (entry.Count ?? (found ? modelCount : 1)) * entry.Multiplier;
                long kept = found ? modelCount * entry.Multiplier : 0;
                xml += written;
                if (kept == written)
                {
                    inModel += kept;
                    continue;
                }

                if (IsExplained(entry, result))
                {
                    inModel += System.Math.Min(kept, written);
                    explained += written - System.Math.Min(kept, written);
                    continue;
                }

                unexplained.Add(kind + " '" + entry.Name + "' at line " + entry.Line + ": " + written + " written, " + kept + " in the model, no diagnostic says why");
            }

            return (xml, inModel, explained);
        }

        private static bool IsExplained(XmlElementEntry entry, SvdReadResult result)
        {
            foreach (SvdDiagnostic diagnostic in result.Diagnostics)
            {
                SourcePosition at = diagnostic.Position;
                if (at.Line >= entry.Line && at.Line <= entry.LastLine)
                {
                    return true;
                }

                foreach ((int line, int column) in entry.Ancestors)
                {
                    if (at.Line == line && at.Column == column)
                    {
                        return true;
                    }
                }

                // Nothing read at all (malformed XML, too large): one diagnostic for the whole document.
                if (result.Device == null)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
