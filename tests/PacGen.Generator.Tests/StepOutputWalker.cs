using System;
using System.Collections;
using System.Collections.Generic;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Xunit;

namespace PacGen.Generator.Tests
{
    /// <summary>
    /// Walks a pipeline step's output through every field (as NetEscapades.EnumGenerators' tests do) and fails on
    /// anything that would keep a compilation alive or defeat caching: a <see cref="Compilation"/>, an
    /// <see cref="ISymbol"/>, a <see cref="SyntaxNode"/>, a <see cref="SemanticModel"/>, or a <see cref="Location"/>
    /// into source.
    /// </summary>
    internal static class StepOutputWalker
    {
        private static readonly Type[] s_banned =
        {
            typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SemanticModel), typeof(SyntaxTree), typeof(Location),
        };

        public static void AssertPlainData(object? value, string step)
        {
            var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
            Walk(value, step, visited);
        }

        private static void Walk(object? value, string path, HashSet<object> visited)
        {
            if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || value is decimal)
            {
                return;
            }

            Type type = value.GetType();
            foreach (Type banned in s_banned)
            {
                Assert.False(banned.IsAssignableFrom(type), path + " holds a " + type.FullName);
            }

            if (!type.IsValueType && !visited.Add(value))
            {
                return;
            }

            if (value is IEnumerable items)
            {
                int index = 0;
                foreach (object? item in items)
                {
                    Walk(item, path + "[" + index++ + "]", visited);
                }
            }

            for (Type? declaring = type; declaring is not null && declaring != typeof(object); declaring = declaring.BaseType)
            {
                foreach (FieldInfo field in declaring.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (field.FieldType.IsPointer || field.IsDefined(typeof(CompilerGeneratedAttribute)) && field.FieldType == typeof(Type))
                    {
                        continue;
                    }

                    Walk(field.GetValue(value), path + "." + field.Name, visited);
                }
            }
        }
    }
}
