using System;

namespace PacGen.Robustness.Tests.Fuzzing
{
    /// <summary>Mutations of the serialized text: what no element tree can express (truncation, DTDs, bad characters).</summary>
    internal static class TextMutations
    {
        public static (string Text, string Name) Apply(string text, Random random)
        {
            switch (random.Next(4))
            {
                case 0:
                    return (text.Substring(0, random.Next(text.Length + 1)), "Truncate");
                case 1:
                {
                    int declarationEnd = text.IndexOf("?>", StringComparison.Ordinal) + 2;
                    string prolog = HostileValues.Prologs[random.Next(HostileValues.Prologs.Length)];
                    return (text.Substring(0, declarationEnd) + "\n" + prolog + text.Substring(declarationEnd), "InjectProlog");
                }

                case 2:
                {
                    int at = random.Next(text.Length);
                    return (text.Substring(0, at) + HostileValues.Garbage[random.Next(HostileValues.Garbage.Length)] + text.Substring(at), "InjectGarbage");
                }

                default:
                {
                    // An entity reference in a name: with the DTD refused, it is an undeclared entity.
                    int at = text.IndexOf("<name>", random.Next(text.Length), StringComparison.Ordinal);
                    return at < 0 ? (text, "NoEntity") : (text.Insert(at + 6, "&xxe;"), "InjectEntity");
                }
            }
        }
    }
}
