using System.Collections.Generic;
using System.IO;
using System.Linq;
using PacGen.Cli.Output;
using PacGen.Svd;
using PacGen.Svd.Model;

namespace PacGen.Cli.Map
{
    /// <summary><c>pacgen map --enums</c>: one row per field enumeratedValues set of each register instance.</summary>
    internal static class EnumMapCsv
    {
        public const string Header = "peripheral,register,path,field,usage,variants";

        public static void Write(TextWriter output, IEnumerable<RegisterInstance> rows)
        {
            output.WriteLine(Header);
            foreach (RegisterInstance row in rows)
            {
                foreach (Field field in row.ExpandedFields)
                {
                    foreach (EnumeratedValues set in field.EnumeratedValues)
                    {
                        output.WriteLine(Csv.Line(new[]
                        {
                            row.Peripheral.Name, row.Register.Name, row.Path, field.Name, Usage(set.Usage),
                            string.Join(";", set.Values.Select(Variant)),
                        }));
                    }
                }
            }
        }

        private static string Usage(EnumUsage usage) => usage == EnumUsage.Read ? "read" : usage == EnumUsage.Write ? "write" : "read-write";

        // NAME=0xV; the isDefault variant is NAME=default.
        private static string Variant(EnumeratedValue value) => value.Name + "=" + (value.IsDefault ? "default" : SvdText.Hex(value.Value));
    }
}
