namespace PacGen.Svd.Patching
{
    /// <summary>
    /// svdtools' backtick interpolation in descriptions and derivedFrom: <c>`peripheral`</c>, <c>`block_path`</c>,
    /// <c>`register`</c>, <c>`register_path`</c>, <c>`field`</c>, <c>`field_path`</c>.
    /// </summary>
    internal sealed class Interpolation
    {
        public static readonly Interpolation None = new Interpolation(null, null, null, null);

        private Interpolation(string? peripheral, string? blockPath, string? register, string? field)
        {
            Peripheral = peripheral;
            BlockPath = blockPath;
            RegisterName = register;
            FieldName = field;
        }

        public string? Peripheral { get; }

        /// <summary>PERIPH or PERIPH.CLUSTER…, as svd-rs prints a BlockPath.</summary>
        public string? BlockPath { get; }

        public string? RegisterName { get; }

        public string? FieldName { get; }

        public static Interpolation ForPeripheral(string name) => new Interpolation(name, name, null, null);

        public Interpolation WithCluster(string name) => new Interpolation(Peripheral, BlockPath == null ? name : BlockPath + "." + name, null, null);

        public Interpolation WithRegister(string name) => new Interpolation(Peripheral, BlockPath, name, null);

        public Interpolation WithField(string name) => new Interpolation(Peripheral, BlockPath, RegisterName, name);

        public string? RegisterPath => RegisterName == null ? null : BlockPath + "." + RegisterName;

        public string Apply(string text)
        {
            if (text.IndexOf('`') < 0)
            {
                return text;
            }

            text = Replace(text, "`peripheral`", Peripheral);
            text = Replace(text, "`block_path`", BlockPath);
            text = Replace(text, "`register`", RegisterName);
            text = Replace(text, "`register_path`", RegisterPath);
            text = Replace(text, "`field`", FieldName);
            return Replace(text, "`field_path`", FieldName == null ? null : RegisterPath + "." + FieldName);
        }

        private static string Replace(string text, string token, string? value) => value == null ? text : text.Replace(token, value);
    }
}
