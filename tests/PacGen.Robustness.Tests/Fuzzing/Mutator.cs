using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Xml.Linq;

namespace PacGen.Robustness.Tests.Fuzzing
{
    /// <summary>
    /// Makes one mutant from a seed document and a <see cref="Random"/>: first cuts the device down to a few
    /// peripherals with a few registers each (deleting elements is a mutation too, and it keeps the compile of the
    /// output cheap), then applies one to four structural mutations, then sometimes a text-level one.
    /// Deterministic: the same seed document and random state give the same text.
    /// </summary>
    internal static class Mutator
    {
        private const int MaxPeripherals = 3;
        private const int MaxRegistersPerPeripheral = 12;

        private static readonly Action<XElement, Random>[] s_structural =
        {
            StructuralMutations.DeleteElement,
            StructuralMutations.DuplicateElement,
            StructuralMutations.SwapSiblings,
            StructuralMutations.MoveElement,
            StructuralMutations.CorruptNumber,
            StructuralMutations.CorruptName,
            StructuralMutations.CollideNames,
            StructuralMutations.HugeOrBrokenDim,
            StructuralMutations.CyclicDerivedFrom,
            StructuralMutations.DerivedFromNothing,
            StructuralMutations.BrokenBitRange,
            StructuralMutations.DeepNesting,
        };

        /// <summary>The mutant's text and a short account of what was done (for logs and regression test names).</summary>
        public static (string Text, string Recipe) Mutate(SeedDocument seed, Random random)
        {
            var recipe = new StringBuilder(System.IO.Path.GetFileName(seed.Path));
            XElement device = CutDown(seed, random, recipe);
            int mutations = 1 + random.Next(4);
            for (int i = 0; i < mutations; i++)
            {
                Action<XElement, Random> mutation = s_structural[random.Next(s_structural.Length)];
                recipe.Append(' ').Append(mutation.Method.Name);
                mutation(device, random);
            }

            string text = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + device.ToString()
                .Replace("<!--" + StructuralMutations.DeepNestingMarker + "-->", StructuralMutations.DeepNestingText, StringComparison.Ordinal);
            if (random.Next(5) == 0)
            {
                (text, string name) = TextMutations.Apply(text, random);
                recipe.Append(' ').Append(name);
            }

            return (text, recipe.ToString());
        }

        private static XElement CutDown(SeedDocument seed, Random random, StringBuilder recipe)
        {
            var device = new XElement(seed.Header);
            XElement? peripherals = device.Elements().FirstOrDefault(e => e.Name.LocalName == "peripherals");
            if (peripherals == null || seed.Peripherals.Count == 0)
            {
                return device;
            }

            int count = 1 + random.Next(Math.Min(MaxPeripherals, seed.Peripherals.Count));
            var chosen = new List<XElement>();
            for (int i = 0; i < count; i++)
            {
                XElement peripheral = seed.Peripherals[random.Next(seed.Peripherals.Count)];
                chosen.Add(peripheral);
                // Keep derivations meaningful most of the time: bring the peripheral a chosen one derives from.
                string? from = (string?)peripheral.Attribute("derivedFrom");
                XElement? source = from == null ? null : seed.Peripherals.FirstOrDefault(p => (string?)p.Element(p.Name.Namespace + "name") == from);
                if (source != null && random.Next(5) != 0)
                {
                    chosen.Add(source);
                }
            }

            foreach (XElement peripheral in chosen.Distinct())
            {
                var copy = new XElement(peripheral);
                XElement? registers = copy.Elements().FirstOrDefault(e => e.Name.LocalName == "registers");
                if (registers != null)
                {
                    List<XElement> nodes = registers.Elements().ToList();
                    while (nodes.Count > MaxRegistersPerPeripheral)
                    {
                        int victim = random.Next(nodes.Count);
                        nodes[victim].Remove();
                        nodes.RemoveAt(victim);
                    }
                }

                peripherals.Add(copy);
                recipe.Append(' ').Append((string?)copy.Elements().FirstOrDefault(e => e.Name.LocalName == "name") ?? "?");
            }

            return device;
        }
    }
}
