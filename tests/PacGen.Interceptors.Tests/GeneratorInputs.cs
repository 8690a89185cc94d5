using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace PacGen.Interceptors.Tests
{
    /// <summary>An AdditionalFiles item held in memory (an SVD the test writes inline).</summary>
    internal sealed class InMemoryText : AdditionalText
    {
        private readonly string _text;

        public InMemoryText(string path, string text)
        {
            Path = path;
            _text = text;
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(_text);
    }

    /// <summary>Gives one SVD the Namespace item metadata, as MSBuild does through CompilerVisibleItemMetadata.</summary>
    internal sealed class NamespaceMetadata : AnalyzerConfigOptionsProvider
    {
        private readonly AdditionalText _svd;
        private readonly AnalyzerConfigOptions _svdOptions;

        public NamespaceMetadata(AdditionalText svd, string ns)
        {
            _svd = svd;
            _svdOptions = new Options(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.Namespace"] = ns });
        }

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => ReferenceEquals(textFile, _svd) ? _svdOptions : GlobalOptions;

        private sealed class Options : AnalyzerConfigOptions
        {
            private readonly Dictionary<string, string> _values;

            public Options(Dictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
                _values.TryGetValue(key, out value);
        }
    }
}
