using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;

namespace PacGen.Testing
{
    /// <summary>Lists the public surface of a compilation: types and members, fully qualified, sorted ordinally.</summary>
    public static class PublicApiLister
    {
        private static readonly SymbolDisplayFormat s_format = new SymbolDisplayFormat(
            globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
            typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
            genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
            memberOptions: SymbolDisplayMemberOptions.IncludeContainingType | SymbolDisplayMemberOptions.IncludeParameters |
                SymbolDisplayMemberOptions.IncludeType | SymbolDisplayMemberOptions.IncludeModifiers | SymbolDisplayMemberOptions.IncludeConstantValue |
                SymbolDisplayMemberOptions.IncludeRef,
            kindOptions: SymbolDisplayKindOptions.IncludeTypeKeyword,
            propertyStyle: SymbolDisplayPropertyStyle.ShowReadWriteDescriptor,
            parameterOptions: SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeName |
                SymbolDisplayParameterOptions.IncludeParamsRefOut,
            miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

        public static string List(Compilation compilation)
        {
            var lines = new List<string>();
            Visit(compilation.Assembly.GlobalNamespace, lines);
            lines.Sort(StringComparer.Ordinal);
            var text = new StringBuilder();
            foreach (string line in lines)
            {
                text.Append(line).Append('\n');
            }

            return text.ToString();
        }

        private static void Visit(INamespaceSymbol ns, List<string> lines)
        {
            foreach (INamespaceSymbol child in ns.GetNamespaceMembers())
            {
                Visit(child, lines);
            }

            foreach (INamedTypeSymbol type in ns.GetTypeMembers())
            {
                Visit(type, lines);
            }
        }

        private static void Visit(INamedTypeSymbol type, List<string> lines)
        {
            if (!IsVisible(type))
            {
                return;
            }

            lines.Add(type.ToDisplayString(s_format));
            foreach (ISymbol member in type.GetMembers())
            {
                if (member is INamedTypeSymbol nested)
                {
                    Visit(nested, lines);
                }
                else if (IsVisible(member) && !member.IsImplicitlyDeclared && !IsAccessor(member))
                {
                    lines.Add(member.ToDisplayString(s_format));
                }
            }
        }

        private static bool IsAccessor(ISymbol member) =>
            member is IMethodSymbol method &&
            (method.MethodKind == MethodKind.PropertyGet || method.MethodKind == MethodKind.PropertySet ||
             method.MethodKind == MethodKind.EventAdd || method.MethodKind == MethodKind.EventRemove);

        private static bool IsVisible(ISymbol symbol)
        {
            for (ISymbol? current = symbol; current is not null && current is not INamespaceSymbol; current = current.ContainingSymbol)
            {
                if (current.DeclaredAccessibility != Accessibility.Public && current.DeclaredAccessibility != Accessibility.Protected &&
                    current.DeclaredAccessibility != Accessibility.ProtectedOrInternal)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
