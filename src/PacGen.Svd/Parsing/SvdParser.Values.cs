using System.Collections.Generic;
using System.Text;
using PacGen.Svd.Diagnostics;
using PacGen.Svd.Model;

namespace PacGen.Svd.Parsing
{
    /// <summary>The value readers of <see cref="SvdParser"/>: names, register properties, tokens, numbers and text.</summary>
    internal sealed partial class SvdParser
    {
        private void StartNamed(RawNamed raw, SvdElement element)
        {
            raw.Position = element.Position;
            raw.DerivedFrom = TrimmedOrNull(element.Attribute("derivedFrom"));
            SvdElement? name = element.Element("name");
            if (name == null)
            {
                _diagnostics.Report(SvdDiagnosticDescriptors.MissingElement, element, element.Name, "", "name");
            }
            else
            {
                raw.Name = Text(name);
            }
        }

        /// <summary>Elements common to every named dimable element: name, description, the dim group.</summary>
        private bool TryNamedCommon(RawNamed raw, SvdElement child)
        {
            switch (child.Name)
            {
                case "name": return true; // read by StartNamed
                case "description": raw.Description = Description(child); return true;
                case "dim": (raw.Dim ??= NewDim(child)).Count = Int(child); return true;
                case "dimIncrement": (raw.Dim ??= NewDim(child)).Increment = Number(child); return true;
                case "dimIndex": (raw.Dim ??= NewDim(child)).Index = Text(child); return true;
                case "dimName": (raw.Dim ??= NewDim(child)).DimName = Text(child); return true;
                case "dimArrayIndex": return true;
                default: return false;
            }
        }

        private static RawDim NewDim(SvdElement at) => new RawDim { Position = at.Position };

        /// <summary>registerPropertiesGroup: size, access, protection, resetValue, resetMask.</summary>
        private bool TryProperty(SvdElement child, RawProperties props)
        {
            switch (child.Name)
            {
                case "size": props.Size = Int(child); return true;
                case "access": props.Access = AccessOf(child); return true;
                case "protection": props.Protection = ProtectionOf(child); return true;
                case "resetValue": props.ResetValue = Number(child); return true;
                case "resetMask": props.ResetMask = Number(child); return true;
                default: return false;
            }
        }

        private Access? AccessOf(SvdElement child)
        {
            if (SvdTokens.TryParseAccess(child.Value, out Access access))
            {
                return access;
            }

            if (SvdTokens.TryParseAccessLenient(child.Value, out access, out string canonical))
            {
                _diagnostics.Report(SvdDiagnosticDescriptors.NonStandardValue, child, child.Value.Trim(), "access", canonical);
                return access;
            }

            Invalid(child, SvdTokens.AccessExpected);
            return null;
        }

        private Protection? ProtectionOf(SvdElement child) => Token<Protection>(child, SvdTokens.TryParseProtection, SvdTokens.ProtectionExpected);

        private ModifiedWriteValues? ModifiedWriteValuesOf(SvdElement child) =>
            Token<ModifiedWriteValues>(child, SvdTokens.TryParseModifiedWriteValues, SvdTokens.ModifiedWriteValuesExpected);

        private ReadAction? ReadActionOf(SvdElement child) => Token<ReadAction>(child, SvdTokens.TryParseReadAction, SvdTokens.ReadActionExpected);

        private delegate bool TokenParser<T>(string text, out T value);

        /// <summary>
        /// A vocabulary token: the standard spelling, else a case-insensitive match of one (reported as
        /// non-standard, PACGEN017), else an invalid value (PACGEN007).
        /// </summary>
        private T? Token<T>(SvdElement child, TokenParser<T> parse, string expected)
            where T : struct
        {
            if (parse(child.Value, out T value))
            {
                return value;
            }

            string written = child.Value.Trim();
            foreach (string canonical in expected.Replace(" or ", ", ").Split(new[] { ", " }, System.StringSplitOptions.None))
            {
                if (string.Equals(canonical, written, System.StringComparison.OrdinalIgnoreCase) && parse(canonical, out value))
                {
                    _diagnostics.Report(SvdDiagnosticDescriptors.NonStandardValue, child, written, child.Name, canonical);
                    return value;
                }
            }

            Invalid(child, expected);
            return null;
        }

        private bool Bool(SvdElement child)
        {
            if (SvdTokens.TryParseBoolean(child.Value, out bool value))
            {
                return value;
            }

            Invalid(child, SvdTokens.BooleanExpected);
            return false;
        }

        private ulong? Number(SvdElement child)
        {
            if (SvdNumber.TryParse(child.Value, out ulong value))
            {
                return value;
            }

            _diagnostics.Report(SvdDiagnosticDescriptors.MalformedNumber, child, child.Value.Trim(), child.Name);
            return null;
        }

        private int? Int(SvdElement child)
        {
            ulong? value = Number(child);
            if (value == null)
            {
                return null;
            }

            if (value.Value > int.MaxValue)
            {
                _diagnostics.Report(SvdDiagnosticDescriptors.MalformedNumber, child, child.Value.Trim(), child.Name);
                return null;
            }

            return (int)value.Value;
        }

        private void Invalid(SvdElement child, string expected) =>
            _diagnostics.Report(SvdDiagnosticDescriptors.InvalidValue, child, child.Value.Trim(), child.Name, expected);

        private void Unknown(SvdElement child) =>
            _diagnostics.Report(SvdDiagnosticDescriptors.UnknownElement, child, child.Name, child.Parent?.Name ?? "");

        private static string Text(SvdElement element) => element.Value.Trim();

        private static string? TrimmedOrNull(string? text)
        {
            string? trimmed = text?.Trim();
            return string.IsNullOrEmpty(trimmed) ? null : trimmed;
        }

        /// <summary>Descriptions are wrapped and indented in vendor files: collapse whitespace runs to one space.</summary>
        private static string Description(SvdElement element)
        {
            string value = element.Value;
            var builder = new StringBuilder(value.Length);
            bool pendingSpace = false;
            foreach (char c in value)
            {
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = builder.Length > 0;
                    continue;
                }

                if (pendingSpace)
                {
                    builder.Append(' ');
                    pendingSpace = false;
                }

                builder.Append(c);
            }

            return builder.ToString();
        }
    }
}
