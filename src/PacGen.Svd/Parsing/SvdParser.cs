using System.Collections.Generic;
using System.Text;
using PacGen.Svd.Diagnostics;
using PacGen.Svd.Model;

namespace PacGen.Svd.Parsing
{
    /// <summary>
    /// Reads the XML tree into the raw model: one pass over each element's children, values parsed and
    /// checked (bad numbers and tokens reported at their element), nothing inherited or derived yet.
    /// </summary>
    internal sealed partial class SvdParser
    {
        /// <summary>Deepest cluster nesting accepted: real files nest 2-3 levels; the parser recurses per level.</summary>
        public const int MaxClusterDepth = 32;

        private readonly DiagnosticBag _diagnostics;
        private int _clusterDepth;

        public SvdParser(DiagnosticBag diagnostics) => _diagnostics = diagnostics;

        public RawDevice ParseDevice(SvdElement device)
        {
            var raw = new RawDevice { Position = device.Position };
            var props = new RawProperties();
            var once = new RepeatedElements(_diagnostics, device);
            foreach (SvdElement child in device.Elements())
            {
                once.Record(child);
                switch (child.Name)
                {
                    case "name": raw.Name = Text(child); break;
                    case "vendor": raw.Vendor = Text(child); break;
                    case "series": raw.Series = Text(child); break;
                    case "version": raw.Version = Text(child); break;
                    case "description": raw.Description = Description(child); break;
                    case "licenseText": raw.LicenseText = child.Value.Trim(); break;
                    case "cpu": raw.Cpu = ParseCpu(child); break;
                    case "addressUnitBits": raw.AddressUnitBits = Int(child); break;
                    case "width": raw.Width = Int(child); break;
                    case "peripherals":
                        foreach (SvdElement p in child.Elements())
                        {
                            if (p.Name == "peripheral")
                            {
                                raw.Peripherals.Add(ParsePeripheral(p));
                            }
                            else
                            {
                                Unknown(p);
                            }
                        }

                        break;
                    case "vendorID":
                    case "headerSystemFilename":
                    case "headerDefinitionsPrefix":
                    case "vendorExtensions":
                        break;
                    default:
                        if (!TryProperty(child, props))
                        {
                            Unknown(child);
                        }

                        break;
                }
            }

            raw.Properties = props;
            if (raw.Name.Length == 0)
            {
                _diagnostics.Report(SvdDiagnosticDescriptors.MissingElement, device, "device", "", "name");
            }

            return raw;
        }

        private Cpu ParseCpu(SvdElement cpu)
        {
            string name = "";
            string? revision = null, endian = null;
            bool mpu = false, fpu = false, systick = false;
            int prioBits = 0;
            var once = new RepeatedElements(_diagnostics, cpu);
            foreach (SvdElement child in cpu.Elements())
            {
                once.Record(child);
                switch (child.Name)
                {
                    case "name": name = Text(child); break;
                    case "revision": revision = Text(child); break;
                    case "endian": endian = Text(child); break;
                    case "mpuPresent": mpu = Bool(child); break;
                    case "fpuPresent": fpu = Bool(child); break;
                    case "vendorSystickConfig": systick = Bool(child); break;
                    case "nvicPrioBits": prioBits = Int(child) ?? 0; break;
                    case "fpuDP":
                    case "dspPresent":
                    case "icachePresent":
                    case "dcachePresent":
                    case "itcmPresent":
                    case "dtcmPresent":
                    case "vtorPresent":
                    case "deviceNumInterrupts":
                    case "sauNumRegions":
                    case "sauRegionsConfig":
                        break;
                    default: Unknown(child); break;
                }
            }

            return new Cpu(name, revision, endian, mpu, fpu, prioBits, systick);
        }

        private RawPeripheral ParsePeripheral(SvdElement element)
        {
            var raw = new RawPeripheral();
            StartNamed(raw, element);
            var props = new RawProperties();
            var once = new RepeatedElements(_diagnostics, element);
            foreach (SvdElement child in element.Elements())
            {
                once.Record(child);
                switch (child.Name)
                {
                    case "version": raw.Version = Text(child); break;
                    case "groupName": raw.GroupName = Text(child); break;
                    case "prependToName": raw.PrependToName = Text(child); break;
                    case "appendToName": raw.AppendToName = Text(child); break;
                    case "headerStructName": raw.HeaderStructName = Text(child); break;
                    case "alternatePeripheral": raw.AlternatePeripheral = Text(child); break;
                    case "baseAddress": raw.BaseAddress = Number(child); break;
                    case "addressBlock":
                        AddressBlock? block = ParseAddressBlock(child);
                        if (block != null)
                        {
                            (raw.AddressBlocks ??= new List<AddressBlock>()).Add(block);
                        }

                        break;
                    case "interrupt": ParseInterrupts(child, raw.Interrupts); break;
                    case "registers":
                        // Repeated blocks (MSP432P401R) are merged in document order; RepeatedElements reports them.
                        List<RawNode> children = ParseChildren(child);
                        if (raw.Children == null)
                        {
                            raw.Children = children;
                        }
                        else
                        {
                            raw.Children.AddRange(children);
                        }

                        break;
                    case "disableCondition":
                    case "vendorExtensions":
                        break;
                    default:
                        if (!TryNamedCommon(raw, child) && !TryProperty(child, props))
                        {
                            Unknown(child);
                        }

                        break;
                }
            }

            raw.Properties = props;
            return raw;
        }

