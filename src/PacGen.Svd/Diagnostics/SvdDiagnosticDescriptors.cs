using System.Collections.Generic;

namespace PacGen.Svd.Diagnostics
{
    /// <summary>
    /// The front end's diagnostic table. Ids are stable (documented in docs/diagnostics.md): never renumber,
    /// only append. PACGEN001..099 belong to the SVD front end.
    /// </summary>
    public static class SvdDiagnosticDescriptors
    {
        private const string Xml = "PacGen.Svd.Xml";
        private const string Structure = "PacGen.Svd.Structure";
        private const string Derivation = "PacGen.Svd.Derivation";
        private const string Layout = "PacGen.Svd.Layout";

        public static readonly SvdDiagnosticDescriptor InternalError = new SvdDiagnosticDescriptor(
            "PACGEN001", "Internal error in the SVD reader", "Internal error while reading the SVD: {0}", SvdSeverity.Error, Xml);

        public static readonly SvdDiagnosticDescriptor MalformedXml = new SvdDiagnosticDescriptor(
            "PACGEN002", "Malformed XML", "The SVD is not well-formed XML: {0}", SvdSeverity.Error, Xml);

        public static readonly SvdDiagnosticDescriptor DocumentTooLarge = new SvdDiagnosticDescriptor(
            "PACGEN003", "SVD too large", "The SVD is {0} characters long, above the limit of {1}", SvdSeverity.Error, Xml);

        public static readonly SvdDiagnosticDescriptor NotADevice = new SvdDiagnosticDescriptor(
            "PACGEN004", "Not an SVD device", "The root element is <{0}>, expected <device>", SvdSeverity.Error, Structure);

        public static readonly SvdDiagnosticDescriptor MissingElement = new SvdDiagnosticDescriptor(
            "PACGEN005", "Missing required element", "<{0}> '{1}' has no <{2}>", SvdSeverity.Error, Structure);

        public static readonly SvdDiagnosticDescriptor MalformedNumber = new SvdDiagnosticDescriptor(
            "PACGEN006", "Malformed number", "'{0}' is not a valid number for <{1}>", SvdSeverity.Error, Structure);

        public static readonly SvdDiagnosticDescriptor InvalidValue = new SvdDiagnosticDescriptor(
            "PACGEN007", "Invalid value", "'{0}' is not a valid value for <{1}> (expected {2})", SvdSeverity.Error, Structure);

        public static readonly SvdDiagnosticDescriptor UnknownElement = new SvdDiagnosticDescriptor(
            "PACGEN008", "Unknown element", "Unknown element <{0}> in <{1}> is ignored", SvdSeverity.Warning, Structure);

        public static readonly SvdDiagnosticDescriptor FileUnreadable = new SvdDiagnosticDescriptor(
            "PACGEN009", "SVD file unreadable", "Cannot read '{0}': {1}", SvdSeverity.Error, Xml);

        // Real files write 'read-writeonce' (nRF) or 'write' (GD32): read them as meant, but say so.
        public static readonly SvdDiagnosticDescriptor NonStandardValue = new SvdDiagnosticDescriptor(
            "PACGEN017", "Non-standard value", "'{0}' is not a standard value for <{1}>; read as '{2}'", SvdSeverity.Warning, Structure);

        // A warning: Renesas files repeat field names such as 'Reserved' within a register.
        public static readonly SvdDiagnosticDescriptor DuplicateFieldName = new SvdDiagnosticDescriptor(
            "PACGEN018", "Duplicate field name", "Field name '{0}' appears more than once in register '{1}'", SvdSeverity.Warning, Structure);

        // Bounds that keep a hostile document from exhausting the stack or memory of the compiler process.
        public static readonly SvdDiagnosticDescriptor LimitExceeded = new SvdDiagnosticDescriptor(
            "PACGEN019", "Reader limit exceeded", "'{0}': {1} exceeds the reader's limit of {2}; the element is ignored", SvdSeverity.Error, Structure);

