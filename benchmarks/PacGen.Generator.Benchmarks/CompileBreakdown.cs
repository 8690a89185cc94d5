using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PacGen.Testing;

namespace PacGen.Generator.Benchmarks
{
    /// <summary>
    /// `compile … --breakdown`: where a compile of the generated code spends its time, on a fresh compilation of
    /// already parsed trees: declarations (symbols and their diagnostics), method bodies file by file (the ten
    /// slowest files are listed), then emit, which lowers and writes IL again. Sequential, so the parts add up.
    /// </summary>
    internal static class CompileBreakdown
    {
        public static void Print(SyntaxTree[] trees)
        {
            CSharpCompilation compilation = CSharpCompilation.Create(
                "PacGen.Generated", trees, CompilationReferences.All, PacGenTestRunner.CompilationOptions.WithConcurrentBuild(false));

            var clock = Stopwatch.StartNew();
            compilation.GetDeclarationDiagnostics();
            double declarations = clock.Elapsed.TotalSeconds;

            var perFile = new List<(string File, double Seconds, int Lines)>();
            foreach (SyntaxTree tree in trees)
            {
                clock.Restart();
                compilation.GetSemanticModel(tree).GetMethodBodyDiagnostics();
                perFile.Add((Path.GetFileName(tree.FilePath), clock.Elapsed.TotalSeconds, tree.GetText().Lines.Count));
            }

            clock.Restart();
            using (var dll = new MemoryStream())
            {
                compilation.Emit(dll);
            }

            double emit = clock.Elapsed.TotalSeconds;
            Console.WriteLine(Invariant($"breakdown (one thread): declarations {declarations:0.000} s, method bodies {perFile.Sum(f => f.Seconds):0.000} s, emit {emit:0.000} s"));
            foreach ((string file, double seconds, int lines) in perFile.OrderByDescending(f => f.Seconds).ThenBy(f => f.File, StringComparer.Ordinal).Take(10))
            {
                Console.WriteLine(Invariant($"  method bodies of {file}: {seconds:0.000} s ({lines} lines)"));
            }
        }

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
