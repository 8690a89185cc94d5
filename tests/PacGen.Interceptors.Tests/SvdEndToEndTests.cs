using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PacGen.Generator.Pipeline;

namespace PacGen.Interceptors.Tests
{
    /// <summary>
    /// The real thing: an SVD in the project, PacGen's generator and the interceptor generator side by side (as the
    /// package loads them), the program calling the generated API. The interceptor never sees PacGen's output in
    /// its own compilation, so this proves the in-process binding (GeneratedApi) and the Modify start taken from
    /// the generated W.FromRead (write-1-to-clear bits masked).
    /// </summary>
    public sealed class SvdEndToEndTests
    {
        // CTRL: MODE [1:0] (2 bits, enumerated), EN [4]; FLAGS [8] is write-1-to-clear, reset 0x11.
        internal const string Svd = """
            <?xml version="1.0" encoding="utf-8"?>
            <device schemaVersion="1.3">
              <name>TINY</name>
              <width>32</width>
              <size>32</size>
              <access>read-write</access>
              <resetValue>0</resetValue>
              <resetMask>0xFFFFFFFF</resetMask>
              <peripherals>
                <peripheral>
                  <name>UNIT</name>
                  <baseAddress>0x40000000</baseAddress>
                  <addressBlock><offset>0</offset><size>0x100</size><usage>registers</usage></addressBlock>
                  <registers>
                    <register>
                      <name>CTRL</name>
                      <addressOffset>0x4</addressOffset>
                      <resetValue>0x11</resetValue>
                      <fields>
                        <field>
                          <name>MODE</name><bitOffset>0</bitOffset><bitWidth>2</bitWidth>
                          <enumeratedValues>
                            <enumeratedValue><name>OFF</name><value>0</value></enumeratedValue>
                            <enumeratedValue><name>SLOW</name><value>1</value></enumeratedValue>
                            <enumeratedValue><name>FAST</name><value>2</value></enumeratedValue>
                          </enumeratedValues>
                        </field>
                        <field><name>EN</name><bitOffset>4</bitOffset><bitWidth>1</bitWidth></field>
                        <field><name>DIV</name><bitOffset>5</bitOffset><bitWidth>2</bitWidth></field>
                        <field><name>FLAG</name><bitOffset>8</bitOffset><bitWidth>1</bitWidth><modifiedWriteValues>oneToClear</modifiedWriteValues></field>
                      </fields>
                    </register>
                  </registers>
                </peripheral>
              </peripherals>
            </device>
            """;

        internal const string Program = """
            using Tiny;

            namespace App
            {
                public static class Program
                {
                    public static unsafe uint[] Run(nuint memory)
                    {
                        var unit = new Unit(memory);
                        var seen = new System.Collections.Generic.List<uint>();
                        unit.Ctrl.Write(w => w.Mode(Unit.Mode.Fast).En(true));
                        seen.Add(unit.Ctrl.Read().Bits);
                        unit.Ctrl.WriteWithZero(w => w.Div(3));
                        seen.Add(unit.Ctrl.Read().Bits);
                        unit.Ctrl.Write(true, static (w, on) => w.En(on));
                        seen.Add(unit.Ctrl.Read().Bits);
                        // FLAG (write-1-to-clear) reads as 1 here; Modify must not write it back.
                        System.Runtime.CompilerServices.Unsafe.WriteUnaligned((void*)(memory + 4), 0x1FFu);
                        unit.Ctrl.Modify((r, w) => w.Mode(Unit.Mode.Slow));
                        seen.Add(unit.Ctrl.Read().Bits);
                        return seen.ToArray();
                    }
                }
            }
            """;

        [Fact]
        public void FoldsCallsOnTheApiGeneratedFromAnSvdOfTheSameProject()
        {
            (Compilation output, ImmutableArray<Diagnostic> diagnostics, string interceptors) = Run(interceptorsEnabled: true);

            CompilationHarness.AssertNoErrors(diagnostics);
            Assert.Equal(4, interceptors.Split("InterceptsLocation(1, ").Length - 1);
            Assert.Contains(".Mode((global::Tiny.Unit.Mode)(2)).En((bool)(true))", interceptors, StringComparison.Ordinal);
            Assert.Contains("global::Tiny.Unit.CtrlRegister.W.FromRead(r)", interceptors, StringComparison.Ordinal);
            Assert.NotNull(output);
        }

        [Fact]
        public unsafe void FoldedCallsStoreWhatTheDelegatesStore()
        {
            uint[] Execute(bool interceptorsEnabled) => RunProgram(Program, Svd, interceptorsEnabled);

            uint[] folded = Execute(interceptorsEnabled: true);

            Assert.Equal(Execute(interceptorsEnabled: false), folded);
            // Last: 0x1FF read, FLAG (bit 8) masked out, MODE = SLOW.
            Assert.Equal(new uint[] { 0x12, 0x60, 0x11, 0xFD }, folded);
        }

