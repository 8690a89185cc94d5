using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PacGen.Testing;

namespace PacGen.Cli.Scaffold
{
    /// <summary>
    /// The generated code's symbols, for finding the C# names of an SVD peripheral and register by the shape
    /// docs/generated-api.md promises: a peripheral struct with a <c>(nuint baseAddress)</c> constructor, a register
    /// property returning its nested <c>&lt;Name&gt;Register</c> struct, which has <c>W(bits)</c>, <c>Read()</c> and
    /// <c>Write(W)</c>. Declarations only: nothing is bound beyond member signatures.
    /// </summary>
    internal sealed class GeneratedApi
    {
        private readonly List<INamedTypeSymbol> _peripheralTypes;

        private GeneratedApi(List<INamedTypeSymbol> peripheralTypes) => _peripheralTypes = peripheralTypes;

        public static GeneratedApi Create(string @namespace, IEnumerable<string> sources)
        {
            CSharpCompilation compilation = CSharpCompilation.Create(
                "PacGen.Cli.Scaffold",
                sources.Select(text => CSharpSyntaxTree.ParseText(text, PacGenTestRunner.ParseOptions)),
                CompilationReferences.All,
                PacGenTestRunner.CompilationOptions);
            INamespaceSymbol? ns = compilation.GlobalNamespace;
            foreach (string part in @namespace.Split('.'))
            {
                ns = ns?.GetNamespaceMembers().FirstOrDefault(n => n.Name == part);
            }

            var types = ns == null
                ? new List<INamedTypeSymbol>()
                : ns.GetTypeMembers().Where(t => t.TypeKind == TypeKind.Struct && t.InstanceConstructors.Any(IsBaseAddressConstructor)).ToList();
            return new GeneratedApi(types);
        }

        /// <summary>The generated names of <paramref name="registerName"/> in <paramref name="peripheralName"/>, or null.</summary>
        public (string PeripheralType, string RegisterProperty)? FindRegister(string peripheralName, string registerName, string bitsType)
        {
            INamedTypeSymbol? peripheral = Single(_peripheralTypes, peripheralName);
            if (peripheral == null)
            {
                return null;
            }

            var registers = peripheral.GetMembers().OfType<IPropertySymbol>()
                .Where(p => !p.IsStatic && p.DeclaredAccessibility == Accessibility.Public &&
                    p.Type is INamedTypeSymbol t && SymbolEqualityComparer.Default.Equals(t.ContainingType, peripheral) &&
                    t.Name == p.Name + "Register")
                .ToList();
            IPropertySymbol? property = Single(registers, registerName);
            if (property == null || !HasValueApi((INamedTypeSymbol)property.Type, bitsType))
            {
                return null;
            }

            return (peripheral.Name, property.Name);
        }

        private static bool HasValueApi(INamedTypeSymbol register, string bitsType)
        {
            INamedTypeSymbol? w = register.GetTypeMembers("W").FirstOrDefault();
            INamedTypeSymbol? r = register.GetTypeMembers("R").FirstOrDefault();
            if (w == null || r == null)
            {
                return false;
            }

            bool bitsConstructor = w.InstanceConstructors.Any(c =>
                c.Parameters.Length == 1 && c.Parameters[0].Type.ToDisplayString() == bitsType);
            bool read = register.GetMembers("Read").OfType<IMethodSymbol>().Any(m =>
                m.Parameters.IsEmpty && SymbolEqualityComparer.Default.Equals(m.ReturnType, r));
            bool write = register.GetMembers("Write").OfType<IMethodSymbol>().Any(m =>
                m.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(m.Parameters[0].Type, w));
            return bitsConstructor && read && write;
        }

        private static bool IsBaseAddressConstructor(IMethodSymbol constructor) =>
            constructor.DeclaredAccessibility == Accessibility.Public &&
            constructor.Parameters.Length == 1 && constructor.Parameters[0].Type.SpecialType == SpecialType.System_UIntPtr;

        // Exactly one symbol whose name equals the SVD name once case and underscores are ignored.
        private static T? Single<T>(IEnumerable<T> symbols, string svdName)
            where T : class, ISymbol
        {
            var matches = symbols.Where(s => Normalize(s.Name) == Normalize(svdName)).ToList();
            return matches.Count == 1 ? matches[0] : null;
        }

        private static string Normalize(string name) => name.Replace("_", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
    }
}
