using System.Collections.Generic;
using PacGen.Generator.Diagnostics;
using PacGen.Generator.Naming;
using PacGen.Svd.Model;

namespace PacGen.Generator.Emit
{
    /// <summary>
    /// Emits the registers and clusters of a peripheral type or cluster type: a property per register (or
    /// per array element plus an indexable array), and the nested register / cluster types.
    /// Names are claimed for all children first, so a register keeps its natural name against later enums.
    /// </summary>
    internal sealed class ContainerEmitter
    {
        private readonly EmitContext _context;
        private readonly EnumCatalog _enums;
        private readonly RegisterTypeCatalog _registerTypes;

        public ContainerEmitter(EmitContext context, EnumCatalog enums, RegisterTypeCatalog registerTypes)
        {
            _context = context;
            _enums = enums;
            _registerTypes = registerTypes;
        }

        /// <param name="containerFullName">The enclosing type, <c>global::Ns.Gpio</c> or <c>global::Ns.Dma.ChCluster</c>.</param>
        /// <param name="absoluteBase">The container's address in the first instance, for doc comments.</param>
        public void EmitChildren(SourceWriter w, EquatableArray<RegisterNode> children, NameScope scope, string containerFullName, ulong absoluteBase)
        {
            var plans = new List<ChildPlan>();
            foreach (RegisterNode node in children)
            {
                ChildPlan? plan = Plan(node, scope, containerFullName);
                if (plan is not null)
                {
                    plans.Add(plan);
                }
            }

            foreach (ChildPlan plan in plans)
            {
                w.Line();
                EmitAccessors(w, plan, containerFullName, absoluteBase);
            }

            foreach (ChildPlan plan in plans)
            {
                if (plan.SharedTypeFullName is null)
                {
                    w.Line();
                }

                if (plan.Node is Register register)
                {
                    if (plan.SharedTypeFullName is not null)
                    {
                        continue;
                    }

                    string displayName = _registerTypes.IsShared(plan.LayoutKey!) ? string.Empty : register.Name;
                    new RegisterEmitter(_context, _enums).Emit(w, register, plan.Shape!, plan.TypeName, plan.SvdName, displayName);
                }
                else if (plan.Node is Cluster cluster)
                {
                    EmitCluster(w, cluster, plan, containerFullName, absoluteBase + cluster.AddressOffset);
                }
            }
        }

        private ChildPlan? Plan(RegisterNode node, NameScope scope, string containerFullName)
        {
            RegisterShape? shape = null;
            if (node is Register register)
            {
                shape = RegisterShape.For(register.Size);
                if (shape is null)
                {
                    _context.Diagnostics.Add(GeneratorDiagnosticDescriptors.Create(
                        GeneratorDiagnosticDescriptors.ElementSkipped,
                        register.Position,
                        register.Name,
                        "a " + Literals.Int(register.Size) + "-bit register has no MMIO access; sizes 8, 16, 32 and 64 are supported"));
                    return null;
                }
            }

            string kind = node is Register ? "Register" : "Cluster";
            Namer namer = _context.Namer;
            var plan = new ChildPlan(node, shape, SvdNameOf(node));
            // Alternates (CR in groups A and B) are distinct registers; identifiers follow svd2rust's GROUP_NAME.
            string? group = AlternateNames.GroupOf(node);
            string apiName = AlternateNames.Api(node.Name, group);
            if (node.Dim is { } dim)
            {
                plan.PropertyName = namer.Claim(scope, apiName, node.Position);
                plan.ArrayTypeName = namer.Claim(scope, apiName, node.Position, suffix: "Array");
                for (int i = 0; i < dim.Count; i++)
                {
                    plan.ElementNames.Add(namer.Claim(scope, AlternateNames.Api(dim.ElementName(i), group), node.Position));
                }
            }
            else
            {
                plan.PropertyName = namer.Claim(scope, apiName, node.Position);
            }

            if (node is Register layout)
            {
                plan.LayoutKey = RegisterTypeCatalog.Key(layout);
                if (_registerTypes.TryGet(plan.LayoutKey, out string shared))
                {
                    plan.SharedTypeFullName = shared;
                    return plan;
                }
            }

            plan.TypeName = namer.Claim(scope, apiName, node.Position, suffix: kind);
            if (plan.LayoutKey is not null)
            {
                _registerTypes.Add(plan.LayoutKey, containerFullName + "." + plan.TypeName);
            }

            return plan;
        }

        /// <summary>The name as CMSIS writes it, for documentation: the dim pattern, with the alternateGroup (<c>CR_A</c>).</summary>
        private static string SvdNameOf(RegisterNode node) => AlternateNames.Cmsis(node.Dim?.NamePattern ?? node.Name, AlternateNames.GroupOf(node));

