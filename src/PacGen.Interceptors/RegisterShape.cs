using Microsoft.CodeAnalysis;

namespace PacGen.Interceptors
{
    /// <summary>Which generated register method a call site targets; only these take a foldable setter lambda.</summary>
    internal enum AccessKind
    {
        /// <summary><c>Write(Func&lt;W, W&gt;)</c>: starts from <c>W.Reset</c>.</summary>
        Write,

        /// <summary><c>Write&lt;TState&gt;(TState, Func&lt;W, TState, W&gt;)</c>: starts from <c>W.Reset</c>.</summary>
        WriteWithState,

        /// <summary><c>WriteWithZero(Func&lt;W, W&gt;)</c>: starts from <c>W.Zero</c>.</summary>
        WriteWithZero,

        /// <summary><c>Modify(Func&lt;R, W, W&gt;)</c>: starts from the value read.</summary>
        Modify,

        /// <summary><c>WriteWithZero&lt;TState&gt;(TState, Func&lt;W, TState, W&gt;)</c>: starts from <c>W.Zero</c>.</summary>
        WriteWithZeroWithState,

        /// <summary><c>Modify&lt;TState&gt;(TState, Func&lt;R, W, TState, W&gt;)</c>: starts from the value read.</summary>
        ModifyWithState,

        /// <summary><c>Set(Func&lt;W, W&gt;)</c> (atomic SET alias): starts from <c>W.Zero</c>, writes through <c>Set(W)</c>.</summary>
        AliasSet,

        /// <summary><c>Clear(Func&lt;W, W&gt;)</c> (atomic CLEAR alias): starts from <c>W.Zero</c>, writes through <c>Clear(W)</c>.</summary>
        AliasClear,

        /// <summary><c>Toggle(Func&lt;W, W&gt;)</c> (atomic XOR alias): starts from <c>W.Zero</c>, writes through <c>Toggle(W)</c>.</summary>
        AliasToggle,
    }

    /// <summary>What each <see cref="AccessKind"/> means for folding: where the delegate is, what it starts from.</summary>
    internal static class AccessKinds
    {
        public static bool HasState(this AccessKind kind) =>
            kind is AccessKind.WriteWithState or AccessKind.WriteWithZeroWithState or AccessKind.ModifyWithState;

        public static bool IsModify(this AccessKind kind) => kind is AccessKind.Modify or AccessKind.ModifyWithState;

        public static bool IsWriteWithZero(this AccessKind kind) => kind is AccessKind.WriteWithZero or AccessKind.WriteWithZeroWithState;

        public static bool IsAlias(this AccessKind kind) => kind is AccessKind.AliasSet or AccessKind.AliasClear or AccessKind.AliasToggle;

        /// <summary>The register method's name as the user writes it.</summary>
        public static string MethodName(this AccessKind kind) => kind switch
        {
            AccessKind.Modify or AccessKind.ModifyWithState => "Modify",
            AccessKind.WriteWithZero or AccessKind.WriteWithZeroWithState => "WriteWithZero",
            AccessKind.AliasSet => "Set",
            AccessKind.AliasClear => "Clear",
            AccessKind.AliasToggle => "Toggle",
            _ => "Write",
        };

        /// <summary>The value overload the interceptor calls with the folded W: <c>Write(W)</c>, or the alias's own <c>Set(W)</c>…</summary>
        public static string ValueMethodName(this AccessKind kind) => kind.IsAlias() ? kind.MethodName() : "Write";
    }

    /// <summary>
    /// Recognizes the register structs PacGen generates (see docs/generated-api.md) by their shape, so the interceptor
    /// works whether the register types come from this compilation or from a referenced PAC assembly: a struct with
    /// a nested <c>W</c> struct that has <c>static W Reset</c>, <c>static W Zero</c> and <c>Bits</c>, and a <c>Write(W)</c>.
    /// </summary>
    internal static class RegisterShape
    {
        /// <summary>Classifies <paramref name="method"/>; false when it is not a closure-taking register method.</summary>
        public static bool TryClassify(IMethodSymbol method, out AccessKind kind, out RegisterTypes types)
        {
            kind = default;
            types = default;
            if (method.IsStatic || method.ContainingType is not { TypeKind: TypeKind.Struct } register ||
                !TryGetTypes(register, out types))
            {
                return false;
            }

            IMethodSymbol definition = method.OriginalDefinition;
            switch (definition.Name)
            {
                case "Write" when definition.Arity == 0 && IsFunc(definition, 0, types.W, types.W):
                    kind = AccessKind.Write;
                    return true;
                case "Write" when IsStateShape(definition) && IsFunc(definition, 1, types.W, definition.TypeParameters[0], types.W):
                    kind = AccessKind.WriteWithState;
                    return true;
                case "WriteWithZero" when definition.Arity == 0 && IsFunc(definition, 0, types.W, types.W):
                    kind = AccessKind.WriteWithZero;
                    return true;
                case "WriteWithZero" when IsStateShape(definition) && IsFunc(definition, 1, types.W, definition.TypeParameters[0], types.W):
                    kind = AccessKind.WriteWithZeroWithState;
                    return true;
                case "Modify" when definition.Arity == 0 && types.R is not null &&
                                   IsFunc(definition, 0, types.R, types.W, types.W):
                    kind = AccessKind.Modify;
                    return true;
                case "Modify" when types.R is not null && IsStateShape(definition) &&
                                   IsFunc(definition, 1, types.R, types.W, definition.TypeParameters[0], types.W):
                    kind = AccessKind.ModifyWithState;
                    return true;
                case "Set" or "Clear" or "Toggle" when definition.Arity == 0 && IsFunc(definition, 0, types.W, types.W) &&
                                                      HasValueOverload(register, definition.Name, types.W):
                    kind = definition.Name == "Set" ? AccessKind.AliasSet : definition.Name == "Clear" ? AccessKind.AliasClear : AccessKind.AliasToggle;
                    return true;
                default:
                    return false;
            }
        }