        private AddressBlock? ParseAddressBlock(SvdElement element)
        {
            ulong? offset = null, size = null;
            string usage = "registers";
            Protection protection = Protection.None;
            var once = new RepeatedElements(_diagnostics, element);
            foreach (SvdElement child in element.Elements())
            {
                once.Record(child);
                switch (child.Name)
                {
                    case "offset": offset = Number(child); break;
                    case "size": size = Number(child); break;
                    case "usage": usage = Text(child); break;
                    case "protection": protection = ProtectionOf(child) ?? Protection.None; break;
                    default: Unknown(child); break;
                }
            }

            if (offset == null || size == null)
            {
                _diagnostics.Report(SvdDiagnosticDescriptors.MissingElement, element, "addressBlock", "", offset == null ? "offset" : "size");
                return null;
            }

            return new AddressBlock(offset.Value, size.Value, usage, protection);
        }

        /// <summary>
        /// One interrupt, or several: CMSDK_CM3 packs UART0_RX and UART0_TX into one &lt;interrupt&gt; as two
        /// name/description/value runs. A name after a complete run starts the next interrupt (reported), so neither
        /// is lost and neither gets the other's number.
        /// </summary>
        private void ParseInterrupts(SvdElement element, List<RawInterrupt> output)
        {
            var raw = new RawInterrupt { Position = element.Position };
            bool hasName = false, hasValue = false;
            SvdElement? firstName = null;
            foreach (SvdElement child in element.Elements())
            {
                switch (child.Name)
                {
                    case "name":
                        if (hasName && hasValue)
                        {
                            Complete(raw, element, hasValue, output);
                            _diagnostics.Report(SvdDiagnosticDescriptors.RepeatedElement, child, "name", "interrupt", raw.Name, firstName!.Position.Line,
                                "read as one more interrupt '" + Text(child) + "'");
                            raw = new RawInterrupt { Position = child.Position };
                            hasValue = false;
                        }
                        else if (hasName)
                        {
                            _diagnostics.Report(SvdDiagnosticDescriptors.RepeatedElement, child, "name", "interrupt", raw.Name, firstName!.Position.Line,
                                "this later one is used and the first is ignored");
                        }

                        raw.Name = Text(child);
                        hasName = true;
                        firstName ??= child;
                        break;
                    case "description": raw.Description = Description(child); break;
                    case "value":
                        int? value = Int(child);
                        hasValue = value != null;
                        raw.Value = value ?? 0;
                        break;
                    default: Unknown(child); break;
                }
            }

            Complete(raw, element, hasValue, output);
        }

        private void Complete(RawInterrupt raw, SvdElement element, bool hasValue, List<RawInterrupt> output)
        {
            if (raw.Name.Length == 0 || !hasValue)
            {
                _diagnostics.Report(SvdDiagnosticDescriptors.MissingElement, element, "interrupt", raw.Name, raw.Name.Length == 0 ? "name" : "value");
            }

            output.Add(raw);
        }

        private List<RawNode> ParseChildren(SvdElement container)
        {
            var children = new List<RawNode>();
            foreach (SvdElement child in container.Elements())
            {
                switch (child.Name)
                {
                    case "register": children.Add(ParseRegister(child)); break;
                    case "cluster": AddCluster(children, child); break;
                    default: Unknown(child); break;
                }
            }

            return children;
        }

        private void AddCluster(List<RawNode> children, SvdElement element)
        {
            if (_clusterDepth >= MaxClusterDepth)
            {
                _diagnostics.Report(SvdDiagnosticDescriptors.LimitExceeded, element, "cluster", "cluster nesting", MaxClusterDepth);
                return;
            }

            _clusterDepth++;
            children.Add(ParseCluster(element));
            _clusterDepth--;
        }

