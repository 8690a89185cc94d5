using System.Collections.Generic;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace PacGen.Interceptors
{
    /// <summary>
    /// The state-passing form of a capturing closure, per method: <c>Write(w =&gt; …)</c> becomes
    /// <c>Write(x, static (w, state) =&gt; …)</c>, <c>Modify((r, w) =&gt; …)</c> becomes
    /// <c>Modify((x, y), static (r, w, state) =&gt; …)</c> — a Modify stays a Modify. PACGEN201's message and the code
    /// fix both come from here, so the advice is exactly what the fix writes.
    /// </summary>
    internal static class StatePassing
    {
        private static readonly Regex s_reservedTupleName = new("^(Item[0-9]+|Rest|ToString|Equals|GetHashCode|GetType|CompareTo)$", RegexOptions.CultureInvariant);

        /// <summary>The state overload of the same method on the register (<c>Modify&lt;TState&gt;</c> for Modify), if it has one.</summary>
        public static AccessKind? StateKind(AccessKind kind, RegisterTypes types)
        {
            AccessKind wanted = kind switch
            {
                AccessKind.Write => AccessKind.WriteWithState,
                AccessKind.WriteWithZero => AccessKind.WriteWithZeroWithState,
                AccessKind.Modify => AccessKind.ModifyWithState,
                _ => kind,
            };
            if (wanted == kind)
            {
                return null;
            }

            foreach (ISymbol member in types.Register.GetMembers(kind.MethodName()))
            {
                if (member is IMethodSymbol method && RegisterShape.TryClassify(method, out AccessKind found, out _) && found == wanted)
                {
                    return wanted;
                }
            }

            return null;
        }

        /// <summary>PACGEN201's advice after "captures 'x':", without the final period.</summary>
        public static string Advice(AccessKind kind, RegisterTypes types, IAnonymousFunctionOperation lambda, ClosureCaptures captures)
        {
            string method = kind.MethodName();
            if (kind.HasState())
            {
                return "Put " + (captures.All.Length == 1 ? "it" : "them") + " into the state argument too (a tuple for several values) and make the lambda static";
            }

            if (StateKind(kind, types) is null)
            {
                return "This register has no " + method + "<TState>; build the value first and use the value form " + ValueForm(kind);
            }

            if (!captures.AllMovable)
            {
                return "The closure uses 'this' beyond its fields and properties; compute the values first and pass them as state: " +
                       method + "(value, static (" + string.Join(", ", ParameterNames(lambda)) + ", state) => ...), or use the value form";
            }

            var parameters = new List<string>(ParameterNames(lambda)) { StateParameterName(lambda.Syntax) };
            return "Pass " + (captures.All.Length == 1 ? "it" : "them") + " as state: " + method + "(" + StateExpression(captures) +
                   ", static (" + string.Join(", ", parameters) + ") => ...)";
        }

        private static string ValueForm(AccessKind kind) => kind switch
        {
            AccessKind.Modify => "Write(W.FromRead(reg.Read())...(...))",
            AccessKind.WriteWithZero => "Write(W.Zero...(...))",
            _ when kind.IsAlias() => kind.MethodName() + "(W.Zero...(...))",
            _ => "Write(W.Reset...(...))",
        };

        /// <summary>The state argument: the one value, or a tuple <c>(mode, on)</c> whose element names are the variables'.</summary>
        public static string StateExpression(ClosureCaptures captures)
        {
            if (captures.All.Length == 1)
            {
                return Source(captures.All[0]);
            }

            var elements = new List<string>();
            foreach (string element in TupleElements(captures))
            {
                elements.Add(element);
            }

            return "(" + string.Join(", ", elements) + ")";
        }

        /// <summary>How the lambda reads capture <paramref name="index"/> from the state: <c>state</c> or <c>state.mode</c>.</summary>
        public static string StateAccess(ClosureCaptures captures, int index, string stateName) =>
            captures.All.Length == 1 ? stateName : stateName + "." + ElementName(captures, index);

        /// <summary>"state", or "state1", "state2"… when the lambda already uses the name.</summary>
        public static string StateParameterName(SyntaxNode lambda)
        {
            var used = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (SyntaxToken token in lambda.DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.IdentifierToken))
                {
                    used.Add(token.ValueText);
                }
            }

            string name = "state";
            for (int i = 1; used.Contains(name); i++)
            {
                name = "state" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return name;
        }

        private static IEnumerable<string> TupleElements(ClosureCaptures captures)
        {
            for (int i = 0; i < captures.All.Length; i++)
            {
                string name = ElementName(captures, i);
                string source = Source(captures.All[i]);
                yield return name == captures.All[i].Name && !s_reservedTupleName.IsMatch(name) ? source : name + ": " + source;
            }
        }

        /// <summary>The variable's own name, numbered when an earlier capture has it (a local and <c>this.x</c>), renamed when C# reserves it.</summary>
        private static string ElementName(ClosureCaptures captures, int index)
        {
            string name = captures.All[index].Name;
            if (s_reservedTupleName.IsMatch(name))
            {
                name = "_" + name;
            }

            int same = 0;
            for (int i = 0; i < index; i++)
            {
                same += captures.All[i].Name == captures.All[index].Name ? 1 : 0;
            }

            return same == 0 ? name : name + "_" + (same + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        /// <summary>The expression that reads the captured value at the call: the variable, or <c>this.x</c> for a member.</summary>
        private static string Source(Capture capture) =>
            capture.Symbol is IFieldSymbol or IPropertySymbol ? MemberSource(capture) : capture.Name;

        private static string MemberSource(Capture capture) =>
            capture.References[0].Syntax is MemberAccessExpressionSyntax member ? member.ToString() : capture.Name;

        private static IEnumerable<string> ParameterNames(IAnonymousFunctionOperation lambda)
        {
            foreach (IParameterSymbol parameter in lambda.Symbol.Parameters)
            {
                yield return parameter.Name;
            }
        }
    }
}
