using System;
using System.Collections.Generic;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PacGen.Svd.Patching.Yaml
{
    /// <summary>
    /// Reads one YAML document into <see cref="PatchNode"/>s with YamlDotNet's event parser (anchors and aliases
    /// included). The first document is the patch, as in svdtools; an empty file is an empty patch.
    /// </summary>
    internal static class PatchYamlParser
    {
        /// <summary>Deepest nesting accepted; real patches are under ten levels.</summary>
        private const int MaxDepth = 128;

        /// <summary>The root node (null for an empty document), or an error message with its location.</summary>
        public static PatchNode? Parse(string text, string file, out string? error, out PatchLocation errorLocation)
        {
            error = null;
            errorLocation = new PatchLocation(file, 1, 1);
            try
            {
                var parser = new Parser(new StringReader(text));
                var anchors = new Dictionary<string, PatchNode>(StringComparer.Ordinal);
                parser.Consume<StreamStart>();
                if (parser.Accept<StreamEnd>(out _))
                {
                    return null;
                }

                parser.Consume<DocumentStart>();
                PatchNode? root = parser.Accept<DocumentEnd>(out _) ? null : ReadNode(parser, file, anchors, 0);
                return root;
            }
            catch (YamlException ex)
            {
                error = ex.Message;
                errorLocation = new PatchLocation(file, (int)Math.Max(1, ex.Start.Line), (int)Math.Max(1, ex.Start.Column));
                return null;
            }
        }

        private static PatchNode ReadNode(IParser parser, string file, Dictionary<string, PatchNode> anchors, int depth)
        {
            ParsingEvent current = parser.Current ?? throw new YamlException("unexpected end of the document");
            var location = new PatchLocation(file, (int)current.Start.Line, (int)current.Start.Column);
            if (depth > MaxDepth)
            {
                throw new YamlException(current.Start, current.End, "nesting deeper than " + MaxDepth);
            }

            switch (current)
            {
                case AnchorAlias alias:
                    parser.MoveNext();
                    if (!anchors.TryGetValue(alias.Value.Value, out PatchNode? target))
                    {
                        throw new YamlException(alias.Start, alias.End, "unknown alias *" + alias.Value.Value);
                    }

                    return target.DeepCopy();
                case Scalar scalar:
                {
                    parser.MoveNext();
                    var node = new PatchScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, location);
                    Remember(anchors, scalar.Anchor, node);
                    return node;
                }

                case SequenceStart start:
                {
                    parser.MoveNext();
                    var items = new List<PatchNode>();
                    while (!parser.TryConsume<SequenceEnd>(out _))
                    {
                        items.Add(ReadNode(parser, file, anchors, depth + 1));
                    }

                    var node = new PatchSequence(items, location);
                    Remember(anchors, start.Anchor, node);
                    return node;
                }

                case MappingStart start:
                {
                    parser.MoveNext();
                    var map = new PatchMap(location);
                    while (!parser.TryConsume<MappingEnd>(out _))
                    {
                        PatchNode key = ReadNode(parser, file, anchors, depth + 1);
                        PatchNode value = ReadNode(parser, file, anchors, depth + 1);
                        if (!(key is PatchScalar keyScalar))
                        {
                            throw new YamlException(current.Start, current.End, "a mapping key must be a scalar");
                        }

                        map.Set(keyScalar, value);
                    }

                    Remember(anchors, start.Anchor, map);
                    return map;
                }

                default:
                    throw new YamlException(current.Start, current.End, "unexpected " + current.GetType().Name);
            }
        }

        private static void Remember(Dictionary<string, PatchNode> anchors, YamlDotNet.Core.AnchorName anchor, PatchNode node)
        {
            if (!anchor.IsEmpty)
            {
                anchors[anchor.Value] = node;
            }
        }
    }
}
