using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PacGen.Interceptors
{
    /// <summary>
    /// A device's AdditionalFiles (the device first, then its patch inputs) compared element by element by reference:
    /// the compiler hands the same AdditionalText object for an unchanged file, so an unchanged device with unchanged
    /// patch inputs is not generated again.
    /// </summary>
    internal sealed class AdditionalTextsComparer : IEqualityComparer<ImmutableArray<AdditionalText>>
    {
        public static readonly AdditionalTextsComparer Instance = new AdditionalTextsComparer();

        public bool Equals(ImmutableArray<AdditionalText> x, ImmutableArray<AdditionalText> y)
        {
            if (x.Length != y.Length)
            {
                return false;
            }

            for (int i = 0; i < x.Length; i++)
            {
                if (!ReferenceEquals(x[i], y[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public int GetHashCode(ImmutableArray<AdditionalText> texts) =>
            texts.IsDefaultOrEmpty ? 0 : texts.Length * 31 + System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(texts[0]);
    }
}
