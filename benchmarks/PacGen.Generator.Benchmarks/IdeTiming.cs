using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PacGen.Generator.Pipeline;
using PacGen.Interceptors;
using PacGen.Testing;

namespace PacGen.Generator.Benchmarks
{
    /// <summary>
    /// `ide [svd] [--edits N] [--skip-in-compilation]`: the IDE's path through Roslyn per keystroke (issue 13). One long-lived
    /// <see cref="GeneratorDriver"/> and compilation per setup, as the IDE holds them; each edit changes one line of
    /// the user's Program.cs, runs the generators (PacGen and the interceptor, incrementally), and asks for what the
    /// editor shows: the semantic diagnostics of the edited file and the completion list at the edit (every symbol in
    /// scope, and the members of the chip's GPIO register). Setups, same user code apart from the chip:
    /// no chip; the chip generated into the compilation (PacGenApiAssembly=false); the chip as the API assembly the
    /// package compiles once (a metadata reference, the SVD given with PacGenOutput=Diagnostics). Median time per edit.
    /// </summary>
    internal static class IdeTiming
    {
        private const string SvdPath = "/project/chip.svd";

        public static int Run(IReadOnlyList<string> args)
        {
            string svdPath = args.Count > 0 && !args[0].StartsWith("--", StringComparison.Ordinal)
                ? RepoFiles.Resolve(args[0])
                : BenchmarkSvds.PathOf(BenchmarkSvds.Largest().Single());
            int edits = 20;
            int editsAt = args.ToList().IndexOf("--edits");
            if (editsAt >= 0 && (editsAt + 1 >= args.Count || !int.TryParse(args[editsAt + 1], NumberStyles.None, CultureInfo.InvariantCulture, out edits) || edits < 1))
            {
                Console.Error.WriteLine("--edits needs a positive count");
                return 2;
            }

            string svd = File.ReadAllText(svdPath);
            Console.WriteLine(Invariant($"SVD: {svdPath} ({new FileInfo(svdPath).Length / 1e6:0.00} MB); {edits} edits per setup after 3 warm-up edits"));

            var clock = Stopwatch.StartNew();
            MetadataReference api = CompileApi(svd);
            Console.WriteLine(Invariant($"API assembly compiled once (not per edit): {clock.Elapsed.TotalSeconds:0.0} s"));

            var results = new List<(string Name, double Median, double Min)>
            {
                Measure("no chip", new Setup(Plain: true, Svd: null, Output: null, Api: null), edits),
                Measure("chip as the API assembly", new Setup(Plain: false, Svd: svd, Output: "Diagnostics", Api: api), edits),
                Measure("chip as the API assembly, no generators", new Setup(Plain: false, Svd: null, Output: null, Api: api), edits),
            };
            if (!args.Contains("--skip-in-compilation"))
            {
                results.Insert(1, Measure("chip in the compilation", new Setup(Plain: false, Svd: svd, Output: null, Api: null), edits));
            }

            double baseline = results[0].Median;
            Console.WriteLine();
            Console.WriteLine("| setup | median ms / edit | min ms | × no chip |");
            Console.WriteLine("|---|---:|---:|---:|");
            foreach ((string name, double median, double min) in results)
            {
                Console.WriteLine(Invariant($"| {name} | {median:0.0} | {min:0.0} | {median / baseline:0.00}× |"));
            }

            return 0;
        }

        private sealed record Setup(bool Plain, string? Svd, string? Output, MetadataReference? Api);

