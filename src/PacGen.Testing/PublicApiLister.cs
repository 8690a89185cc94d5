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
                SymbolDisplayMemberOptions.IncludeConstantValue | SymbolDisplayMemberOptions.IncludeRef,
            kindOptions: SymbolDisplayKindOptions.IncludeTypeKeyword,
            propertyStyle: SymbolDisplayPropertyStyle.ShowReadWriteDescriptor,
            parameterOptions: SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeName |
                SymbolDisplayParameterOptions.IncludeParamsRefOut,
            miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

        private static readonly SymbolDisplayFormat s_typeFormat = s_format.WithKindOptions(SymbolDisplayKindOptions.None);

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
                    lines.Add(Describe(member));
                }
            }
        }

        /// <summary><c>Ns.Type.Member(params) : ReturnType</c>, with <c>static</c> / <c>const</c> marked, so lines sort by member.</summary>
        private static string Describe(ISymbol member)
        {
            string text = member.ToDisplayString(s_format);
            ITypeSymbol? type = member switch
            {
                IMethodSymbol method when method.MethodKind != MethodKind.Constructor => method.ReturnType,
                IPropertySymbol property => property.Type,
                IFieldSymbol field when field.ContainingType.TypeKind != TypeKind.Enum => field.Type,
                IEventSymbol @event => @event.Type,
                _ => null,
            };

            string modifiers = member is IFieldSymbol { IsConst: true } ? " const" : member.IsStatic ? " static" : string.Empty;
            return type is null ? text + modifiers : text + " : " + type.ToDisplayString(s_typeFormat) + modifiers;
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
