using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using PacGen.Testing;

namespace PacGen.Generator.Benchmarks
{
    /// <summary>
    /// Compiles the generated sources of one SVD the way a build of a PAC project does: parse every file, bind,
    /// and emit the DLL (to memory). Same parse and compilation options as the generator tests (doc comments checked).
    /// </summary>
    internal static class GeneratedCompiler
    {
        /// <summary>The generated sources of <paramref name="svdPath"/>; throws when the generator reports an error.</summary>
        public static IReadOnlyList<KeyValuePair<string, string>> Generate(string svdPath)
        {
            PacGenRunResult run = PacGenTestRunner.Run(File.ReadAllText(svdPath), svdPath, compile: false);
            Diagnostic[] errors = run.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
            if (errors.Length > 0 || run.Sources.Count == 0)
            {
                throw new InvalidOperationException("The generator failed on " + svdPath + ": " + string.Join("; ", errors.Select(e => e.ToString())));
            }

            return run.Sources;
        }

        /// <summary>
        /// Parses every generated file, as the generator driver does before the compiler sees it. Doc comments are
        /// checked by default (<see cref="DocumentationMode.Diagnose"/>, as with GenerateDocumentationFile and in the
        /// generator tests); a project without a documentation file compiles with <see cref="DocumentationMode.None"/>.
        /// </summary>
        public static SyntaxTree[] Parse(IReadOnlyList<KeyValuePair<string, string>> sources, DocumentationMode documentation = DocumentationMode.Diagnose)
        {
            CSharpParseOptions options = PacGenTestRunner.ParseOptions.WithDocumentationMode(documentation);
            var trees = new SyntaxTree[sources.Count];
            for (int i = 0; i < trees.Length; i++)
            {
                trees[i] = CSharpSyntaxTree.ParseText(sources[i].Value, options, sources[i].Key);
            }

            return trees;
        }

        /// <summary>Binds, lowers and emits the DLL to memory; returns its size in bytes (0 when it fails) and the error and warning count.</summary>
        public static (long DllBytes, int Errors, int Warnings) Emit(SyntaxTree[] trees)
        {
            CSharpCompilation compilation = CSharpCompilation.Create(
                "PacGen.Generated", trees, CompilationReferences.All, PacGenTestRunner.CompilationOptions);
            using var dll = new MemoryStream();
            EmitResult result = compilation.Emit(dll);
            int errors = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
            int warnings = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
            return (result.Success ? dll.Length : 0, errors, warnings);
        }
    }
}
