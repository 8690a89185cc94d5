using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PacGen.Interceptors
{
    /// <summary>
    /// What a register closure reads from outside itself, each distinct variable once in order of first use: the
    /// analyzer names all of them (PACGEN201) and the code fix moves all of them into the state argument. A capture
    /// is a local, an outer parameter, or a field or property of <c>this</c> (its value at the call, which is what
    /// the closure reads too: the register method calls the delegate before it returns). Anything else that needs
    /// <c>this</c> (a method of the enclosing type, <c>this</c> itself) is reported as <c>this</c> and is not movable.
    /// </summary>
    internal sealed class ClosureCaptures
    {
        private ClosureCaptures(ImmutableArray<Capture> captures) => All = captures;

        public ImmutableArray<Capture> All { get; }

        /// <summary>True when every capture can become a state element (none is a bare use of <c>this</c>).</summary>
        public bool AllMovable
        {
            get
            {
                foreach (Capture capture in All)
                {
                    if (capture.Symbol is null)
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        /// <summary>The names as a message lists them: <c>'mode'</c>, <c>'mode' and 'on'</c>, <c>'a', 'b' and 'c'</c>.</summary>
        public string Names()
        {
            var quoted = new List<string>(All.Length);
            foreach (Capture capture in All)
            {
                quoted.Add("'" + capture.Name + "'");
            }

            return quoted.Count <= 1
                ? string.Concat(quoted)
                : string.Join(", ", quoted.GetRange(0, quoted.Count - 1)) + " and " + quoted[quoted.Count - 1];
        }

        /// <summary>Every capture of the whole closure.</summary>
        public static ClosureCaptures Find(IAnonymousFunctionOperation lambda) => Find(lambda, lambda.Body.Descendants());

        /// <summary>The captures one expression of the closure reads.</summary>
        public static ClosureCaptures FindIn(IAnonymousFunctionOperation lambda, IOperation expression) => Find(lambda, expression.DescendantsAndSelf());

        private static ClosureCaptures Find(IAnonymousFunctionOperation lambda, IEnumerable<IOperation> nodes)
        {
            var captures = new List<Capture>();
            var seen = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            bool thisSeen = false;
            foreach (IOperation node in nodes)
            {
                switch (node)
                {
                    case ILocalReferenceOperation local when !IsDeclaredInside(local.Local, lambda):
                        Add(captures, seen, local.Local, local.Local.Name, local);
                        break;
                    case IParameterReferenceOperation parameter when !IsDeclaredInside(parameter.Parameter, lambda):
                        Add(captures, seen, parameter.Parameter, parameter.Parameter.Name, parameter);
                        break;
                    case IFieldReferenceOperation { Instance: IInstanceReferenceOperation, Field.IsStatic: false } field:
                        Add(captures, seen, field.Field, field.Field.Name, field);
                        break;
                    case IPropertyReferenceOperation { Instance: IInstanceReferenceOperation, Property: { IsStatic: false, Parameters.Length: 0 } } property:
                        Add(captures, seen, property.Property, property.Property.Name, property);
                        break;
                    case IInstanceReferenceOperation instance when !IsMemberInstance(instance) && !thisSeen:
                        thisSeen = true;
                        captures.Add(new Capture("this", null, ImmutableArray.Create<IOperation>(instance)));
                        break;
                }
            }

            return new ClosureCaptures(captures.ToImmutableArray());
        }

        private static void Add(List<Capture> captures, HashSet<ISymbol> seen, ISymbol symbol, string name, IOperation reference)
        {
            if (seen.Add(symbol))
            {
                captures.Add(new Capture(name, symbol, ImmutableArray.Create(reference)));
                return;
            }

            for (int i = 0; i < captures.Count; i++)
            {
                if (SymbolEqualityComparer.Default.Equals(captures[i].Symbol, symbol))
                {
                    captures[i] = new Capture(name, symbol, captures[i].References.Add(reference));
                }
            }
        }

        /// <summary>The <c>this</c> of <c>_field</c> / <c>this.Prop</c>, which the member capture already covers.</summary>
        private static bool IsMemberInstance(IInstanceReferenceOperation instance) =>
            instance.Parent is IFieldReferenceOperation { Field.IsStatic: false } ||
            instance.Parent is IPropertyReferenceOperation { Property: { IsStatic: false, Parameters.Length: 0 } };

        private static bool IsDeclaredInside(ISymbol symbol, IAnonymousFunctionOperation lambda)
        {
            for (ISymbol? container = symbol.ContainingSymbol; container is not null; container = container.ContainingSymbol)
            {
                if (SymbolEqualityComparer.Default.Equals(container, lambda.Symbol))
                {
                    return true;
                }

                if (container is not IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction })
                {
                    return false;
                }
            }

            return false;
        }
    }

    /// <summary>One captured variable and every place the closure reads it.</summary>
    /// <param name="Symbol">The local, parameter, field or property; null for a use of <c>this</c> that no member capture covers.</param>
    internal sealed record Capture(string Name, ISymbol? Symbol, ImmutableArray<IOperation> References);
}