        private static bool HasValueOverload(INamedTypeSymbol register, string name, INamedTypeSymbol w)
        {
            foreach (ISymbol member in register.GetMembers(name))
            {
                if (member is IMethodSymbol { IsStatic: false, Arity: 0, Parameters.Length: 1 } method &&
                    SymbolEqualityComparer.Default.Equals(method.Parameters[0].Type, w))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary><c>M&lt;TState&gt;(TState state, Func&lt;…&gt; f)</c>: one type parameter, the state first.</summary>
        private static bool IsStateShape(IMethodSymbol definition) =>
            definition.Arity == 1 && definition.Parameters.Length == 2 &&
            SymbolEqualityComparer.Default.Equals(definition.Parameters[0].Type, definition.TypeParameters[0]);

        /// <summary>Finds the nested W (and R, when readable) of a generated register struct.</summary>
        public static bool TryGetTypes(INamedTypeSymbol register, out RegisterTypes types)
        {
            types = default;
            INamedTypeSymbol? w = NestedStruct(register, "W");
            if (w is null || !HasStaticSelf(w, "Reset") || !HasStaticSelf(w, "Zero") || !HasProperty(w, "Bits"))
            {
                return false;
            }

            bool writesValue = false;
            foreach (ISymbol member in register.GetMembers("Write"))
            {
                writesValue |= member is IMethodSymbol { IsStatic: false, Arity: 0, Parameters.Length: 1 } write &&
                               SymbolEqualityComparer.Default.Equals(write.Parameters[0].Type, w);
            }

            if (!writesValue)
            {
                return false;
            }

            INamedTypeSymbol? r = NestedStruct(register, "R");
            types = new RegisterTypes(register, w, r is not null && HasProperty(r, "Bits") ? r : null);
            return true;
        }

        private static INamedTypeSymbol? NestedStruct(INamedTypeSymbol container, string name)
        {
            foreach (INamedTypeSymbol nested in container.GetTypeMembers(name))
            {
                if (nested.TypeKind == TypeKind.Struct && nested.Arity == 0)
                {
                    return nested;
                }
            }

            return null;
        }

        private static bool HasStaticSelf(INamedTypeSymbol type, string name)
        {
            foreach (ISymbol member in type.GetMembers(name))
            {
                ITypeSymbol? memberType = member switch
                {
                    IPropertySymbol { IsStatic: true } property => property.Type,
                    IFieldSymbol { IsStatic: true } field => field.Type,
                    _ => null,
                };
                if (SymbolEqualityComparer.Default.Equals(memberType, type))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HasProperty(INamedTypeSymbol type, string name)
        {
            foreach (ISymbol member in type.GetMembers(name))
            {
                if (member is IPropertySymbol { IsStatic: false })
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when parameter <paramref name="index"/> is <c>System.Func</c> of exactly these type arguments.</summary>
        private static bool IsFunc(IMethodSymbol method, int index, params ITypeSymbol[] typeArguments)
        {
            if (method.Parameters.Length != index + 1 ||
                method.Parameters[index].Type is not INamedTypeSymbol func ||
                func.Name != "Func" || func.Arity != typeArguments.Length ||
                func.ContainingNamespace?.ToDisplayString() != "System")
            {
                return false;
            }

            for (int i = 0; i < typeArguments.Length; i++)
            {
                if (!SymbolEqualityComparer.Default.Equals(func.TypeArguments[i], typeArguments[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>A generated register struct with its write-value and (when readable) read-value types.</summary>
    internal readonly struct RegisterTypes
    {
        public RegisterTypes(INamedTypeSymbol register, INamedTypeSymbol w, INamedTypeSymbol? r)
        {
            Register = register;
            W = w;
            R = r;
        }

        public INamedTypeSymbol Register { get; }

        public INamedTypeSymbol W { get; }

        public INamedTypeSymbol? R { get; }
    }
}
