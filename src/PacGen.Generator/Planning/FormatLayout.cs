using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PacGen.Generator.Planning
{
    /// <summary>
    /// The compact field layout R.ToString() decodes at run time (see <c>PacGen.Runtime.GeneratedCodeSupport.Format</c>):
    /// <c>NAME@offset+width</c>, then for enum fields <c>=hex:VARIANT,hex:VARIANT</c>; fields separated by <c>;</c>.
    /// SVD names are identifiers (<c>[_A-Za-z0-9]</c>), so the separators cannot occur in them.
    /// </summary>
    internal static class FormatLayout
    {
        public static string Field(FieldElement field, EnumType? values)
        {
            var text = new StringBuilder();
            text.Append(field.SvdName).Append('@').Append(field.Offset.ToString(CultureInfo.InvariantCulture))
                .Append('+').Append(field.Width.ToString(CultureInfo.InvariantCulture));
            if (values is not null)
            {
                var seen = new HashSet<ulong>();
                char separator = '=';
                foreach (EnumMember member in values.Members)
                {
                    // Don't-care variants stand for several values; the raw value is shown for those.
                    if (member.Value.DontCareMask == 0 && seen.Add(member.MaskedValue))
                    {
                        text.Append(separator).Append(member.MaskedValue.ToString("X", CultureInfo.InvariantCulture)).Append(':').Append(member.Value.Name);
                        separator = ',';
                    }
                }
            }

            return text.ToString();
        }
    }
}
