using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using PacGen.TestSupport;

namespace PacGen.Robustness.Tests.Fuzzing
{
    /// <summary>
    /// The documents mutants start from: <c>svd/*.svd</c> and, when present, the corpus. Each is split once into
    /// its device header and its peripherals (as text), so a mutant is cheap to assemble from a few peripherals.
    /// </summary>
    internal sealed class SeedDocuments
    {
        private readonly ConcurrentDictionary<string, Lazy<SeedDocument>> _split = new ConcurrentDictionary<string, Lazy<SeedDocument>>(StringComparer.Ordinal);

        public SeedDocuments()
        {
            var files = new List<string>(Directory.GetFiles(RepoPaths.SvdFolder, "*.svd"));
            if (RepoPaths.HasCorpus)
            {
                files.AddRange(Directory.GetFiles(RepoPaths.Corpus, "*.svd", SearchOption.AllDirectories));
            }

            files.Sort(StringComparer.Ordinal);
            Files = files;
        }

        /// <summary>Seed files in ordinal order (the order a fuzz seed indexes into).</summary>
        public IReadOnlyList<string> Files { get; }

        public SeedDocument Get(string path) =>
            _split.GetOrAdd(path, p => new Lazy<SeedDocument>(() => SeedDocument.Load(p))).Value;
    }

    /// <summary>One seed SVD: the device without its peripherals, and each peripheral element.</summary>
    internal sealed class SeedDocument
    {
        private SeedDocument(string path, XElement header, IReadOnlyList<XElement> peripherals)
        {
            Path = path;
            Header = header;
            Peripherals = peripherals;
        }

        public string Path { get; }

        /// <summary>The device element with an empty <c>peripherals</c> element (never modified: mutants copy it).</summary>
        public XElement Header { get; }

        public IReadOnlyList<XElement> Peripherals { get; }

        public static SeedDocument Load(string path)
        {
            XElement device = XDocument.Parse(File.ReadAllText(path)).Root!;
            XElement? peripherals = device.Elements().FirstOrDefault(e => e.Name.LocalName == "peripherals");
            List<XElement> list = peripherals?.Elements().ToList() ?? new List<XElement>();
            peripherals?.RemoveNodes();
            return new SeedDocument(path, device, list);
        }
    }
}