        public static readonly SvdDiagnosticDescriptor UnresolvedDerivedFrom = new SvdDiagnosticDescriptor(
            "PACGEN010", "Unresolved derivedFrom", "derivedFrom '{0}' of {1} '{2}' does not name a {1}", SvdSeverity.Error, Derivation);

        public static readonly SvdDiagnosticDescriptor CyclicDerivedFrom = new SvdDiagnosticDescriptor(
            "PACGEN011", "Cyclic derivedFrom", "derivedFrom of {0} '{1}' forms a cycle through '{2}'", SvdSeverity.Error, Derivation);

        public static readonly SvdDiagnosticDescriptor DimWithoutIncrement = new SvdDiagnosticDescriptor(
            "PACGEN012", "dim without dimIncrement", "'{0}' has <dim> but no <dimIncrement>", SvdSeverity.Error, Structure);

        public static readonly SvdDiagnosticDescriptor DimIndexCountMismatch = new SvdDiagnosticDescriptor(
            "PACGEN013", "dimIndex count mismatch", "'{0}' has dim {1} but its dimIndex '{2}' lists {3} indices", SvdSeverity.Error, Structure);

        public static readonly SvdDiagnosticDescriptor MalformedDimIndex = new SvdDiagnosticDescriptor(
            "PACGEN014", "Malformed dimIndex", "dimIndex '{0}' of '{1}' is neither a list 'A,B,C' nor a range '0-7'", SvdSeverity.Error, Structure);

        public static readonly SvdDiagnosticDescriptor DimPlaceholderMismatch = new SvdDiagnosticDescriptor(
            "PACGEN015", "dim placeholder mismatch", "'{0}' {1}", SvdSeverity.Error, Structure);

        public static readonly SvdDiagnosticDescriptor DuplicateName = new SvdDiagnosticDescriptor(
            "PACGEN016", "Duplicate name", "{0} name '{1}' appears more than once in '{2}'", SvdSeverity.Error, Structure);

        public static readonly SvdDiagnosticDescriptor FieldBeyondRegister = new SvdDiagnosticDescriptor(
            "PACGEN020", "Field beyond register size", "Field '{0}' (bits {1}:{2}) does not fit in the {3}-bit register '{4}'", SvdSeverity.Error, Layout);

        public static readonly SvdDiagnosticDescriptor OverlappingFields = new SvdDiagnosticDescriptor(
            "PACGEN021", "Overlapping fields", "Field '{0}' overlaps field '{1}' in register '{2}'", SvdSeverity.Warning, Layout);

        // A warning, not an error: Microchip files (ATSAMD51, ATSAML11) carry such values; the value is dropped,
        // which keeps the rest of the enum correct.
        public static readonly SvdDiagnosticDescriptor EnumValueTooWide = new SvdDiagnosticDescriptor(
            "PACGEN022", "Enumerated value wider than its field", "Enumerated value '{0}' = {1} does not fit in the {2}-bit field '{3}'; the value is ignored", SvdSeverity.Warning, Layout);

        public static readonly SvdDiagnosticDescriptor ResetValueTooWide = new SvdDiagnosticDescriptor(
            "PACGEN023", "Reset value wider than register", "{0} 0x{1} of register '{2}' is wider than its {3} bits; masked to 0x{4}", SvdSeverity.Warning, Layout);

        public static readonly SvdDiagnosticDescriptor InvalidRegisterSize = new SvdDiagnosticDescriptor(
            "PACGEN024", "Unsupported register size", "Register '{0}' has size {1}; supported sizes are 8, 16, 32 and 64 bits", SvdSeverity.Error, Layout);

        public static readonly SvdDiagnosticDescriptor InvalidBitRange = new SvdDiagnosticDescriptor(
            "PACGEN025", "Invalid bit position", "Field '{0}': {1}", SvdSeverity.Error, Layout);

        public static readonly SvdDiagnosticDescriptor EnumUsageConflict = new SvdDiagnosticDescriptor(
            "PACGEN026", "Conflicting enumeratedValues sets", "Field '{0}' has more than one enumeratedValues set for {1}; the extra set '{2}' is ignored", SvdSeverity.Error, Structure);

