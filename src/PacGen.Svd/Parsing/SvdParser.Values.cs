using System.Collections.Generic;
using System.Text;
using System.Xml.Linq;
using PacGen.Svd.Diagnostics;
using PacGen.Svd.Model;

namespace PacGen.Svd.Parsing
{
    /// <summary>The value readers of <see cref="SvdParser"/>: names, register properties, tokens, numbers and text.</summary>
    internal sealed partial class SvdParser
    {
        private void StartNamed(RawNamed raw, XElement element)
        {
            raw.Position = DiagnosticBag.PositionOf(element);
            raw.DerivedFrom = TrimmedOrNull(element.Attribute("derivedFrom")?.Value);
            XElement? name = element.Element(element.Name.Namespace + "name");
            if (name == null)
            {
                _diagnostics.Report(SvdDiagnosticDescriptors.MissingElement, element, element.Name.LocalName, "", "name");
            }
            else
            {
                raw.Name = Text(name);
            }
        }

        /// <summary>Elements common to every named dimable element: name, description, the dim group.</summary>
        private bool TryNamedCommon(RawNamed raw, XElement child)
        {
            switch (child.Name.LocalName)
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

        private static RawDim NewDim(XElement at) => new RawDim { Position = DiagnosticBag.PositionOf(at) };

        /// <summary>registerPropertiesGroup: size, access, protection, resetValue, resetMask.</summary>
        private bool TryProperty(XElement child, RawProperties props)
        {
            switch (child.Name.LocalName)
            {
                case "size": props.Size = Int(child); return true;
                case "access": props.Access = AccessOf(child); return true;
                case "protection": props.Protection = ProtectionOf(child); return true;
                case "resetValue": props.ResetValue = Number(child); return true;
                case "resetMask": props.ResetMask = Number(child); return true;
                default: return false;
            }
        }

        private Access? AccessOf(XElement child)
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

        private Protection? ProtectionOf(XElement child) => Token<Protection>(child, SvdTokens.TryParseProtection, SvdTokens.ProtectionExpected);

        private ModifiedWriteValues? ModifiedWriteValuesOf(XElement child) =>
            Token<ModifiedWriteValues>(child, SvdTokens.TryParseModifiedWriteValues, SvdTokens.ModifiedWriteValuesExpected);

        private ReadAction? ReadActionOf(XElement child) => Token<ReadAction>(child, SvdTokens.TryParseReadAction, SvdTokens.ReadActionExpected);

        private delegate bool TokenParser<T>(string text, out T value);

        /// <summary>
        /// A vocabulary token: the standard spelling, else a case-insensitive match of one (reported as
        /// non-standard, PACGEN017), else an invalid value (PACGEN007).
        /// </summary>
        private T? Token<T>(XElement child, TokenParser<T> parse, string expected)
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
                    _diagnostics.Report(SvdDiagnosticDescriptors.NonStandardValue, child, written, child.Name.LocalName, canonical);
                    return value;
                }
            }

            Invalid(child, expected);
            return null;
        }

        private bool Bool(XElement child)
        {
            if (SvdTokens.TryParseBoolean(child.Value, out bool value))
            {
                return value;
            }

            Invalid(child, SvdTokens.BooleanExpected);
            return false;
        }

        private ulong? Number(XElement child)
        {
            if (SvdNumber.TryParse(child.Value, out ulong value))
            {
                return value;
            }

            _diagnostics.Report(SvdDiagnosticDescriptors.MalformedNumber, child, child.Value.Trim(), child.Name.LocalName);
            return null;
        }

        private int? Int(XElement child)
        {
            ulong? value = Number(child);
            if (value == null)
            {
                return null;
            }

            if (value.Value > int.MaxValue)
            {
                _diagnostics.Report(SvdDiagnosticDescriptors.MalformedNumber, child, child.Value.Trim(), child.Name.LocalName);
                return null;
            }

            return (int)value.Value;
        }

        private void Invalid(XElement child, string expected) =>
            _diagnostics.Report(SvdDiagnosticDescriptors.InvalidValue, child, child.Value.Trim(), child.Name.LocalName, expected);

        private void Unknown(XElement child) =>
            _diagnostics.Report(SvdDiagnosticDescriptors.UnknownElement, child, child.Name.LocalName, child.Parent?.Name.LocalName ?? "");

        private static string Text(XElement element) => element.Value.Trim();

        private static string? TrimmedOrNull(string? text)
        {
            string? trimmed = text?.Trim();
            return string.IsNullOrEmpty(trimmed) ? null : trimmed;
        }

        /// <summary>Descriptions are wrapped and indented in vendor files: collapse whitespace runs to one space.</summary>
        private static string Description(XElement element)
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
