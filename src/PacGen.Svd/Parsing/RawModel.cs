using System.Collections.Generic;
using PacGen.Svd.Model;

namespace PacGen.Svd.Parsing
{
    // The SVD as written: every property nullable (absent), derivedFrom not yet applied, dims not expanded.
    // The resolver merges these (derived ?? source) and the builder turns them into the immutable model.

    /// <summary>The dim group of a dimable element as written.</summary>
    internal sealed class RawDim
    {
        public int? Count;
        public ulong? Increment;
        public string? Index;
        public string? DimName;
        public SourcePosition Position;

        public static RawDim? Merge(RawDim? derived, RawDim? source)
        {
            if (derived == null)
            {
                return source;
            }

            if (source == null)
            {
                return derived;
            }

            return new RawDim
            {
                Count = derived.Count ?? source.Count,
                Increment = derived.Increment ?? source.Increment,
                Index = derived.Index ?? source.Index,
                DimName = derived.DimName ?? source.DimName,
                Position = derived.Position,
            };
        }
    }

    /// <summary>Register properties written at one level, with where each was written (for diagnostics).</summary>
    internal sealed class RawProperties
    {
        public int? Size;
        public Access? Access;
        public Protection? Protection;
        public ulong? ResetValue;
        public ulong? ResetMask;

        public static readonly RawProperties Empty = new RawProperties();

        public RawProperties Over(RawProperties outer) => new RawProperties
        {
            Size = Size ?? outer.Size,
            Access = Access ?? outer.Access,
            Protection = Protection ?? outer.Protection,
            ResetValue = ResetValue ?? outer.ResetValue,
            ResetMask = ResetMask ?? outer.ResetMask,
        };

        public RegisterProperties ToModel() => new RegisterProperties(Size, Access, Protection, ResetValue, ResetMask);
    }

    internal abstract class RawNamed
    {
        public string Name = "";
        public string? DerivedFrom;
        public string? Description;
        public RawDim? Dim;
        public SourcePosition Position;

        /// <summary>The name with its dim placeholder removed (<c>GPFSEL[%s]</c> → <c>GPFSEL</c>).</summary>
        public string BaseName => Name.Replace("[%s]", "").Replace("%s", "");
    }

    internal sealed class RawDevice
    {
        public string Name = "";
        public string? Vendor;
        public string? Series;
        public string? Version;
        public string? Description;
        public string? LicenseText;
        public Cpu? Cpu;
        public int? AddressUnitBits;
        public int? Width;
        public RawProperties Properties = RawProperties.Empty;
        public List<RawPeripheral> Peripherals = new List<RawPeripheral>();
        public SourcePosition Position;
    }

    internal sealed class RawPeripheral : RawNamed
    {
        public string? Version;
        public string? GroupName;
        public string? PrependToName;
        public string? AppendToName;
        public string? HeaderStructName;
        public string? AlternatePeripheral;
        public ulong? BaseAddress;
        public RawProperties Properties = RawProperties.Empty;
        public List<AddressBlock>? AddressBlocks;
        public List<RawInterrupt> Interrupts = new List<RawInterrupt>();

        /// <summary>Null when the peripheral has no &lt;registers&gt; of its own.</summary>
        public List<RawNode>? Children;

        /// <summary>The TypeName decided by the resolver (own name, or the source's).</summary>
        public string? TypeName;

        public RawPeripheral ShallowCopy() => (RawPeripheral)MemberwiseClone();
    }

    internal sealed class RawInterrupt
    {
        public string Name = "";
        public string? Description;
        public int Value;
        public SourcePosition Position;
    }

    internal abstract class RawNode : RawNamed
    {
        public ulong? AddressOffset;
        public RawProperties Properties = RawProperties.Empty;
    }

    internal sealed class RawCluster : RawNode
    {
        public string? AlternateCluster;
        public string? HeaderStructName;
        public List<RawNode> Children = new List<RawNode>();

        public RawCluster ShallowCopy() => (RawCluster)MemberwiseClone();
    }

    internal sealed class RawRegister : RawNode
    {
        public string? DisplayName;
        public string? AlternateGroup;
        public string? AlternateRegister;
        public string? DataType;
        public ModifiedWriteValues? ModifiedWriteValues;
        public WriteConstraint? WriteConstraint;
        public ReadAction? ReadAction;
        public List<RawField>? Fields;

        public RawRegister ShallowCopy() => (RawRegister)MemberwiseClone();
    }

    internal sealed class RawField : RawNamed
    {
        public int? BitOffset;
        public int? BitWidth;
        public Access? Access;
        public ModifiedWriteValues? ModifiedWriteValues;
        public WriteConstraint? WriteConstraint;
        public ReadAction? ReadAction;
        public List<RawEnumSet>? EnumSets;

        /// <summary>The bit position was written but is unusable (already reported by the parser).</summary>
        public bool BitPositionInvalid;

        public RawField ShallowCopy() => (RawField)MemberwiseClone();
    }

    internal sealed class RawEnumSet
    {
        public string? Name;
        public string? DerivedFrom;
        public string? HeaderEnumName;
        public EnumUsage? Usage;
        public List<EnumeratedValue> Values = new List<EnumeratedValue>();
        public SourcePosition Position;

        public RawEnumSet ShallowCopy() => (RawEnumSet)MemberwiseClone();
    }
}
