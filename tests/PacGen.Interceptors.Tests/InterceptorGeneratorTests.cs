using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PacGen.Interceptors.Tests
{
    public sealed class InterceptorGeneratorTests
    {
        // Every call site is tagged /*fold*/ (must be intercepted) or /*keep*/ (must stay a delegate call).
        private const string Program = """
            using Dev;

            namespace App
            {
                public static class Program
                {
                    private static readonly System.Func<Gpio.Gpfsel4Register.W, Gpio.Gpfsel4Register.W> Stored = w => w.Fsel40(1);

                    public static uint[] Run(nuint memory)
                    {
                        var gpio = new Gpio(memory);
                        var seen = new System.Collections.Generic.List<uint>();
                        uint bits = 5;
                        gpio.Gpfsel4.Write(/*fold*/ w => w.Fsel42(Gpio.Fsel42.Output));
                        seen.Add(gpio.Gpfsel4.Read().Bits);
                        gpio.Gpfsel4.Write(/*fold*/ static w => w.Fsel42(Gpio.Fsel42.Alt0).Fsel40(0b011));
                        seen.Add(gpio.Gpfsel4.Read().Bits);
                        gpio.Gpfsel4.WriteWithZero(/*fold*/ w => w.Fsel40(bits: 2));
                        seen.Add(gpio.Gpfsel4.Read().Bits);
                        gpio.Gpfsel4.Write(Gpio.Fsel42.Output, /*fold*/ static (w, s) => w.Fsel42(s));
                        seen.Add(gpio.Gpfsel4.Read().Bits);
                        gpio.Gpfsel4.Modify(/*fold*/ (r, w) => w.Fsel42(r.Fsel42).Fsel40(3));
                        seen.Add(gpio.Gpfsel4.Read().Bits);
                        gpio.Gpfsel4.Modify(/*fold*/ (r, w) => w.Fsel40(6));
                        seen.Add(gpio.Gpfsel4.Read().Bits);
                        gpio.Gpfsel4.Modify(/*fold*/ (r, w) => w.Fsel40(r.Fsel40 ^ 3u).Fsel42(r.Fsel42 == Gpio.Fsel42.Alt0 ? Gpio.Fsel42.Input : Gpio.Fsel42.Alt0));
                        seen.Add(gpio.Gpfsel4.Read().Bits);
                        gpio.Gpfsel4.Write(/*keep*/ w => w.Fsel40(bits));
                        seen.Add(gpio.Gpfsel4.Read().Bits);
                        gpio.Gpfsel4.Write(/*keep*/ w => { var x = w.Fsel40(1); return x.Fsel42(Gpio.Fsel42.Output); });
                        seen.Add(gpio.Gpfsel4.Read().Bits);
                        gpio.Gpfsel4.Write(/*keep*/ Stored);
                        seen.Add(gpio.Gpfsel4.Read().Bits);
                        gpio.Gpfsel4.Write(/*keep*/ w => Gpio.Gpfsel4Register.W.Zero.Fsel40(1));
                        seen.Add(gpio.Gpfsel4.Read().Bits);
                        gpio.Gpfsel4.Write(/*fold*/ w => w.Fsel42(Gpio.Fsel42.Output));
                        seen.Add(gpio.Gpfsel4.Read().Bits);
                        gpio.Gpfsel4.Modify(bits, /*fold*/ static (r, w, s) => w.Fsel40(s ^ r.Fsel40));
                        seen.Add(gpio.Gpfsel4.Read().Bits);
                        gpio.Gpfsel4.Modify((bits, Gpio.Fsel42.Alt0), /*fold*/ static (r, w, s) => w.Fsel40(s.bits).Fsel42(s.Item2));
                        seen.Add(gpio.Gpfsel4.Read().Bits);
                        gpio.Gpfsel4.WriteWithZero(Gpio.Fsel42.Output, /*fold*/ static (w, s) => w.Fsel42(s));
                        seen.Add(gpio.Gpfsel4.Read().Bits);
                        gpio.Gpfsel4.Modify(bits, /*keep*/ (r, w, s) => w.Fsel40(bits));
                        seen.Add(gpio.Gpfsel4.Read().Bits);
                        gpio.Gpfsel4.Set(/*fold*/ w => w.Fsel42(Gpio.Fsel42.Alt0));
                        seen.Add(gpio.Gpfsel4.Read().Bits);
                        gpio.Gpfsel4.Clear(/*fold*/ w => w.Fsel40(0b101));
                        seen.Add(gpio.Gpfsel4.Read().Bits);
                        gpio.Gpfsel4.Toggle(/*fold*/ w => w.Fsel40(0b011));
                        seen.Add(gpio.Gpfsel4.Read().Bits);
                        return seen.ToArray();
                    }
                }
            }
            """;

        [Fact]
        public void InterceptsExactlyTheFoldableCallSites()
        {
            (Compilation output, string? generated, var diagnostics) =
                CompilationHarness.Generate(CompilationHarness.Compile(Program, true, RegisterFixture.Source));

            CompilationHarness.AssertNoErrors(diagnostics);
            Assert.NotNull(generated);
            SyntaxTree program = output.SyntaxTrees.First(tree => tree.FilePath == "/src/Program.cs");
            SemanticModel model = output.GetSemanticModel(program);
            var expected = new List<bool>();
            var actual = new List<bool>();
            foreach (InvocationExpressionSyntax call in program.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                string text = call.ToFullString();
                if (text.Contains("/*fold*/", StringComparison.Ordinal) || text.Contains("/*keep*/", StringComparison.Ordinal))
                {
                    expected.Add(text.Contains("/*fold*/", StringComparison.Ordinal));
#pragma warning disable RSEXPERIMENTAL002 // the interceptor lookup is the only way to ask the compiler what it bound
                    actual.Add(model.GetInterceptorMethod(call) is not null);
#pragma warning restore RSEXPERIMENTAL002
                }
            }

            Assert.Equal(19, expected.Count);
            Assert.Equal(expected, actual);
        }

        [Fact]
        public void IdenticalCallSitesShareOneInterceptor()
        {
            (_, string? generated, _) = CompilationHarness.Generate(CompilationHarness.Compile(Program, true, RegisterFixture.Source));

            Assert.Equal(14, CountOf(generated!, "InterceptsLocation(1, "));
            Assert.Equal(13, CountOf(generated!, "public static void "));
            Assert.Contains("register.Set(global::Dev.Gpio.Gpfsel4Register.W.Zero.Fsel42((global::Dev.Gpio.Fsel42)(4)));", generated, StringComparison.Ordinal);
            Assert.Contains("register.Clear(global::Dev.Gpio.Gpfsel4Register.W.Zero.Fsel40((uint)(5)));", generated, StringComparison.Ordinal);
            Assert.Contains("register.Toggle(global::Dev.Gpio.Gpfsel4Register.W.Zero.Fsel40((uint)(3)));", generated, StringComparison.Ordinal);
            Assert.Contains("register.Write(global::Dev.Gpio.Gpfsel4Register.W.Reset.Fsel42((global::Dev.Gpio.Fsel42)(1)));", generated, StringComparison.Ordinal);
            Assert.Contains("register.Write(global::Dev.Gpio.Gpfsel4Register.W.Reset.Fsel42(state));", generated, StringComparison.Ordinal);
            Assert.Contains("register.Write(global::Dev.Gpio.Gpfsel4Register.W.Zero.Fsel40((uint)(2)));", generated, StringComparison.Ordinal);
            Assert.Contains("register.Write(global::Dev.Gpio.Gpfsel4Register.W.FromRead(r).Fsel42(r.Fsel42).Fsel40((uint)(3)));", generated, StringComparison.Ordinal);
            Assert.Contains("ModifyWithState", generated, StringComparison.Ordinal);
            Assert.Contains("(this in global::Dev.Gpio.Gpfsel4Register register, uint state, global::System.Func<global::Dev.Gpio.Gpfsel4Register.R, global::Dev.Gpio.Gpfsel4Register.W, uint, global::Dev.Gpio.Gpfsel4Register.W> f)", generated, StringComparison.Ordinal);
            Assert.Contains("register.Write(global::Dev.Gpio.Gpfsel4Register.W.FromRead(r).Fsel40((state ^ r.Fsel40)));", generated, StringComparison.Ordinal);
            Assert.Contains("register.Write(global::Dev.Gpio.Gpfsel4Register.W.FromRead(r).Fsel40(state.bits).Fsel42(state.Item2));", generated, StringComparison.Ordinal);
            Assert.Contains("register.Write(global::Dev.Gpio.Gpfsel4Register.W.Zero.Fsel42(state));", generated, StringComparison.Ordinal);
            Assert.Contains(".Fsel40((r.Fsel40 ^ ((uint)(3)))).Fsel42(((r.Fsel42 == ((global::Dev.Gpio.Fsel42)(4))) ? ((global::Dev.Gpio.Fsel42)(0)) : ((global::Dev.Gpio.Fsel42)(4))))", generated, StringComparison.Ordinal);
        }

        [Fact]
        public unsafe void InterceptedProgramWritesWhatTheDelegatesWrite()
        {
            uint[] Run(bool interceptorsEnabled)
            {
                (Compilation output, string? generated, var diagnostics) =
                    CompilationHarness.Generate(CompilationHarness.Compile(Program, interceptorsEnabled, RegisterFixture.Source));
                CompilationHarness.AssertNoErrors(diagnostics);
                Assert.Equal(interceptorsEnabled, generated is not null);
                Type program = CompilationHarness.Load(output, "App.Program");
                void* memory = NativeMemory.AllocZeroed(0x100);
                try
                {
                    return (uint[])program.GetMethod("Run")!.Invoke(null, new object[] { (nuint)memory })!;
                }
                finally
                {
                    NativeMemory.Free(memory);
                }
            }

            uint[] intercepted = Run(interceptorsEnabled: true);
            uint[] delegates = Run(interceptorsEnabled: false);

            Assert.Equal(delegates, intercepted);
            Assert.Equal(0x64u, intercepted[0]); // reset 0x24 with FSEL42 = 1
        }

        [Fact]
        public void EmitsNothingWhenTheProjectHasNotOptedIn()
        {
            (_, string? generated, _) = CompilationHarness.Generate(CompilationHarness.Compile(Program, false, RegisterFixture.Source));

            Assert.Null(generated);
        }

        [Fact]
        public void IgnoresLookalikeMethodsOnOtherTypes()
        {
            const string lookalike = """
                namespace App
                {
                    public readonly struct Logger
                    {
                        public void Write(System.Func<int, int> f) => f(1);
                    }

                    public static class Use
                    {
                        public static void Run() => new Logger().Write(x => x + 1);
                    }
                }
                """;

            (_, string? generated, var diagnostics) = CompilationHarness.Generate(CompilationHarness.Compile(lookalike));

            CompilationHarness.AssertNoErrors(diagnostics);
            Assert.Null(generated);
        }

        private static int CountOf(string text, string value)
        {
            int count = 0;
            for (int at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
            {
                count++;
            }

            return count;
        }
    }
}
