using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PacGen.Testing
{
    /// <summary>
    /// Supplies the per-AdditionalFile metadata MSBuild would pass (<c>build_metadata.AdditionalFiles.Namespace</c>,
    /// <c>…NameStyle</c>) from a path → key → value map.
    /// </summary>
    public sealed class ItemMetadataOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private static readonly DictionaryOptions s_empty = new DictionaryOptions(new Dictionary<string, string>());
        private readonly Dictionary<string, DictionaryOptions> _byPath = new Dictionary<string, DictionaryOptions>(StringComparer.Ordinal);
        private readonly DictionaryOptions _global = new DictionaryOptions(new Dictionary<string, string>(StringComparer.Ordinal));

        public override AnalyzerConfigOptions GlobalOptions => _global;

        /// <summary>Sets a build property the compiler sees (<c>build_property.<paramref name="name"/></c>), as MSBuild's global .editorconfig does.</summary>
        public ItemMetadataOptionsProvider WithProperty(string name, string? value)
        {
            if (value is not null)
            {
                _global.Values["build_property." + name] = value;
            }

            return this;
        }

        /// <summary>Sets the AdditionalFiles item metadata of <paramref name="path"/> (e.g. <c>Namespace</c>).</summary>
        public ItemMetadataOptionsProvider With(string path, string metadataName, string? value)
        {
            if (!_byPath.TryGetValue(path, out DictionaryOptions? options))
            {
                options = new DictionaryOptions(new Dictionary<string, string>(StringComparer.Ordinal));
                _byPath.Add(path, options);
            }

            if (value is not null)
            {
                options.Values["build_metadata.AdditionalFiles." + metadataName] = value;
            }

            return this;
        }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => s_empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            _byPath.TryGetValue(textFile.Path, out DictionaryOptions? options) ? options : s_empty;

        private sealed class DictionaryOptions : AnalyzerConfigOptions
        {
            public DictionaryOptions(Dictionary<string, string> values) => Values = values;

            public Dictionary<string, string> Values { get; }

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => Values.TryGetValue(key, out value);
        }
    }
}
