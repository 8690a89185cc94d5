using System.Collections.Generic;
using PacGen.Svd.Model;

namespace PacGen.Generator.Planning
{
    /// <summary>
    /// The bits of a register whose write has a side effect, from modifiedWriteValues (svd2rust's
    /// ONE_TO_MODIFY_FIELDS_BITMAP / ZERO_TO_MODIFY_FIELDS_BITMAP, and the zero-to-… split the analyzer needs for
    /// WriteWithZero). A write built from reset or from a read value clears the one-to-modify bits and sets the
    /// zero-to-modify bits, so that writing a field never clears a flag or toggles an output by accident.
    /// </summary>
    /// <param name="OneToModify">Bits of oneToClear / oneToSet / oneToToggle fields.</param>
    /// <param name="ZeroToModify">Bits of zeroToClear / zeroToSet / zeroToToggle fields.</param>
    /// <param name="ZeroToClear">Bits that writing 0 clears.</param>
    /// <param name="ZeroToSet">Bits that writing 0 sets.</param>
    /// <param name="ZeroToToggle">Bits that writing 0 toggles.</param>
    internal sealed record WriteModifyBits(ulong OneToModify, ulong ZeroToModify, ulong ZeroToClear, ulong ZeroToSet, ulong ZeroToToggle)
    {
        /// <summary>A register without fields takes its own modifiedWriteValues for all its bits.</summary>
        public static WriteModifyBits Of(Register register, RegisterWidth width, List<FieldElement> fields)
        {
            var bits = new Accumulator();
            if (register.Fields.Count == 0)
            {
                bits.Add(register.ModifiedWriteValues, width.AllOnes);
            }

            foreach (FieldElement field in fields)
            {
                bits.Add(field.Field.ModifiedWriteValues, field.Mask);
            }

            return new WriteModifyBits(bits.OneToModify, bits.ZeroToClear | bits.ZeroToSet | bits.ZeroToToggle, bits.ZeroToClear, bits.ZeroToSet, bits.ZeroToToggle);
        }

        public static bool IsOneToModify(ModifiedWriteValues values) =>
            values == ModifiedWriteValues.OneToClear || values == ModifiedWriteValues.OneToSet || values == ModifiedWriteValues.OneToToggle;

        private sealed class Accumulator
        {
            public ulong OneToModify;
            public ulong ZeroToClear;
            public ulong ZeroToSet;
            public ulong ZeroToToggle;

            public void Add(ModifiedWriteValues values, ulong mask)
            {
                switch (values)
                {
                    case ModifiedWriteValues.OneToClear:
                    case ModifiedWriteValues.OneToSet:
                    case ModifiedWriteValues.OneToToggle:
                        OneToModify |= mask;
                        break;
                    case ModifiedWriteValues.ZeroToClear:
                        ZeroToClear |= mask;
                        break;
                    case ModifiedWriteValues.ZeroToSet:
                        ZeroToSet |= mask;
                        break;
                    case ModifiedWriteValues.ZeroToToggle:
                        ZeroToToggle |= mask;
                        break;
                }
            }
        }
    }
}
