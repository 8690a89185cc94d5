using System;
using PacGen.Svd.Model;

namespace PacGen.Svd.Parsing
{
    /// <summary>The SVD's fixed vocabularies (accessType, usage, ...) mapped to the model enums.</summary>
    internal static class SvdTokens
    {
        public const string AccessExpected = "read-only, write-only, read-write, writeOnce or read-writeOnce";
        public const string ModifiedWriteValuesExpected = "oneToClear, oneToSet, oneToToggle, zeroToClear, zeroToSet, zeroToToggle, clear, set or modify";
        public const string ReadActionExpected = "clear, set, modify or modifyExternal";
        public const string ProtectionExpected = "s, n or p";
        public const string UsageExpected = "read, write or read-write";
        public const string BooleanExpected = "true, false, 1 or 0";

        public static bool TryParseAccess(string text, out Access access)
        {
            switch (text.Trim())
            {
                case "read-write": access = Access.ReadWrite; return true;
                case "read-only": access = Access.ReadOnly; return true;
                case "write-only": access = Access.WriteOnly; return true;
                case "writeOnce": access = Access.WriteOnce; return true;
                case "read-writeOnce": access = Access.ReadWriteOnce; return true;
                default: access = Access.ReadWrite; return false;
            }
        }

        /// <summary>
        /// Spellings real files use instead of the standard ones (<c>read-writeonce</c>, <c>write</c>, <c>read</c>):
        /// matched case-insensitively, reported as non-standard by the caller.
        /// </summary>
        public static bool TryParseAccessLenient(string text, out Access access, out string canonical)
        {
            string t = text.Trim().ToLowerInvariant().Replace("_", "-");
            switch (t)
            {
                case "read-write": case "rw": case "read/write": case "readwrite": access = Access.ReadWrite; canonical = "read-write"; return true;
                case "read-only": case "read": case "ro": case "readonly": access = Access.ReadOnly; canonical = "read-only"; return true;
                case "write-only": case "write": case "wo": case "writeonly": access = Access.WriteOnly; canonical = "write-only"; return true;
                case "writeonce": case "write-once": access = Access.WriteOnce; canonical = "writeOnce"; return true;
                case "read-writeonce": case "read-write-once": access = Access.ReadWriteOnce; canonical = "read-writeOnce"; return true;
                default: access = Access.ReadWrite; canonical = ""; return false;
            }
        }

        public static bool TryParseModifiedWriteValues(string text, out ModifiedWriteValues value)
        {
            switch (text.Trim())
            {
                case "modify": value = ModifiedWriteValues.Modify; return true;
                case "oneToClear": value = ModifiedWriteValues.OneToClear; return true;
                case "oneToSet": value = ModifiedWriteValues.OneToSet; return true;
                case "oneToToggle": value = ModifiedWriteValues.OneToToggle; return true;
                case "zeroToClear": value = ModifiedWriteValues.ZeroToClear; return true;
                case "zeroToSet": value = ModifiedWriteValues.ZeroToSet; return true;
                case "zeroToToggle": value = ModifiedWriteValues.ZeroToToggle; return true;
                case "clear": value = ModifiedWriteValues.Clear; return true;
                case "set": value = ModifiedWriteValues.Set; return true;
                default: value = ModifiedWriteValues.Modify; return false;
            }
        }

        public static bool TryParseReadAction(string text, out ReadAction value)
        {
            switch (text.Trim())
            {
                case "clear": value = ReadAction.Clear; return true;
                case "set": value = ReadAction.Set; return true;
                case "modify": value = ReadAction.Modify; return true;
                case "modifyExternal": value = ReadAction.ModifyExternal; return true;
                default: value = ReadAction.None; return false;
            }
        }

        public static bool TryParseProtection(string text, out Protection value)
        {
            switch (text.Trim())
            {
                case "s": value = Protection.Secure; return true;
                case "n": value = Protection.NonSecure; return true;
                case "p": value = Protection.Privileged; return true;
                default: value = Protection.None; return false;
            }
        }

        public static bool TryParseUsage(string text, out EnumUsage value)
        {
            switch (text.Trim())
            {
                case "read-write": value = EnumUsage.ReadWrite; return true;
                case "read": value = EnumUsage.Read; return true;
                case "write": value = EnumUsage.Write; return true;
                default: value = EnumUsage.ReadWrite; return false;
            }
        }

        public static bool TryParseBoolean(string text, out bool value)
        {
            string t = text.Trim();
            if (string.Equals(t, "true", StringComparison.OrdinalIgnoreCase) || t == "1")
            {
                value = true;
                return true;
            }

            value = false;
            return string.Equals(t, "false", StringComparison.OrdinalIgnoreCase) || t == "0";
        }
    }
}
