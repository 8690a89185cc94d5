using System;
using System.Globalization;
using PacGen.Svd.Model;

namespace PacGen.Cli.Output
{
    /// <summary>Values spelled the way the SVD spells them, so map output can be compared with the file by eye.</summary>
    internal static class SvdText
    {
        public static string Access(Access access) => access.ToSvdToken();

        /// <summary>Uppercase hex with a <c>0x</c> prefix and no padding: <c>0xFE200010</c>, <c>0x0</c>.</summary>
        public static string Hex(ulong value) => "0x" + value.ToString("X", CultureInfo.InvariantCulture);

        public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
