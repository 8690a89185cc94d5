using Microsoft.CodeAnalysis;

namespace PacGen.Generator.Diagnostics
{
    /// <summary>
    /// Roslyn descriptors of the front end's diagnostics (PACGEN0xx: PacGen.Svd's <c>SvdDiagnosticDescriptors</c>,
    /// PACGEN3xx: its <c>PatchDiagnosticDescriptors</c>). PacGen.Svd knows nothing of Roslyn, so its table is repeated
    /// here as static descriptors with the same id, title, message format, category and severity (the front end's
    /// arguments are reported as they are); <c>DiagnosticTableTests</c> proves the two tables equal, and both equal
    /// AnalyzerReleases and docs/diagnostics.md.
    /// </summary>
    internal static class FrontEndDiagnosticDescriptors
    {
        public static readonly DiagnosticDescriptor InternalError = new DiagnosticDescriptor(
            "PACGEN001", "Internal error in the SVD reader", "Internal error while reading the SVD: {0}", "PacGen.Svd.Xml", DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor MalformedXml = new DiagnosticDescriptor(
            "PACGEN002", "Malformed XML", "The SVD is not well-formed XML: {0}", "PacGen.Svd.Xml", DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor DocumentTooLarge = new DiagnosticDescriptor(
            "PACGEN003", "SVD too large", "The SVD is {0} characters long, above the limit of {1}", "PacGen.Svd.Xml", DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor NotADevice = new DiagnosticDescriptor(
            "PACGEN004", "Not an SVD device", "The root element is <{0}>, expected <device>", "PacGen.Svd.Structure", DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor MissingElement = new DiagnosticDescriptor(
            "PACGEN005", "Missing required element", "<{0}> '{1}' has no <{2}>", "PacGen.Svd.Structure", DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor MalformedNumber = new DiagnosticDescriptor(
            "PACGEN006", "Malformed number", "'{0}' is not a valid number for <{1}>", "PacGen.Svd.Structure", DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor InvalidValue = new DiagnosticDescriptor(
            "PACGEN007", "Invalid value", "'{0}' is not a valid value for <{1}> (expected {2})", "PacGen.Svd.Structure", DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor UnknownElement = new DiagnosticDescriptor(
            "PACGEN008", "Unknown element", "Unknown element <{0}> in <{1}> is ignored", "PacGen.Svd.Structure", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor FileUnreadable = new DiagnosticDescriptor(
            "PACGEN009", "SVD file unreadable", "Cannot read '{0}': {1}", "PacGen.Svd.Xml", DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor UnresolvedDerivedFrom = new DiagnosticDescriptor(
            "PACGEN010", "Unresolved derivedFrom", "derivedFrom '{0}' of {1} '{2}' does not name a {1}", "PacGen.Svd.Derivation", DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor CyclicDerivedFrom = new DiagnosticDescriptor(
            "PACGEN011", "Cyclic derivedFrom", "derivedFrom of {0} '{1}' forms a cycle through '{2}'", "PacGen.Svd.Derivation", DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor DimWithoutIncrement = new DiagnosticDescriptor(
            "PACGEN012", "dim without dimIncrement", "'{0}' has <dim> but no <dimIncrement>", "PacGen.Svd.Structure", DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor DimIndexCountMismatch = new DiagnosticDescriptor(
            "PACGEN013", "dimIndex count mismatch", "'{0}' has dim {1} but its dimIndex '{2}' lists {3} indices", "PacGen.Svd.Structure", DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor MalformedDimIndex = new DiagnosticDescriptor(
            "PACGEN014", "Malformed dimIndex", "dimIndex '{0}' of '{1}' is neither a list 'A,B,C' nor a range '0-7'", "PacGen.Svd.Structure", DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor DimPlaceholderMismatch = new DiagnosticDescriptor(
            "PACGEN015", "dim placeholder mismatch", "'{0}' {1}", "PacGen.Svd.Structure", DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor DuplicateName = new DiagnosticDescriptor(
            "PACGEN016", "Duplicate name", "{0} name '{1}' appears more than once in '{2}'", "PacGen.Svd.Structure", DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor NonStandardValue = new DiagnosticDescriptor(
            "PACGEN017", "Non-standard value", "'{0}' is not a standard value for <{1}>; read as '{2}'", "PacGen.Svd.Structure", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor DuplicateFieldName = new DiagnosticDescriptor(
            "PACGEN018", "Duplicate field name", "Field name '{0}' appears more than once in register '{1}'", "PacGen.Svd.Structure", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor LimitExceeded = new DiagnosticDescriptor(
            "PACGEN019", "Reader limit exceeded", "'{0}': {1} exceeds the reader's limit of {2}; the element is ignored", "PacGen.Svd.Structure", DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor FieldBeyondRegister = new DiagnosticDescriptor(
            "PACGEN020", "Field beyond register size", "Field '{0}' (bits {1}:{2}) does not fit in the {3}-bit register '{4}'", "PacGen.Svd.Layout", DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor OverlappingFields = new DiagnosticDescriptor(
            "PACGEN021", "Overlapping fields", "Field '{0}' overlaps field '{1}' in register '{2}'", "PacGen.Svd.Layout", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor EnumValueTooWide = new DiagnosticDescriptor(
            "PACGEN022", "Enumerated value wider than its field", "Enumerated value '{0}' = {1} does not fit in the {2}-bit field '{3}'; the value is ignored", "PacGen.Svd.Layout", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor ResetValueTooWide = new DiagnosticDescriptor(
            "PACGEN023", "Reset value wider than register", "{0} 0x{1} of register '{2}' is wider than its {3} bits; masked to 0x{4}", "PacGen.Svd.Layout", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor InvalidRegisterSize = new DiagnosticDescriptor(
            "PACGEN024", "Unsupported register size", "Register '{0}' has size {1}; supported sizes are 8, 16, 32 and 64 bits", "PacGen.Svd.Layout", DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor InvalidBitRange = new DiagnosticDescriptor(
            "PACGEN025", "Invalid bit position", "Field '{0}': {1}", "PacGen.Svd.Layout", DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor EnumUsageConflict = new DiagnosticDescriptor(
            "PACGEN026", "Conflicting enumeratedValues sets", "Field '{0}' has more than one enumeratedValues set for {1}; the extra set '{2}' is ignored", "PacGen.Svd.Structure", DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor DuplicateEnumValue = new DiagnosticDescriptor(
            "PACGEN027", "Duplicate enumerated value", "Enumerated value {0} of field '{1}' is listed as both '{2}' and '{3}'", "PacGen.Svd.Layout", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor OverlappingRegisters = new DiagnosticDescriptor(
            "PACGEN030", "Overlapping registers", "Register '{0}' at 0x{1} overlaps '{2}' in '{3}' and neither declares alternateGroup/alternateRegister", "PacGen.Svd.Layout", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor OverlappingAddressBlocks = new DiagnosticDescriptor(
            "PACGEN031", "Overlapping address blocks", "Address block at 0x{0} of '{1}' overlaps the block at 0x{2} of '{3}'", "PacGen.Svd.Layout", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor MisalignedRegister = new DiagnosticDescriptor(
            "PACGEN032", "Misaligned register", "Register '{0}' at offset 0x{1} is not aligned to its {2}-bit size", "PacGen.Svd.Layout", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor RepeatedBlockMerged = new DiagnosticDescriptor(
            "PACGEN033", "Repeated block merged", "<{0}> '{1}' has more than one <{2}> block (the first at line {3}); their contents are merged", "PacGen.Svd.Structure", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor RepeatedElement = new DiagnosticDescriptor(
            "PACGEN034", "Repeated element", "<{0}> appears more than once in <{1}> '{2}' (the first at line {3}); {4}", "PacGen.Svd.Structure", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor RegisterSizeRepaired = new DiagnosticDescriptor(
            "PACGEN035", "Register size repaired", "Register '{0}' has size {1}, below the narrowest access of 8 bits; read as {2} bits, the smallest access width that holds its fields", "PacGen.Svd.Layout", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor InvalidEncoding = new DiagnosticDescriptor(
            "PACGEN036", "Text not in the declared encoding", "The SVD declares encoding '{0}' but {1}", "PacGen.Svd.Xml", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor InvalidYaml = new DiagnosticDescriptor(
            "PACGEN300", "Invalid YAML", "The patch is not valid YAML: {0}", "PacGen.Patch.Yaml", DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor UnknownKey = new DiagnosticDescriptor(
            "PACGEN301", "Unknown patch key", "Unknown key '{0}' at {1} level; it is ignored", "PacGen.Patch.Yaml", DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor IncludeNotFound = new DiagnosticDescriptor(
            "PACGEN302", "Included file not found", "Cannot read '{0}' (resolved to '{1}'): {2}", "PacGen.Patch.Yaml", DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor IncludeCycle = new DiagnosticDescriptor(
            "PACGEN303", "File includes itself", "'{0}' includes itself (through {1}); the include is skipped", "PacGen.Patch.Yaml", DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor NoMatch = new DiagnosticDescriptor(
            "PACGEN304", "Pattern matches nothing", "'{0}' matches no {1} in {2}", "PacGen.Patch.Apply", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor InvalidModification = new DiagnosticDescriptor(
            "PACGEN305", "Patch cannot be applied", "{0}", "PacGen.Patch.Apply", DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor InvalidPatchValue = new DiagnosticDescriptor(
            "PACGEN306", "Invalid patch value", "'{0}' expects {1}", "PacGen.Patch.Yaml", DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor MissingSvd = new DiagnosticDescriptor(
            "PACGEN307", "No SVD for the patch", "{0}", "PacGen.Patch.Yaml", DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor[] All =
        {
            InternalError, MalformedXml, DocumentTooLarge, NotADevice, MissingElement, MalformedNumber, InvalidValue, UnknownElement, FileUnreadable, UnresolvedDerivedFrom, CyclicDerivedFrom, DimWithoutIncrement, DimIndexCountMismatch, MalformedDimIndex, DimPlaceholderMismatch, DuplicateName, NonStandardValue, DuplicateFieldName, LimitExceeded, FieldBeyondRegister, OverlappingFields, EnumValueTooWide, ResetValueTooWide, InvalidRegisterSize, InvalidBitRange, EnumUsageConflict, DuplicateEnumValue, OverlappingRegisters, OverlappingAddressBlocks, MisalignedRegister, RepeatedBlockMerged, RepeatedElement, RegisterSizeRepaired, InvalidEncoding, InvalidYaml, UnknownKey, IncludeNotFound, IncludeCycle, NoMatch, InvalidModification, InvalidPatchValue, MissingSvd,
        };
    }
}