        private RawCluster ParseCluster(SvdElement element)
        {
            var raw = new RawCluster();
            StartNamed(raw, element);
            var props = new RawProperties();
            var once = new RepeatedElements(_diagnostics, element);
            foreach (SvdElement child in element.Elements())
            {
                once.Record(child);
                switch (child.Name)
                {
                    case "alternateCluster": raw.AlternateCluster = Text(child); break;
                    case "headerStructName": raw.HeaderStructName = Text(child); break;
                    case "addressOffset": raw.AddressOffset = Number(child); break;
                    case "register": raw.Children.Add(ParseRegister(child)); break;
                    case "cluster": AddCluster(raw.Children, child); break;
                    case "vendorExtensions": break;
                    default:
                        if (!TryNamedCommon(raw, child) && !TryProperty(child, props))
                        {
                            Unknown(child);
                        }

                        break;
                }
            }

            raw.Properties = props;
            return raw;
        }

        private RawRegister ParseRegister(SvdElement element)
        {
            var raw = new RawRegister();
            StartNamed(raw, element);
            var props = new RawProperties();
            var once = new RepeatedElements(_diagnostics, element);
            foreach (SvdElement child in element.Elements())
            {
                once.Record(child);
                switch (child.Name)
                {
                    case "displayName": raw.DisplayName = Text(child); break;
                    case "alternateGroup": raw.AlternateGroup = Text(child); break;
                    case "alternateRegister": raw.AlternateRegister = Text(child); break;
                    case "addressOffset": raw.AddressOffset = Number(child); break;
                    case "dataType": raw.DataType = Text(child); break;
                    case "modifiedWriteValues": raw.ModifiedWriteValues = ModifiedWriteValuesOf(child); break;
                    case "writeConstraint": raw.WriteConstraint = ParseWriteConstraint(child); break;
                    case "readAction": raw.ReadAction = ReadActionOf(child); break;
                    case "fields":
                        raw.Fields ??= new List<RawField>(); // repeated <fields> blocks merge
                        foreach (SvdElement f in child.Elements())
                        {
                            if (f.Name == "field")
                            {
                                raw.Fields.Add(ParseField(f));
                            }
                            else
                            {
                                Unknown(f);
                            }
                        }

                        break;
                    case "vendorExtensions": break;
                    default:
                        if (!TryNamedCommon(raw, child) && !TryProperty(child, props))
                        {
                            Unknown(child);
                        }

                        break;
                }
            }

            raw.Properties = props;
            return raw;
        }

        private RawField ParseField(SvdElement element)
        {
            var raw = new RawField();
            StartNamed(raw, element);
            int? lsb = null, msb = null;
            SvdElement? lsbElement = null;
            var once = new RepeatedElements(_diagnostics, element);
            foreach (SvdElement child in element.Elements())
            {
                once.Record(child);
                switch (child.Name)
                {
                    case "bitOffset": raw.BitOffset = Int(child); break;
                    case "bitWidth": raw.BitWidth = Int(child); break;
                    case "lsb": lsb = Int(child); lsbElement = child; break;
                    case "msb": msb = Int(child); lsbElement ??= child; break;
                    case "bitRange": ParseBitRange(raw, child); break;
                    case "access": raw.Access = AccessOf(child); break;
                    case "modifiedWriteValues": raw.ModifiedWriteValues = ModifiedWriteValuesOf(child); break;
                    case "writeConstraint": raw.WriteConstraint = ParseWriteConstraint(child); break;
                    case "readAction": raw.ReadAction = ReadActionOf(child); break;
                    case "enumeratedValues": (raw.EnumSets ??= new List<RawEnumSet>()).Add(ParseEnumSet(child)); break;
                    case "vendorExtensions": break;
                    default:
                        if (!TryNamedCommon(raw, child))
                        {
                            Unknown(child);
                        }

                        break;
                }
            }

            if (lsb != null && msb != null)
            {
                SetLsbMsb(raw, lsb.Value, msb.Value, lsbElement);
            }
            else if (lsbElement != null)
            {
                raw.BitPositionInvalid = true;
                _diagnostics.Report(SvdDiagnosticDescriptors.MissingElement, element, "field", raw.Name, lsb == null ? "lsb" : "msb");
            }

            return raw;
        }