        private static (string, double, double) Measure(string name, Setup setup, int edits)
        {
            CSharpParseOptions parse = PacGenTestRunner.ParseOptions
                .WithFeatures(new[] { new KeyValuePair<string, string>("InterceptorsNamespaces", "PacGen.Generated") });
            var references = new List<MetadataReference>(CompilationReferences.All);
            if (setup.Api != null)
            {
                references.Add(setup.Api);
            }

            SyntaxTree program = CSharpSyntaxTree.ParseText(ProgramText(setup.Plain, 0), parse, "/project/Program.cs");
            SyntaxTree driverFile = CSharpSyntaxTree.ParseText(setup.Plain ? PlainDriver : ChipDriver, parse, "/project/Driver.cs");
            Compilation compilation = CSharpCompilation.Create("App", new[] { program, driverFile }, references, PacGenTestRunner.CompilationOptions);

            GeneratorDriver driver = CSharpGeneratorDriver.Create(Array.Empty<ISourceGenerator>(), parseOptions: parse);
            if (setup.Svd != null)
            {
                var options = new ItemMetadataOptionsProvider().With(SvdPath, "Namespace", "Chip").With(SvdPath, "PacGenOutput", setup.Output);
                driver = CSharpGeneratorDriver.Create(
                    new[] { new PacGenGenerator().AsSourceGenerator(), new InterceptorGenerator().AsSourceGenerator() },
                    new AdditionalText[] { new InMemoryAdditionalText(SvdPath, setup.Svd) },
                    parse,
                    options);
            }

            // The project as the IDE first loads it (not timed), then warm-up edits, then the measured ones.
            driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out _, out _);
            var times = new List<double>();
            var generatorTimes = new List<double>();
            for (int i = 1; i <= edits + 3; i++)
            {
                var clock = Stopwatch.StartNew();
                double generatorsAt;
                SyntaxTree edited = CSharpSyntaxTree.ParseText(ProgramText(setup.Plain, i), parse, program.FilePath);
                compilation = compilation.ReplaceSyntaxTree(program, edited);
                program = edited;
                driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation withGenerated, out _);
                generatorsAt = clock.Elapsed.TotalMilliseconds;
                SemanticModel model = withGenerated.GetSemanticModel(edited);
                int errors = model.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
                int position = edited.GetText().ToString().IndexOf("/*caret*/", StringComparison.Ordinal);
                int inScope = model.LookupSymbols(position).Length;
                int members = setup.Plain ? 0 : GpioMembers(withGenerated, model, position);
                clock.Stop();
                if (errors != 0 || inScope == 0 || (!setup.Plain && members == 0))
                {
                    throw new InvalidOperationException(name + ": the edited file did not bind (" + errors + " errors, " + inScope + " symbols, " + members + " members)");
                }

                if (i > 3)
                {
                    times.Add(clock.Elapsed.TotalMilliseconds);
                    generatorTimes.Add(generatorsAt);
                }
            }

            times.Sort();
            double median = times.Count % 2 == 1 ? times[times.Count / 2] : (times[times.Count / 2 - 1] + times[times.Count / 2]) / 2;
            generatorTimes.Sort();
            Console.WriteLine(Invariant($"{name}: median {median:0.0} ms, min {times[0]:0.0} ms, max {times[^1]:0.0} ms per edit; generators: median {generatorTimes[generatorTimes.Count / 2]:0.0} ms"));
            return (name, median, times[0]);
        }

        /// <summary>Completion after <c>Gpioa.Instance.Moder.</c>: the members of the register's type.</summary>
        private static int GpioMembers(Compilation compilation, SemanticModel model, int position)
        {
            INamedTypeSymbol? gpio = compilation.GetTypeByMetadataName("Chip.Gpioa");
            ITypeSymbol? moder = gpio?.GetMembers("Moder").OfType<IPropertySymbol>().FirstOrDefault()?.Type;
            return moder == null ? 0 : model.LookupSymbols(position, moder).Length;
        }

        /// <summary>The API assembly, compiled once as the package's targets do (PacGenOutput=Api).</summary>
        private static MetadataReference CompileApi(string svd)
        {
            CSharpCompilation input = CSharpCompilation.Create(
                "App.PacGen.chip", Array.Empty<SyntaxTree>(), CompilationReferences.All, PacGenTestRunner.CompilationOptions);
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new[] { new PacGenGenerator().AsSourceGenerator() },
                new AdditionalText[] { new InMemoryAdditionalText(SvdPath, svd) },
                PacGenTestRunner.ParseOptions,
                new ItemMetadataOptionsProvider().With(SvdPath, "Namespace", "Chip").With(SvdPath, "PacGenOutput", "Api"));
            driver.RunGeneratorsAndUpdateCompilation(input, out Compilation output, out ImmutableArray<Diagnostic> _);
            using var image = new MemoryStream();
            Microsoft.CodeAnalysis.Emit.EmitResult result = output.Emit(image);
            if (!result.Success)
            {
                throw new InvalidOperationException("The API did not compile: " + string.Join("; ", result.Diagnostics.Take(5)));
            }

            return MetadataReference.CreateFromImage(image.ToArray());
        }

        private static string ProgramText(bool plain, int edit) =>
            (plain ? "" : "using Chip;\n") +
            "public static class Program\n{\n    public static void Main()\n    {\n" +
            "        System.Console.WriteLine(\"edit " + edit.ToString(CultureInfo.InvariantCulture) + "\");\n" +
            "        Driver.Blink();\n        /*caret*/\n    }\n}\n";

        private const string PlainDriver = "public static class Driver { public static void Blink() { System.Console.WriteLine(1); } }\n";

        private const string ChipDriver = """
            using Chip;
            public static class Driver
            {
                public static void Blink()
                {
                    Gpioa.Instance.Moder.Modify((r, w) => w.Mode3(0b01));
                    Gpioa.Instance.Odr.Modify((r, w) => w.Od3(!r.Od3));
                    Gpioa.Instance.Bsrr.Write(w => w.Bs3(true));
                }
            }
            """;

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
