using System;
using Microsoft.CodeAnalysis;

namespace PacGen.Interceptors
{
    /// <summary>Whether the project lets <see cref="InterceptorEmitter.Namespace"/> declare interceptors.</summary>
    internal static class InterceptorsSwitch
    {
        /// <summary>
        /// MSBuild passes <c>$(InterceptorsNamespaces)</c> (and the older <c>$(InterceptorsPreviewNamespaces)</c>) to the
        /// compiler as the parse-option feature of the same name, a ';'-separated list.
        /// </summary>
        public static bool IsEnabled(ParseOptions options) =>
            Lists(options, "InterceptorsNamespaces") || Lists(options, "InterceptorsPreviewNamespaces");

        private static bool Lists(ParseOptions options, string feature)
        {
            if (!options.Features.TryGetValue(feature, out string? namespaces) || namespaces is null)
            {
                return false;
            }

            foreach (string entry in namespaces.Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries))
            {
                if (string.Equals(entry.Trim(), InterceptorEmitter.Namespace, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