        [Fact]
        public void An_unrelated_edit_reruns_nothing_expensive_and_emits_nothing_again()
        {
            CSharpCompilation input = CompilationHarness.Compile(Program, interceptorsEnabled: true, "namespace App { class Other { } }");
            var svd = new InMemoryText("/src/tiny.svd", Svd);
            GeneratorDriver driver = TrackedInterceptorDriver(svd).RunGenerators(input);

            SyntaxTree other = input.SyntaxTrees.Single(tree => tree.FilePath == "/src/Extra0.cs");
            CSharpCompilation edited = input.ReplaceSyntaxTree(
                other, CSharpSyntaxTree.ParseText("namespace App { class Other { int _x; } }", (CSharpParseOptions)other.Options, other.FilePath));
            GeneratorRunResult rerun = driver.RunGenerators(edited).GetRunResult().Results.Single();

            // The in-process PacGen run is not repeated at all; the binding steps run but find the same sites.
            Assert.All(
                rerun.TrackedSteps[InterceptorTrackingNames.GeneratedApi].SelectMany(step => step.Outputs),
                output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
            foreach (string step in new[] { InterceptorTrackingNames.Enabled, InterceptorTrackingNames.DirectSites, InterceptorTrackingNames.ApiSites })
            {
                Assert.All(
                    rerun.TrackedSteps[step].SelectMany(run => run.Outputs),
                    output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, step + ": " + output.Reason));
            }

            Assert.All(
                rerun.TrackedOutputSteps.SelectMany(pair => pair.Value).SelectMany(step => step.Outputs),
                output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "source output: " + output.Reason));
            Assert.Equal(4, rerun.GeneratedSources.Single().SourceText.ToString().Split("InterceptsLocation(1, ").Length - 1);
        }

        [Fact]
        public void Editing_one_of_two_svds_regenerates_only_that_svds_api()
        {
            CSharpCompilation input = CompilationHarness.Compile(Program, interceptorsEnabled: true);
            var tiny = new InMemoryText("/src/tiny.svd", Svd);
            var other = new InMemoryText("/src/other.svd", Svd.Replace("<name>TINY</name>", "<name>OTHER</name>"));
            GeneratorDriver driver = TrackedInterceptorDriver(tiny, other).RunGenerators(input);

            driver = driver.ReplaceAdditionalText(other, new InMemoryText("/src/other.svd", Svd.Replace("<name>TINY</name>", "<name>OTHER2</name>")));
            GeneratorRunResult rerun = driver.RunGenerators(input).GetRunResult().Results.Single();

            List<IncrementalStepRunReason> reasons = rerun.TrackedSteps[InterceptorTrackingNames.GeneratedApi]
                .SelectMany(step => step.Outputs).Select(output => output.Reason).ToList();
            Assert.Equal(2, reasons.Count);
            Assert.Equal(1, reasons.Count(reason => reason == IncrementalStepRunReason.Cached));
            Assert.Equal(1, reasons.Count(reason => reason == IncrementalStepRunReason.Modified));
            Assert.Equal(4, rerun.GeneratedSources.Single().SourceText.ToString().Split("InterceptsLocation(1, ").Length - 1);
        }

        /// <summary>The interceptor generator alone, step tracking on; the first SVD gets Namespace=Tiny.</summary>
        private static GeneratorDriver TrackedInterceptorDriver(params AdditionalText[] svds) =>
            CSharpGeneratorDriver.Create(
                new ISourceGenerator[] { new InterceptorGenerator().AsSourceGenerator() },
                svds,
                CompilationHarness.ParseOptions(interceptorsEnabled: true),
                new NamespaceMetadata(svds[0], "Tiny"),
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

        private static (Compilation Output, ImmutableArray<Diagnostic> Diagnostics, string Interceptors) Run(bool interceptorsEnabled) =>
            Run(Program, Svd, interceptorsEnabled);

        /// <summary>
        /// Compiles <paramref name="program"/> with <paramref name="svdText"/> and calls <c>App.Program.Run(memory, args…)</c>
        /// over 0x100 zeroed bytes, returning the words it recorded.
        /// </summary>
        internal static unsafe uint[] RunProgram(string program, string svdText, bool interceptorsEnabled, params object[] args)
        {
            (Compilation output, ImmutableArray<Diagnostic> diagnostics, _) = Run(program, svdText, interceptorsEnabled);
            CompilationHarness.AssertNoErrors(diagnostics);
            Type type = CompilationHarness.Load(output, "App.Program");
            void* memory = NativeMemory.AllocZeroed(0x100);
            try
            {
                var arguments = new object[args.Length + 1];
                arguments[0] = (nuint)memory;
                args.CopyTo(arguments, 1);
                return (uint[])type.GetMethod("Run")!.Invoke(null, arguments)!;
            }
            finally
            {
                NativeMemory.Free(memory);
            }
        }

        /// <summary>Both generators over <paramref name="program"/> with <paramref name="svdText"/> in the project (namespace Tiny).</summary>
        internal static (Compilation Output, ImmutableArray<Diagnostic> Diagnostics, string Interceptors) Run(string program, string svdText, bool interceptorsEnabled)
        {
            CSharpCompilation input = CompilationHarness.Compile(program, interceptorsEnabled);
            var svd = new InMemoryText("/src/tiny.svd", svdText);
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new ISourceGenerator[] { new PacGenGenerator().AsSourceGenerator(), new InterceptorGenerator().AsSourceGenerator() },
                new AdditionalText[] { svd },
                CompilationHarness.ParseOptions(interceptorsEnabled),
                new NamespaceMetadata(svd, "Tiny"));
            driver = driver.RunGeneratorsAndUpdateCompilation(input, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
            GeneratorDriverRunResult result = driver.GetRunResult();
            Assert.All(result.Results, run => Assert.Null(run.Exception));
            string interceptors = result.Results.Single(run => run.Generator.GetGeneratorType() == typeof(InterceptorGenerator))
                .GeneratedSources.Select(source => source.SourceText.ToString()).SingleOrDefault() ?? string.Empty;
            Assert.Equal(interceptorsEnabled, interceptors.Length > 0);
            return (output, generatorDiagnostics.AddRange(output.GetDiagnostics()), interceptors);
        }
    }
}