        private void EmitAccessors(SourceWriter w, ChildPlan plan, string containerFullName, ulong absoluteBase)
        {
            RegisterNode node = plan.Node;
            string typeFullName = plan.SharedTypeFullName ?? containerFullName + "." + plan.TypeName;
            string[] doc = DocFor(node, plan, absoluteBase);
            if (node.Dim is not { } dim)
            {
                WriteLines(w, doc);
                w.Line("public " + typeFullName + " " + plan.PropertyName + " => new " + typeFullName + "(" + Address(node.AddressOffset) + ");");
                return;
            }

            string arrayFullName = containerFullName + "." + plan.ArrayTypeName;
            WriteLines(w, doc);
            w.Line("public " + arrayFullName + " " + plan.PropertyName + " => new " + arrayFullName + "(" + Address(node.AddressOffset) + ");");
            for (int i = 0; i < dim.Count; i++)
            {
                ulong offset = node.AddressOffset + ((ulong)i * dim.Increment);
                w.Line("/// <summary>" + Literals.XmlText(dim.ElementName(i) + " (element " + Literals.Int(i) + " of " + plan.SvdName + ")") + "</summary>");
                w.Line("public " + typeFullName + " " + plan.ElementNames[i] + " => new " + typeFullName + "(" + Address(offset) + ");");
            }

            string count = Literals.Int(dim.Count);
            w.Line();
            w.Line("/// <summary>The " + count + " elements of " + Literals.XmlText(plan.SvdName) + ", indexable.</summary>");
            w.Line(EmitContext.GeneratedCode);
            w.Open("public readonly struct " + plan.ArrayTypeName);
            w.Line("public " + plan.ArrayTypeName + "(nuint address) => Address = address;");
            w.Line();
            w.Line("/// <summary>The address of element 0.</summary>");
            w.Line("public nuint Address { get; }");
            w.Line();
            w.Line("/// <summary>The number of elements.</summary>");
            w.Line("public int Length => " + count + ";");
            w.Line();
            w.Line("/// <summary>Element <paramref name=\"index\"/> (0-based).</summary>");
            w.Line("public " + typeFullName + " this[int index] => (uint)index < " + count + "u ? new " + typeFullName +
                "(Address + ((nuint)index * " + IncrementLiteral(dim.Increment) + ")) : throw " + _context.Helpers + ".IndexOutOfRange(index, " + count + ");");
            w.Close();
        }

        private void EmitCluster(SourceWriter w, Cluster cluster, ChildPlan plan, string containerFullName, ulong absoluteBase)
        {
            string fullName = containerFullName + "." + plan.TypeName;
            var scope = new NameScope("cluster " + plan.SvdName, Reserved(plan.TypeName, "BaseAddress"));
            w.Line("/// <summary>" + Literals.XmlText(plan.SvdName + ": " + (cluster.Description ?? cluster.Name)) + "</summary>");
            w.Line(EmitContext.GeneratedCode);
            w.Open("public readonly struct " + plan.TypeName);
            w.Line("public " + plan.TypeName + "(nuint baseAddress) => BaseAddress = baseAddress;");
            w.Line();
            w.Line("/// <summary>The cluster's absolute address.</summary>");
            w.Line("public nuint BaseAddress { get; }");
            EmitChildren(w, cluster.Children, scope, fullName, absoluteBase);
            w.Close();
        }

        /// <summary>Names a container type always declares, plus the aliases every file uses.</summary>
        internal static string[] Reserved(params string[] names)
        {
            var all = new List<string>(names);
            all.AddRange(new[] { "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone" });
            return all.ToArray();
        }

        private static void WriteLines(SourceWriter w, string[] lines)
        {
            foreach (string line in lines)
            {
                w.Line(line);
            }
        }

        private static string[] DocFor(RegisterNode node, ChildPlan plan, ulong absoluteBase)
        {
            string summary = "/// <summary>" + Literals.XmlText(plan.SvdName + ": " + (node.Description ?? node.Name)) + "</summary>";
            string remarks = "Offset " + Literals.HexPlain(node.AddressOffset) + " (address " + Literals.HexPlain(absoluteBase + node.AddressOffset) + ")";
            if (node is Register register)
            {
                remarks += ", " + Literals.Int(register.Size) + " bits, reset " + Literals.HexPlain(register.ResetValue) + ", " + register.Access.ToSvdToken();
            }

            if (node.Dim is { } dim)
            {
                remarks += ", " + Literals.Int(dim.Count) + " elements every " + Literals.HexPlain(dim.Increment) + " bytes";
            }

            return new[] { summary, "/// <remarks>" + remarks + ".</remarks>" };
        }

        private static string Address(ulong offset) =>
            offset == 0 ? "BaseAddress" : "BaseAddress + " + OffsetLiteral(offset);

        private static string OffsetLiteral(ulong offset) =>
            offset <= uint.MaxValue ? Literals.Hex(offset, is64: false) : "unchecked((nuint)" + Literals.Hex(offset, is64: true) + ")";

        private static string IncrementLiteral(ulong increment) => OffsetLiteral(increment);

        private sealed class ChildPlan
        {
            public ChildPlan(RegisterNode node, RegisterShape? shape, string svdName)
            {
                Node = node;
                Shape = shape;
                SvdName = svdName;
            }

            public RegisterNode Node { get; }

            public RegisterShape? Shape { get; }

            public string SvdName { get; }

            public string PropertyName { get; set; } = string.Empty;

            public string ArrayTypeName { get; set; } = string.Empty;

            public string TypeName { get; set; } = string.Empty;

            public List<string> ElementNames { get; } = new List<string>();

            /// <summary>The register's layout key (null for clusters).</summary>
            public string? LayoutKey { get; set; }

            /// <summary>Set when an earlier register with the same layout already has a type this one reuses.</summary>
            public string? SharedTypeFullName { get; set; }
        }
    }
}
