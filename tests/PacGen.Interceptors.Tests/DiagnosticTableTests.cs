using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PacGen.Generator.Pipeline;
using PacGen.Svd;
using PacGen.Svd.Diagnostics;
using PacGen.TestSupport;
using Xunit;

namespace PacGen.Interceptors.Tests
{
    /// <summary>
    /// Diagnostics as data: every PACGEN id is a static descriptor of the assembly that reports it, listed in that
    /// assembly's AnalyzerReleases files and in docs/diagnostics.md with the same severity, and nothing is listed
    /// that no descriptor declares. The generator's copies of the front end's table equal PacGen.Svd's.
    /// </summary>
    public sealed class DiagnosticTableTests
    {
        private static readonly Assembly s_generator = typeof(PacGenGenerator).Assembly;
        private static readonly Assembly s_interceptors = typeof(InterceptorGenerator).Assembly;

        [Theory]
        [InlineData("PacGen.Generator")]
        [InlineData("PacGen.Interceptors")]
        public void ReleaseFilesListExactlyTheAssemblysDescriptors(string project)
        {
            Dictionary<string, DiagnosticDescriptor> descriptors = Descriptors(project == "PacGen.Generator" ? s_generator : s_interceptors);
            Dictionary<string, (string Category, string Severity)> released = ReleaseRows(project);

            Assert.Equal(descriptors.Keys.OrderBy(id => id, StringComparer.Ordinal), released.Keys.OrderBy(id => id, StringComparer.Ordinal));
            foreach (DiagnosticDescriptor descriptor in descriptors.Values)
            {
                Assert.Equal((descriptor.Category, descriptor.DefaultSeverity.ToString()), released[descriptor.Id]);
            }
        }

        [Fact]
        public void DocsTableListsExactlyTheDescriptors()
        {
            var all = Descriptors(s_generator).Values.Concat(Descriptors(s_interceptors).Values).ToDictionary(d => d.Id, StringComparer.Ordinal);
            var documented = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (string line in File.ReadAllLines(Path.Combine(RepoPaths.Root, "docs", "diagnostics.md")))
            {
                Match row = Regex.Match(line, @"^\| (PACGEN\d{3}) \| (error|warning|info) \|");
                if (row.Success)
                {
                    // An id may appear in two tables (PACGEN207 also in the guard table), never with two severities.
                    Assert.True(!documented.TryGetValue(row.Groups[1].Value, out string? seen) || seen == row.Groups[2].Value, line);
                    documented[row.Groups[1].Value] = row.Groups[2].Value;
                }
            }

            Assert.Equal(all.Keys.OrderBy(id => id, StringComparer.Ordinal), documented.Keys.OrderBy(id => id, StringComparer.Ordinal));
            foreach (DiagnosticDescriptor descriptor in all.Values)
            {
                Assert.True(
                    string.Equals(descriptor.DefaultSeverity.ToString(), documented[descriptor.Id], StringComparison.OrdinalIgnoreCase),
                    descriptor.Id + ": " + descriptor.DefaultSeverity + " in code, " + documented[descriptor.Id] + " in docs/diagnostics.md");
            }
        }

        [Fact]
        public void GeneratorDescriptorsOfTheFrontEndEqualItsTable()
        {
            Dictionary<string, DiagnosticDescriptor> generator = Descriptors(s_generator);
            List<SvdDiagnosticDescriptor> frontEnd = FrontEndTable();
            foreach (SvdDiagnosticDescriptor svd in frontEnd)
            {
                Assert.True(generator.TryGetValue(svd.Id, out DiagnosticDescriptor? roslyn), svd.Id + " has no generator descriptor");
                Assert.Equal(svd.Title, roslyn!.Title.ToString());
                Assert.Equal(svd.MessageFormat, roslyn.MessageFormat.ToString());
                Assert.Equal(svd.Category, roslyn.Category);
                Assert.Equal(svd.Severity.ToString(), roslyn.DefaultSeverity.ToString());
            }

            var frontEndIds = frontEnd.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
            Assert.All(
                generator.Keys.Where(id => !id.StartsWith("PACGEN1", StringComparison.Ordinal)),
                id => Assert.Contains(id, frontEndIds));
        }

