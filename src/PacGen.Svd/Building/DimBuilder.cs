using System.Collections.Generic;
using System.Globalization;
using PacGen.Svd.Diagnostics;
using PacGen.Svd.Model;
using PacGen.Svd.Parsing;

namespace PacGen.Svd.Building
{
    /// <summary>Turns a written dim group into a <see cref="DimInfo"/>, checking it against the name's placeholder.</summary>
    internal sealed class DimBuilder
    {
        /// <summary>The largest dim accepted (real files go up to 1584); a bound, so a typo cannot allocate gigabytes.</summary>
        public const int MaxElements = 65536;

        /// <summary>
        /// The most dim elements one device may declare in all (the corpus peaks at 5871, ESP32-S3). Every element
        /// becomes generated members, so without a device-wide bound a few hundred bytes of SVD (nested or repeated
        /// dims) would ask the compiler for gigabytes of C#.
        /// </summary>
        public const int MaxElementsPerDevice = 32768;

        private readonly DiagnosticBag _diagnostics;

        // Dim groups already counted against the device budget: derived elements share their source's group
        // (shallow copies), and a derived peripheral's children are built again for it; neither adds code.
        // The value says whether the group fit (a refused group is reported once, not once per copy).
        private readonly Dictionary<RawDim, bool> _counted = new Dictionary<RawDim, bool>();
        private int _elements;

        public DimBuilder(DiagnosticBag diagnostics) => _diagnostics = diagnostics;

        /// <summary>Null for a plain element, and for a dim group too broken to expand (reported).</summary>
        public DimInfo? Build(RawNamed element)
        {
            bool hasPlaceholder = element.Name.Contains("%s");
            RawDim? dim = element.Dim;
            if (dim == null)
            {
                if (hasPlaceholder)
                {
                    _diagnostics.Report(SvdDiagnosticDescriptors.DimPlaceholderMismatch, element.Position, element.Name, "has a %s placeholder but no <dim>");
                }

                return null;
            }

            if (dim.Count == null)
            {
                _diagnostics.Report(SvdDiagnosticDescriptors.MissingElement, dim.Position, "dimElementGroup", element.Name, "dim");
                return null;
            }

            if (dim.Increment == null)
            {
                _diagnostics.Report(SvdDiagnosticDescriptors.DimWithoutIncrement, dim.Position, element.Name);
                return null;
            }

            if (!hasPlaceholder)
            {
                _diagnostics.Report(SvdDiagnosticDescriptors.DimPlaceholderMismatch, element.Position, element.Name, "has <dim> but no %s placeholder in its name");
                return null;
            }

            int count = dim.Count.Value;
            if (count < 1)
            {
                // Zero elements would silently generate nothing for a written element.
                _diagnostics.Report(SvdDiagnosticDescriptors.InvalidValue, dim.Position, count.ToString(CultureInfo.InvariantCulture), "dim", "a count of at least 1");
                return null;
            }

            if (count > MaxElements)
            {
                _diagnostics.Report(SvdDiagnosticDescriptors.LimitExceeded, dim.Position, element.Name, "dim " + count, MaxElements);
                return null;
            }

            string[] indices;
            if (dim.Index == null)
            {
                indices = Sequence(0, count);
            }
            else
            {
                string[]? parsed = ParseIndex(dim.Index);
                if (parsed == null)
                {
                    _diagnostics.Report(SvdDiagnosticDescriptors.MalformedDimIndex, dim.Position, dim.Index, element.Name);
                    return null;
                }

                if (parsed.Length != count)
                {
                    _diagnostics.Report(SvdDiagnosticDescriptors.DimIndexCountMismatch, dim.Position, element.Name, count, dim.Index, parsed.Length);
                    return null;
                }

                indices = parsed;
            }

            if (_counted.TryGetValue(dim, out bool fits))
            {
                if (!fits)
                {
                    return null;
                }
            }
            else
            {
                fits = _elements + count <= MaxElementsPerDevice;
                _counted.Add(dim, fits);
                if (!fits)
                {
                    _diagnostics.Report(SvdDiagnosticDescriptors.LimitExceeded, dim.Position, element.Name,
                        "dim " + count.ToString(CultureInfo.InvariantCulture) + " on top of the device's " + _elements.ToString(CultureInfo.InvariantCulture) + " dim elements",
                        MaxElementsPerDevice);
                    return null;
                }

                _elements += count;
            }

            return new DimInfo(count, dim.Increment.Value, new EquatableArray<string>(indices), element.Name, element.Name.Contains("[%s]"), dim.DimName);
        }

        /// <summary>dimIndex: <c>A,B,C</c> (any words), <c>0-7</c> (a number range) or <c>A-D</c> (a letter range).</summary>
        internal static string[]? ParseIndex(string text)
        {
            string trimmed = text.Trim();
            if (trimmed.Length == 0)
            {
                return null;
            }

            if (trimmed.IndexOf(',') >= 0)
            {
                string[] parts = trimmed.Split(',');
                for (int i = 0; i < parts.Length; i++)
                {
                    parts[i] = parts[i].Trim();
                    if (parts[i].Length == 0)
                    {
                        return null;
                    }
                }

                return parts;
            }

            int dash = trimmed.IndexOf('-');
            if (dash < 0)
            {
                return new[] { trimmed };
            }

            string first = trimmed.Substring(0, dash).Trim();
            string last = trimmed.Substring(dash + 1).Trim();
            if (int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out int from)
                && int.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out int to))
            {
                return to >= from && to - from < MaxElements ? Sequence(from, to - from + 1) : null;
            }

            if (first.Length == 1 && last.Length == 1 && char.IsLetter(first[0]) && char.IsLetter(last[0]) && last[0] >= first[0])
            {
                var letters = new string[last[0] - first[0] + 1];
                for (int i = 0; i < letters.Length; i++)
                {
                    letters[i] = ((char)(first[0] + i)).ToString();
                }

                return letters;
            }

            return null;
        }

        private static string[] Sequence(int from, int count)
        {
            var result = new string[count < 0 ? 0 : count];
            for (int i = 0; i < result.Length; i++)
            {
                result[i] = (from + i).ToString(CultureInfo.InvariantCulture);
            }

            return result;
        }
    }
}