        private void ParseBitRange(RawField raw, SvdElement child)
        {
            // bitRange is "[msb:lsb]".
            string text = Text(child);
            int colon = text.IndexOf(':');
            if (text.Length >= 5 && text[0] == '[' && text[text.Length - 1] == ']' && colon > 0
                && int.TryParse(text.Substring(1, colon - 1), System.Globalization.NumberStyles.AllowLeadingWhite | System.Globalization.NumberStyles.AllowTrailingWhite, System.Globalization.CultureInfo.InvariantCulture, out int msb)
                && int.TryParse(text.Substring(colon + 1, text.Length - colon - 2), System.Globalization.NumberStyles.AllowLeadingWhite | System.Globalization.NumberStyles.AllowTrailingWhite, System.Globalization.CultureInfo.InvariantCulture, out int lsb))
            {
                SetLsbMsb(raw, lsb, msb, child);
            }
            else
            {
                raw.BitPositionInvalid = true;
                _diagnostics.Report(SvdDiagnosticDescriptors.InvalidBitRange, child, raw.Name, "bitRange '" + text + "' is not of the form [msb:lsb]");
            }
        }

        private void SetLsbMsb(RawField raw, int lsb, int msb, SvdElement? at)
        {
            if (msb < lsb)
            {
                raw.BitPositionInvalid = true;
                _diagnostics.Report(SvdDiagnosticDescriptors.InvalidBitRange, at, raw.Name, "msb " + msb + " is below lsb " + lsb);
                return;
            }

            raw.BitOffset = lsb;
            raw.BitWidth = msb - lsb + 1;
        }

        private RawEnumSet ParseEnumSet(SvdElement element)
        {
            var raw = new RawEnumSet
            {
                Position = element.Position,
                DerivedFrom = TrimmedOrNull(element.Attribute("derivedFrom")),
            };
            var once = new RepeatedElements(_diagnostics, element);
            foreach (SvdElement child in element.Elements())
            {
                once.Record(child);
                switch (child.Name)
                {
                    case "name": raw.Name = Text(child); break;
                    case "headerEnumName": raw.HeaderEnumName = Text(child); break;
                    case "usage": raw.Usage = Token<EnumUsage>(child, SvdTokens.TryParseUsage, SvdTokens.UsageExpected); break;
                    case "enumeratedValue":
                        EnumeratedValue? value = ParseEnumValue(child);
                        if (value != null)
                        {
                            raw.Values.Add(value);
                        }

                        break;
                    case "vendorExtensions": break;
                    default: Unknown(child); break;
                }
            }

            return raw;
        }

        private EnumeratedValue? ParseEnumValue(SvdElement element)
        {
            string name = "";
            string? description = null;
            ulong value = 0, dontCare = 0;
            bool hasValue = false, isDefault = false;
            var once = new RepeatedElements(_diagnostics, element);
            foreach (SvdElement child in element.Elements())
            {
                once.Record(child);
                switch (child.Name)
                {
                    case "name": name = Text(child); break;
                    case "description": description = Description(child); break;
                    case "value":
                        if (SvdNumber.TryParseEnumValue(child.Value, out value, out dontCare))
                        {
                            hasValue = true;
                        }
                        else
                        {
                            _diagnostics.Report(SvdDiagnosticDescriptors.MalformedNumber, child, child.Value.Trim(), "value");
                            return null;
                        }

                        break;
                    case "isDefault": isDefault = Bool(child); break;
                    default: Unknown(child); break;
                }
            }

            if (name.Length == 0 || (!hasValue && !isDefault))
            {
                _diagnostics.Report(SvdDiagnosticDescriptors.MissingElement, element, "enumeratedValue", name, name.Length == 0 ? "name" : "value");
                return null;
            }

            if (isDefault)
            {
                value = 0;
                dontCare = 0;
            }

            return new EnumeratedValue(name, description, value, dontCare, isDefault, element.Position);
        }

        private WriteConstraint? ParseWriteConstraint(SvdElement element)
        {
            bool writeAsRead = false, useEnums = false;
            ulong? min = null, max = null;
            var once = new RepeatedElements(_diagnostics, element);
            foreach (SvdElement child in element.Elements())
            {
                once.Record(child);
                switch (child.Name)
                {
                    case "writeAsRead": writeAsRead = Bool(child); break;
                    case "useEnumeratedValues": useEnums = Bool(child); break;
                    case "range":
                        var boundOnce = new RepeatedElements(_diagnostics, child);
                        foreach (SvdElement bound in child.Elements())
                        {
                            boundOnce.Record(bound);
                            switch (bound.Name)
                            {
                                case "minimum": min = Number(bound); break;
                                case "maximum": max = Number(bound); break;
                                default: Unknown(bound); break;
                            }
                        }

                        if (min == null || max == null)
                        {
                            _diagnostics.Report(SvdDiagnosticDescriptors.MissingElement, child, "range", "", min == null ? "minimum" : "maximum");
                        }

                        break;
                    default: Unknown(child); break;
                }
            }

            return new WriteConstraint(writeAsRead, useEnums, min, max);
        }
    }
}
