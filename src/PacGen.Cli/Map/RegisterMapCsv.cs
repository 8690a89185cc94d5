using System.Collections.Generic;
using System.IO;
using System.Linq;
using PacGen.Cli.Output;
using PacGen.Svd;
using PacGen.Svd.Model;

namespace PacGen.Cli.Map
{
    /// <summary>Writes the flattened register map as CSV, one row per register instance.</summary>
    internal static class RegisterMapCsv
    {
        public const string Header = "peripheral,register,path,address,size,access,reset_value,reset_mask,fields";

        public static void Write(TextWriter output, IEnumerable<RegisterInstance> rows)
        {
            output.WriteLine(Header);
            foreach (RegisterInstance row in rows)
            {
                output.WriteLine(Csv.Line(Cells(row)));
            }
        }

        public static IEnumerable<string> Cells(RegisterInstance row)
        {
            yield return row.Peripheral.Name;
            yield return row.Register.Name;
            yield return row.Path;
            yield return SvdText.Hex(row.Address);
            yield return SvdText.Number(row.Register.Size);
            yield return SvdText.Access(row.Register.Access);
            yield return SvdText.Hex(row.Register.ResetValue);
            yield return SvdText.Hex(row.Register.ResetMask);
            yield return string.Join(";", row.ExpandedFields.Select(FieldCell));
        }

        // NAME:bitOffset:bitWidth:access
        private static string FieldCell(Field field) =>
            field.Name + ":" + SvdText.Number(field.BitOffset) + ":" + SvdText.Number(field.BitWidth) + ":" +
            SvdText.Access(field.Access);
    }
}