        public static readonly SvdDiagnosticDescriptor DuplicateEnumValue = new SvdDiagnosticDescriptor(
            "PACGEN027", "Duplicate enumerated value", "Enumerated value {0} of field '{1}' is listed as both '{2}' and '{3}'", SvdSeverity.Warning, Layout);

        public static readonly SvdDiagnosticDescriptor OverlappingRegisters = new SvdDiagnosticDescriptor(
            "PACGEN030", "Overlapping registers", "Register '{0}' at 0x{1} overlaps '{2}' in '{3}' and neither declares alternateGroup/alternateRegister", SvdSeverity.Warning, Layout);

        public static readonly SvdDiagnosticDescriptor OverlappingAddressBlocks = new SvdDiagnosticDescriptor(
            "PACGEN031", "Overlapping address blocks", "Address block at 0x{0} of '{1}' overlaps the block at 0x{2} of '{3}'", SvdSeverity.Warning, Layout);

        public static readonly SvdDiagnosticDescriptor MisalignedRegister = new SvdDiagnosticDescriptor(
            "PACGEN032", "Misaligned register", "Register '{0}' at offset 0x{1} is not aligned to its {2}-bit size", SvdSeverity.Warning, Layout);

        // MSP432P401R writes SystemControlSpace as five <registers> blocks: CMSIS-SVD's intent (one list) is clear.
        public static readonly SvdDiagnosticDescriptor RepeatedBlockMerged = new SvdDiagnosticDescriptor(
            "PACGEN033", "Repeated block merged", "<{0}> '{1}' has more than one <{2}> block (the first at line {3}); their contents are merged", SvdSeverity.Warning, Structure);

        // GD32VF103's DMA1 has two <baseAddress> elements: one value is used, and the file must say which.
        public static readonly SvdDiagnosticDescriptor RepeatedElement = new SvdDiagnosticDescriptor(
            "PACGEN034", "Repeated element", "<{0}> appears more than once in <{1}> '{2}' (the first at line {3}); {4}", SvdSeverity.Warning, Structure);

        // A size under 8 bits (a size in bytes, or a field width) has one obvious repair; rejecting the device does not help.
        public static readonly SvdDiagnosticDescriptor RegisterSizeRepaired = new SvdDiagnosticDescriptor(
            "PACGEN035", "Register size repaired", "Register '{0}' has size {1}, below the narrowest access of 8 bits; read as {2} bits, the smallest access width that holds its fields", SvdSeverity.Warning, Layout);

        // Latin-1 µ and ° in files that declare UTF-8: the decoder repairs them silently, so the reader says so.
        public static readonly SvdDiagnosticDescriptor InvalidEncoding = new SvdDiagnosticDescriptor(
            "PACGEN036", "Text not in the declared encoding", "The SVD declares encoding '{0}' but {1}", SvdSeverity.Warning, Xml);

        /// <summary>Every descriptor, ordered by id.</summary>
        public static IReadOnlyList<SvdDiagnosticDescriptor> All { get; } = new[]
        {
            InternalError, MalformedXml, DocumentTooLarge, NotADevice, MissingElement, MalformedNumber, InvalidValue,
            UnknownElement, FileUnreadable, UnresolvedDerivedFrom, CyclicDerivedFrom, DimWithoutIncrement, DimIndexCountMismatch,
            MalformedDimIndex, DimPlaceholderMismatch, DuplicateName, NonStandardValue, DuplicateFieldName, LimitExceeded, FieldBeyondRegister, OverlappingFields,
            EnumValueTooWide, ResetValueTooWide, InvalidRegisterSize, InvalidBitRange, EnumUsageConflict,
            DuplicateEnumValue, OverlappingRegisters, OverlappingAddressBlocks, MisalignedRegister, RepeatedBlockMerged, RepeatedElement,
            RegisterSizeRepaired, InvalidEncoding,
        };
    }
}
