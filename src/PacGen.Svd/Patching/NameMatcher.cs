using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace PacGen.Svd.Patching
{
    /// <summary>
    /// svdtools' name specs: globs (<c>*</c>, <c>?</c>, <c>[…]</c>, <c>[!…]</c>, <c>{a,b}</c>, backslash escapes, as
    /// globset reads them), a comma list of globs when the spec has no brace, and the <c>?~</c> "optional" prefix.
    /// </summary>
    internal static class NameMatcher
    {
        private static readonly Dictionary<string, Regex> s_cache = new Dictionary<string, Regex>(StringComparer.Ordinal);

        private static readonly Regex s_token = new Regex(
            @"^[\w%]*((?:[\?*]|\[\d+(?:-\d+)?\]|\[[a-zA-Z]+(?:-[a-zA-Z]+)?\])+)[\w%]*$", RegexOptions.CultureInvariant);

        /// <summary>Splits off <c>?~</c>: the spec, and whether matching nothing is fine.</summary>
        public static string Spec(string spec, out bool optional)
        {
            optional = spec.StartsWith("?~", StringComparison.Ordinal);
            return optional ? spec.Substring(2) : spec;
        }

        public static bool Matches(string name, string spec) => SubSpec(name, spec) != null;

        /// <summary>One glob, commas literal (svdtools' strip patterns).</summary>
        public static bool MatchesGlob(string name, string glob) => GlobMatch(name, glob);

        /// <summary>
        /// A glob without braces or escapes is matched directly (literal specs by ordinal equality): patches
        /// match thousands of specs against thousands of names, and a regex per pair dominated the patch stage.
        /// </summary>
        private static bool GlobMatch(string name, string glob)
        {
            if (glob.IndexOfAny(s_special) < 0)
            {
                return string.Equals(name, glob, StringComparison.Ordinal);
            }

            if (glob.IndexOf('{') >= 0 || glob.IndexOf('\\') >= 0)
            {
                return Glob(glob).IsMatch(name);
            }

            return Wildcard(name, 0, glob, 0);
        }

        private static readonly char[] s_special = { '*', '?', '[', '{', '\\' };

        /// <summary>*, ? and [..] classes; backtracking only at stars (globs here have one or two).</summary>
        private static bool Wildcard(string name, int n, string glob, int g)
        {
            while (g < glob.Length)
            {
                char c = glob[g];
                if (c == '*')
                {
                    while (g < glob.Length && glob[g] == '*')
                    {
                        g++;
                    }

                    if (g == glob.Length)
                    {
                        return true;
                    }

                    for (int k = n; k <= name.Length; k++)
                    {
                        if (Wildcard(name, k, glob, g))
                        {
                            return true;
                        }
                    }

                    return false;
                }

                if (n >= name.Length)
                {
                    return false;
                }

                if (c == '?')
                {
                    n++;
                    g++;
                }
                else if (c == '[')
                {
                    int end = glob.IndexOf(']', g + 2 <= glob.Length ? g + 2 : g + 1);
                    if (end < 0)
                    {
                        if (name[n] != '[')
                        {
                            return false;
                        }

                        n++;
                        g++;
                        continue;
                    }

                    if (!InClass(name[n], glob, g + 1, end))
                    {
                        return false;
                    }

                    n++;
                    g = end + 1;
                }
                else
                {
                    if (name[n] != c)
                    {
                        return false;
                    }

                    n++;
                    g++;
                }
            }

            return n == name.Length;
        }

        private static bool InClass(char ch, string glob, int start, int end)
        {
            bool negate = glob[start] == '!' || glob[start] == '^';
            int i = negate ? start + 1 : start;
            bool found = false;
            while (i < end)
            {
                if (i + 2 < end && glob[i + 1] == '-')
                {
                    found |= ch >= glob[i] && ch <= glob[i + 2];
                    i += 3;
                }
                else
                {
                    found |= ch == glob[i];
                    i++;
                }
            }

            return found != negate;
        }

        /// <summary>The comma-separated part of <paramref name="spec"/> that <paramref name="name"/> matches, or null.</summary>
        public static string? SubSpec(string name, string spec)
        {
            if (spec.IndexOf('{') >= 0)
            {
                return Glob(spec).IsMatch(name) ? spec : null;
            }

            if (spec.IndexOf(',') < 0)
            {
                return GlobMatch(name, spec) ? spec : null;
            }

            foreach (string part in spec.Split(','))
            {
                if (GlobMatch(name, part))
                {
                    return part;
                }
            }

            return null;
        }

        /// <summary>
        /// svdtools' <c>spec_ind</c>: in the first comma part, the characters before and after the one run of wildcard
        /// tokens, which <c>_array</c> turns into <c>%s</c>. False when there is no such single run.
        /// </summary>
        public static bool TokenBounds(string spec, out int left, out int right)
        {
            int comma = spec.IndexOf(',');
            string first = comma < 0 ? spec : spec.Substring(0, comma);
            Match match = s_token.Match(first);
            if (!match.Success)
            {
                left = right = 0;
                return false;
            }

            Group token = match.Groups[1];
            left = token.Index;
            right = first.Length - (token.Index + token.Length);
            return true;
        }

        private static Regex Glob(string glob)
        {
            lock (s_cache)
            {
                if (!s_cache.TryGetValue(glob, out Regex? regex))
                {
                    regex = new Regex(Translate(glob), RegexOptions.CultureInvariant | RegexOptions.Singleline);
                    if (s_cache.Count > 4096)
                    {
                        s_cache.Clear();
                    }

                    s_cache[glob] = regex;
                }

                return regex;
            }
        }

        private static string Translate(string glob)
        {
            var sb = new StringBuilder("^");
            int braces = 0;
            for (int i = 0; i < glob.Length; i++)
            {
                char c = glob[i];
                switch (c)
                {
                    case '*':
                        sb.Append(".*");
                        break;
                    case '?':
                        sb.Append('.');
                        break;
                    case '\\' when i + 1 < glob.Length:
                        sb.Append(Regex.Escape(glob[++i].ToString()));
                        break;
                    case '[':
                    {
                        int end = glob.IndexOf(']', i + 2 < glob.Length ? i + 2 : i + 1);
                        if (end < 0)
                        {
                            sb.Append(@"\[");
                            break;
                        }

                        string body = glob.Substring(i + 1, end - i - 1);
                        bool negate = body.StartsWith("!", StringComparison.Ordinal) || body.StartsWith("^", StringComparison.Ordinal);
                        if (negate)
                        {
                            body = body.Substring(1);
                        }

                        sb.Append('[').Append(negate ? "^" : "").Append(body.Replace(@"\", @"\\").Replace("[", @"\[")).Append(']');
                        i = end;
                        break;
                    }

                    case '{':
                        braces++;
                        sb.Append("(?:");
                        break;
                    case '}' when braces > 0:
                        braces--;
                        sb.Append(')');
                        break;
                    case ',' when braces > 0:
                        sb.Append('|');
                        break;
                    default:
                        sb.Append(Regex.Escape(c.ToString()));
                        break;
                }
            }

            for (; braces > 0; braces--)
            {
                sb.Append(')');
            }

            return sb.Append('$').ToString();
        }
    }
}
