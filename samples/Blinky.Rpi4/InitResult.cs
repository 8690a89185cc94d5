namespace Blinky.Rpi4
{
    /// <summary>The outcome of a fallible initialization: the initialized value, or why it could not be had.</summary>
    public readonly struct InitResult<T>
        where T : class
    {
        private InitResult(T? value, string? error)
        {
            Value = value;
            Error = error;
        }

        public T? Value { get; }

        public string? Error { get; }

        public bool IsOk => Value is not null;

        public static InitResult<T> Ok(T value) => new InitResult<T>(value, null);

        public static InitResult<T> Failed(string error) => new InitResult<T>(null, error);
    }
}
