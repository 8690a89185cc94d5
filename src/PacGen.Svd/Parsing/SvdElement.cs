using System;
using System.Collections.Generic;
using System.Text;
using PacGen.Svd.Model;

namespace PacGen.Svd.Parsing
{
    /// <summary>
    /// One XML element of an SVD: local name, attributes, text, children and where it starts. The parser needs no
    /// more than this, and it is several times lighter than <c>XElement</c> with line info (no <c>XName</c>s, no
    /// annotation objects per node, no linked node lists), which matters on 4 MB vendor files: building it costs
    /// about a third of an <c>XDocument</c> load and a fraction of its memory.
    /// </summary>
    internal sealed class SvdElement
    {
        private static readonly List<SvdElement> s_noChildren = new List<SvdElement>(0);

        private List<SvdElement>? _children;
        private List<KeyValuePair<string, string>>? _attributes;
        private string? _text;
        private StringBuilder? _moreText;

        public SvdElement(string name, SvdElement? parent, SourcePosition position)
        {
            Name = name;
            Parent = parent;
            Position = position;
        }

        /// <summary>The local name (namespaces play no part in SVD).</summary>
        public string Name { get; }

        public SvdElement? Parent { get; private set; }

        /// <summary>Line and column of the element's name, as <c>IXmlLineInfo</c> reports it.</summary>
        public SourcePosition Position { get; internal set; }

        /// <summary>
        /// All text inside the element, descendants included, like <c>XElement.Value</c>. SVD values are leaves, so
        /// the concatenation of mixed content (own text first, then the children's) never matters in practice.
        /// </summary>
        public string Value
        {
            get
            {
                if (_children is null || _children.Count == 0)
                {
                    return _text ?? string.Empty;
                }

                var parts = new List<string>(_children.Count + 1) { _text ?? string.Empty };
                foreach (SvdElement child in _children)
                {
                    parts.Add(child.Value);
                }

                return string.Concat(parts);
            }
        }

        /// <summary>The child elements in document order.</summary>
        public List<SvdElement> Elements() => _children ?? s_noChildren;

        /// <summary>The first child element with this local name, or null.</summary>
        public SvdElement? Element(string name)
        {
            if (_children is null)
            {
                return null;
            }

            foreach (SvdElement child in _children)
            {
                if (string.Equals(child.Name, name, StringComparison.Ordinal))
                {
                    return child;
                }
            }

            return null;
        }

        /// <summary>The value of the attribute with this local name, or null.</summary>
        public string? Attribute(string name)
        {
            if (_attributes is null)
            {
                return null;
            }

            foreach (KeyValuePair<string, string> attribute in _attributes)
            {
                if (string.Equals(attribute.Key, name, StringComparison.Ordinal))
                {
                    return attribute.Value;
                }
            }

            return null;
        }

        internal void AddChild(SvdElement child) => (_children ??= new List<SvdElement>()).Add(child);

        // Mutation, for the patch stage (Patching/) only: it edits the tree between loading and parsing.

        /// <summary>The element's own text (not its descendants').</summary>
        internal string? OwnText => _moreText?.ToString() ?? _text;

        internal IReadOnlyList<KeyValuePair<string, string>> Attributes =>
            (IReadOnlyList<KeyValuePair<string, string>>?)_attributes ?? System.Array.Empty<KeyValuePair<string, string>>();

        /// <summary>The child list itself, created on first use (never the shared empty list).</summary>
        internal List<SvdElement> MutableChildren => _children ??= new List<SvdElement>();

        internal void SetText(string? text)
        {
            _text = text;
            _moreText = null;
        }

        internal void InsertChild(int index, SvdElement child)
        {
            child.Parent = this;
            MutableChildren.Insert(index, child);
        }

        internal void AppendChild(SvdElement child)
        {
            child.Parent = this;
            MutableChildren.Add(child);
        }

        internal bool RemoveChild(SvdElement child) => _children != null && _children.Remove(child);

        /// <summary>Sets (or, with null, removes) an attribute.</summary>
        internal void SetAttribute(string name, string? value)
        {
            if (_attributes != null)
            {
                int index = _attributes.FindIndex(a => string.Equals(a.Key, name, StringComparison.Ordinal));
                if (index >= 0)
                {
                    if (value == null)
                    {
                        _attributes.RemoveAt(index);
                    }
                    else
                    {
                        _attributes[index] = new KeyValuePair<string, string>(name, value);
                    }

                    return;
                }
            }

            if (value != null)
            {
                AddAttribute(name, value);
            }
        }

        /// <summary>A deep copy under <paramref name="parent"/>; positions are kept (they still name the source).</summary>
        internal SvdElement Clone(SvdElement? parent)
        {
            var copy = new SvdElement(Name, parent, Position) { _text = OwnText };
            if (_attributes != null)
            {
                copy._attributes = new List<KeyValuePair<string, string>>(_attributes);
            }

            if (_children != null)
            {
                copy._children = new List<SvdElement>(_children.Count);
                foreach (SvdElement child in _children)
                {
                    copy._children.Add(child.Clone(copy));
                }
            }

            return copy;
        }

        internal void AddAttribute(string name, string value) =>
            (_attributes ??= new List<KeyValuePair<string, string>>(1)).Add(new KeyValuePair<string, string>(name, value));

        /// <summary>Text arrives in pieces around comments and CDATA; a builder keeps many pieces linear, not quadratic.</summary>
        internal void AddText(string text)
        {
            if (_text is null)
            {
                _text = text;
            }
            else
            {
                (_moreText ??= new StringBuilder(_text)).Append(text);
            }
        }

        /// <summary>Called at the end tag: the pieces become one string.</summary>
        internal void Complete()
        {
            if (_moreText != null)
            {
                _text = _moreText.ToString();
                _moreText = null;
            }
        }
    }
}
