using System;
using System.Collections.Generic;
using System.Linq;

namespace PacGen.Simulation;

/// <summary>
/// The registers one access can be: every register at its address with its width. Several when an SVD declares
/// alternate views of one word (SAMD21 SERCOM's I2CM / I2CS / SPI / USART clusters, alternateRegister pairs of one
/// width): the simulation stores them in one word, and the trace names all of them and decodes only what they
/// agree on, so it never names or decodes a view the access may not be.
/// </summary>
internal static class RegisterViews
{
    /// <summary><c>SERCOM0.{I2CM|I2CS|SPI|USART}.CTRLA</c>: the shared start and end once, the differing middle in braces.</summary>
    public static string Name(IReadOnlyList<SimulatedRegister> views)
    {
        if (views.Count == 1)
        {
            return views[0].Name;
        }

        string[][] parts = views.Select(view => view.Name.Split('.')).ToArray();
        int shortest = parts.Min(p => p.Length);
        int prefix = 0;
        while (prefix < shortest - 1 && parts.All(p => p[prefix] == parts[0][prefix]))
        {
            prefix++;
        }

        int suffix = 0;
        while (suffix < shortest - prefix - 1 && parts.All(p => p[p.Length - 1 - suffix] == parts[0][parts[0].Length - 1 - suffix]))
        {
            suffix++;
        }

        IEnumerable<string> middles = parts.Select(p => string.Join(".", p.Skip(prefix).Take(p.Length - prefix - suffix)));
        var name = new List<string>();
        name.AddRange(parts[0].Take(prefix));
        name.Add("{" + string.Join("|", middles) + "}");
        name.AddRange(parts[0].Skip(parts[0].Length - suffix));
        return string.Join(".", name);
    }

    /// <summary>The decoded fields every view has alike (name, offset, width); an enum name only where all views give it.</summary>
    public static IReadOnlyList<FieldValue> Common(IReadOnlyList<SimulatedRegister> views, IReadOnlyList<FieldValue> fields, AccessKind kind)
    {
        if (views.Count == 1 || fields.Count == 0)
        {
            return fields;
        }

        SimulatedRegister first = views[0];
        var common = new List<FieldValue>(fields.Count);
        foreach (FieldValue value in fields)
        {
            SimulatedField field = first.Field(value.Name);
            bool shared = true;
            string? enumName = value.EnumName;
            foreach (SimulatedRegister view in views)
            {
                SimulatedField? other = view.FindField(value.Name);
                if (other is null || other.BitOffset != field.BitOffset || other.BitWidth != field.BitWidth)
                {
                    shared = false;
                    break;
                }

                if (!string.Equals(other.EnumName(value.Value, kind), enumName, StringComparison.Ordinal))
                {
                    enumName = null;
                }
            }

            if (shared)
            {
                common.Add(value with { EnumName = enumName });
            }
        }

        return common;
    }
}
