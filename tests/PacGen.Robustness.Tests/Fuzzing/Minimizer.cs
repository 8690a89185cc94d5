using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace PacGen.Robustness.Tests.Fuzzing
{
    /// <summary>
    /// Shrinks a failing mutant while it still fails, so it can become a small regression test: drops elements
    /// (largest first) while the text is XML, else chunks of lines (halving). Bounded by a number of attempts,
    /// since each attempt runs the whole chain.
    /// </summary>
    internal static class Minimizer
    {
        /// <summary>Texts larger than this are reported as they are: shrinking them would outlast the run.</summary>
        public const int MaxLength = 2_000_000;

        public static string Minimize(string text, Func<string, bool> stillFails, int maxAttempts = 300)
        {
            if (text.Length > MaxLength)
            {
                return text;
            }

            int attempts = 0;
            bool Try(string candidate) => attempts++ < maxAttempts && stillFails(candidate);

            XDocument? document = TryParse(text);
            if (document?.Root != null)
            {
                text = ByElements(document, text, Try);
            }

            return ByLines(text, Try);
        }

        private static string ByElements(XDocument document, string text, Func<string, bool> attempt)
        {
            bool progress = true;
            while (progress)
            {
                progress = false;
                // Breadth first: removing a peripheral saves more than removing one of its fields.
                List<XElement> elements = document.Root!.Descendants().OrderBy(e => e.Ancestors().Count()).ToList();
                foreach (XElement element in elements)
                {
                    if (element.Parent == null)
                    {
                        continue; // removed with an ancestor
                    }

                    XElement parent = element.Parent;
                    XNode? previous = element.PreviousNode;
                    element.Remove();
                    string candidate = Serialize(document);
                    if (attempt(candidate))
                    {
                        text = candidate;
                        progress = true;
                    }
                    else if (previous != null)
                    {
                        previous.AddAfterSelf(element);
                    }
                    else
                    {
                        parent.AddFirst(element);
                    }
                }
            }

            return text;
        }

        private static string ByLines(string text, Func<string, bool> attempt)
        {
            List<string> lines = text.Split('\n').ToList();
            for (int chunk = Math.Max(1, lines.Count / 2); chunk >= 1; chunk /= 2)
            {
                for (int start = 0; start < lines.Count;)
                {
                    List<string> candidate = lines.Take(start).Concat(lines.Skip(start + chunk)).ToList();
                    if (candidate.Count > 0 && attempt(string.Join("\n", candidate)))
                    {
                        lines = candidate;
                    }
                    else
                    {
                        start += chunk;
                    }
                }
            }

            return string.Join("\n", lines);
        }

        private static string Serialize(XDocument document) =>
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + document.Root!.ToString();

        private static XDocument? TryParse(string text)
        {
            try
            {
                return XDocument.Parse(text);
            }
            catch (XmlException)
            {
                return null;
            }
        }
    }
}