        [Fact]
        public void FrontEndDiagnosticKeepsItsArguments()
        {
            SvdDiagnostic diagnostic = SvdReader.Read("<device><name>D</name><peripherals><peripheral><name>P</name></peripheral></peripherals></device>")
                .Diagnostics.First(d => d.Id == SvdDiagnosticDescriptors.MissingElement.Id);

            Assert.Equal(new[] { "peripheral", "P", "baseAddress" }, diagnostic.Arguments.ToArray());
            Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, SvdDiagnosticDescriptors.MissingElement.MessageFormat, diagnostic.Arguments.ToArray()), diagnostic.Message);
        }

        [Fact]
        public void GeneratorReportsFrontEndDiagnosticThroughItsStaticDescriptor()
        {
            const string path = "/src/bad.svd";
            var svd = new InMemoryText(path, "<device><name>D</name><peripherals><peripheral><name>P</name></peripheral></peripherals></device>");
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new ISourceGenerator[] { new PacGenGenerator().AsSourceGenerator() },
                new AdditionalText[] { svd },
                CompilationHarness.ParseOptions(interceptorsEnabled: false),
                new NamespaceMetadata(svd, "Bad"));
            driver.RunGeneratorsAndUpdateCompilation(
                CompilationHarness.Compile("namespace App { }", interceptorsEnabled: false), out _, out var diagnostics);

            Diagnostic missing = diagnostics.Single(d => d.Id == SvdDiagnosticDescriptors.MissingElement.Id);
            Assert.Equal(SvdDiagnosticDescriptors.MissingElement.MessageFormat, missing.Descriptor.MessageFormat.ToString());
            Assert.Equal(SvdDiagnosticDescriptors.MissingElement.Title, missing.Descriptor.Title.ToString());
            Assert.Equal("<peripheral> 'P' has no <baseAddress>", missing.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(path, missing.Location.GetLineSpan().Path);
        }

        private static List<SvdDiagnosticDescriptor> FrontEndTable() =>
            new[] { typeof(SvdDiagnosticDescriptors), typeof(PatchDiagnosticDescriptors) }
                .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Static))
                .Where(field => field.FieldType == typeof(SvdDiagnosticDescriptor))
                .Select(field => (SvdDiagnosticDescriptor)field.GetValue(null)!)
                .ToList();

        /// <summary>Every static descriptor field of the assembly, public or not, so no descriptor escapes the check.</summary>
        private static Dictionary<string, DiagnosticDescriptor> Descriptors(Assembly assembly)
        {
            var result = new Dictionary<string, DiagnosticDescriptor>(StringComparer.Ordinal);
            foreach (Type type in assembly.GetTypes())
            {
                foreach (FieldInfo field in type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly))
                {
                    if (field.FieldType == typeof(DiagnosticDescriptor) && field.GetValue(null) is DiagnosticDescriptor descriptor)
                    {
                        Assert.False(result.TryGetValue(descriptor.Id, out DiagnosticDescriptor? other) && !ReferenceEquals(other, descriptor), descriptor.Id + " is declared twice");
                        result[descriptor.Id] = descriptor;
                    }
                }
            }

            return result;
        }

        private static Dictionary<string, (string Category, string Severity)> ReleaseRows(string project)
        {
            var rows = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
            foreach (string file in new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" })
            {
                foreach (string line in File.ReadAllLines(Path.Combine(RepoPaths.Root, "src", project, file)))
                {
                    Match row = Regex.Match(line, @"^(PACGEN\d{3}) \| ([^|]+?) \| ([^|]+?) \|");
                    if (row.Success)
                    {
                        rows.Add(row.Groups[1].Value, (row.Groups[2].Value, row.Groups[3].Value));
                    }
                }
            }

            return rows;
        }
    }
}
