using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PacGen.Testing;
using Xunit;

namespace PacGen.Generator.Tests
{
    /// <summary>
    /// Generated code lives in the user's namespace, so it must not depend on what else the user declares there:
    /// every name it uses from outside is <c>global::</c>-qualified, it declares no using alias, and every type it
    /// declares says it is generated.
    /// </summary>
    public sealed class GeneratedCodeHygieneTests
    {
        // Each identifier the generated code refers to outside its own members, declared by the user in the PAC's
        // namespace (as a type or a namespace), where an unqualified or aliased use would bind to it.
        private const string UserTypes = """
            namespace Everything
            {
                internal sealed class MethodImpl { }
                internal sealed class MethodImplAttribute { }
                internal enum MethodImplOptions { AggressiveInlining }
                internal sealed class System { }
                internal sealed class Func<T1, T2> { }
                internal sealed class Func<T1, T2, T3> { }
                internal sealed class Mmio { }
                internal sealed class GeneratedCode { }
                internal sealed class GeneratedCodeAttribute { }
                internal sealed class EditorBrowsable { }
                internal sealed class EditorBrowsableAttribute { }
                internal enum EditorBrowsableState { Never }
                internal sealed class FieldRange { }
                internal sealed class FieldRangeAttribute { }
                internal sealed class GeneratedCodeSupport { }
                internal sealed class Runtime { }
                internal sealed class CompilerServices { }
                internal sealed class CodeDom { }
                internal sealed class ComponentModel { }
                internal sealed class Attribute { }
                internal sealed class Exception { }
                internal sealed class Helpers { }
                internal sealed class Nullable { }
            }

            namespace Everything.PacGen.Runtime
            {
                internal sealed class Mmio { }
                internal sealed class GeneratedCodeSupport { }
            }
            """;

        [Fact]
        public void Generated_code_compiles_next_to_user_types_named_like_everything_it_refers_to()
        {
            Compilation output = Generate(UserTypes);

            Diagnostic[] problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
            Assert.True(problems.Length == 0, string.Join("\n", problems.Take(20).Select(d => d.ToString())));
        }

        [Fact]
        public void Every_generated_type_is_marked_generated_code_and_no_file_declares_a_using()
        {
            Compilation output = Generate();
            var unmarked = new List<string>();
            int types = 0;
            foreach (SyntaxTree tree in output.SyntaxTrees)
            {
                SyntaxNode root = tree.GetRoot();
                Assert.Empty(root.DescendantNodes().OfType<UsingDirectiveSyntax>());
                SemanticModel model = output.GetSemanticModel(tree);
                foreach (BaseTypeDeclarationSyntax declaration in root.DescendantNodes().OfType<BaseTypeDeclarationSyntax>())
                {
                    INamedTypeSymbol type = model.GetDeclaredSymbol(declaration)!;
                    types++;
                    AttributeData? generated = type.GetAttributes().SingleOrDefault(a => a.AttributeClass?.ToDisplayString() == "System.CodeDom.Compiler.GeneratedCodeAttribute");
                    if (generated is null || !Equals(generated.ConstructorArguments[0].Value, "PacGen") ||
                        generated.ConstructorArguments[1].Value is not string version || !Version.TryParse(version, out _))
                    {
                        unmarked.Add(type.ToDisplayString());
                    }
                }
            }

            Assert.True(types > 20, "only " + types + " types generated");
            Assert.Empty(unmarked);
        }

        private static Compilation Generate(params string[] userSources)
        {
            var svd = new InMemoryAdditionalText("Everything.svd", GeneratorHarness.EverythingSvd);
            GeneratorHarness.CreateDriver(new AdditionalText[] { svd }, new ItemMetadataOptionsProvider().With("Everything.svd", "Namespace", "Everything"))
                .RunGeneratorsAndUpdateCompilation(GeneratorHarness.EmptyCompilation(userSources), out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
            Assert.DoesNotContain(diagnostics, d => d.Id == "PACGEN100");
            Assert.True(output.SyntaxTrees.Count() > userSources.Length, "nothing generated");
            return output;
        }
    }
}
