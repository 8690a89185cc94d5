using System.Collections.Generic;
using PacGen.Generator.Diagnostics;
using PacGen.Generator.Emit;
using PacGen.Generator.Naming;
using PacGen.Svd.Model;

namespace PacGen.Generator.Planning
{
    /// <summary>
    /// Plans the registers and clusters of a peripheral type or cluster type: a property per register (or per
    /// array element plus an indexable array), and the nested register and cluster types. Names are claimed for
    /// all children first, so a register keeps its natural name against later enums; a register whose layout an
    /// earlier one of the peripheral type has reuses that type.
    /// </summary>
    internal sealed class ContainerPlanner
    {
        private readonly PlanningContext _context;
        private readonly EnumCatalog _enums;
        private readonly RegisterTypeCatalog _registerTypes;

        public ContainerPlanner(PlanningContext context, EnumCatalog enums, RegisterTypeCatalog registerTypes)
        {
            _context = context;
            _enums = enums;
            _registerTypes = registerTypes;
        }

        /// <summary>Names a container type always declares, plus <c>object</c>'s members.</summary>
        public static string[] Reserved(params string[] names)
        {
            var all = new List<string>(names);
            all.AddRange(new[] { "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone" });
            return all.ToArray();
        }

        /// <param name="containerFullName">The enclosing type, <c>global::Ns.Gpio</c> or <c>global::Ns.Dma.ChCluster</c>.</param>
        /// <param name="absoluteBase">The container's address in the first instance, for doc comments.</param>
        public EquatableArray<ChildPlan> PlanChildren(EquatableArray<RegisterNode> children, NameScope scope, string containerFullName, ulong absoluteBase)
        {
            var named = new List<NamedChild>();
            foreach (RegisterNode node in children)
            {
                NamedChild? child = Name(node, scope, containerFullName);
                if (child is not null)
                {
                    named.Add(child);
                }
            }

            var plans = new List<ChildPlan>(named.Count);
            foreach (NamedChild child in named)
            {
                AccessorPlan accessor = Accessor(child, containerFullName, absoluteBase);
                RegisterTypePlan? registerType = null;
                ClusterPlan? cluster = null;
                if (child.Node is Register register && child.SharedTypeFullName is null)
                {
                    string displayName = _registerTypes.IsShared(child.LayoutKey!) ? string.Empty : register.Name;
                    registerType = new RegisterPlanner(_context, _enums).Plan(register, child.Width!, child.TypeName, child.SvdName, displayName);
                }
                else if (child.Node is Cluster clusterNode)
                {
                    cluster = PlanCluster(clusterNode, child, containerFullName, absoluteBase + clusterNode.AddressOffset);
                }

                plans.Add(new ChildPlan(accessor, registerType, cluster));
            }

            return plans.ToEquatableArray();
        }

        /// <summary>Claims the child's names and decides whether it reuses an earlier register type; null when it cannot be generated.</summary>
        private NamedChild? Name(RegisterNode node, NameScope scope, string containerFullName)
        {
            RegisterWidth? width = null;
            if (node is Register register)
            {
                width = RegisterWidth.For(register.Size);
                if (width is null)
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
            // Alternates (CR in groups A and B) are distinct registers; identifiers follow svd2rust's GROUP_NAME, the
            // documentation CMSIS's NAME_GROUP.
            string? group = AlternateNames.GroupOf(node);
            string apiName = AlternateNames.Api(node.Name, group);
            var child = new NamedChild(node, width, AlternateNames.Cmsis(node.Dim?.NamePattern ?? node.Name, group));
            child.PropertyName = namer.Claim(scope, apiName, node.Position);
            if (node.Dim is { } dim)
            {
                child.ArrayTypeName = namer.Claim(scope, apiName, node.Position, suffix: "Array");
                for (int i = 0; i < dim.Count; i++)
                {
                    child.ElementNames.Add(namer.Claim(scope, AlternateNames.Api(dim.ElementName(i), group), node.Position));
                }
            }

            if (node is Register layout)
            {
                child.LayoutKey = RegisterTypeCatalog.Key(layout);
                if (_registerTypes.TryGet(child.LayoutKey, out string shared))
                {
                    child.SharedTypeFullName = shared;
                    return child;
                }
            }

            child.TypeName = namer.Claim(scope, apiName, node.Position, suffix: kind);
            if (child.LayoutKey is not null)
            {
                _registerTypes.Add(child.LayoutKey, containerFullName + "." + child.TypeName);
            }

            return child;
        }

        private static AccessorPlan Accessor(NamedChild child, string containerFullName, ulong absoluteBase)
        {
            RegisterNode node = child.Node;
            string summary = Literals.XmlText(child.SvdName + ": " + (node.Description ?? node.Name));
            string remarks = "Offset " + Literals.HexPlain(node.AddressOffset) + " (address " + Literals.HexPlain(absoluteBase + node.AddressOffset) + ")";
            if (node is Register register)
            {
                remarks += ", " + Literals.Int(register.Size) + " bits, reset " + Literals.HexPlain(register.ResetValue) + ", " + register.Access.ToSvdToken();
            }

            if (node.Dim is { } dim)
            {
                remarks += ", " + Literals.Int(dim.Count) + " elements every " + Literals.HexPlain(dim.Increment) + " bytes";
            }

            string typeFullName = child.SharedTypeFullName ?? containerFullName + "." + child.TypeName;
            ArrayPlan? array = null;
            if (node.Dim is { } elements)
            {
                var named = new List<ArrayElementPlan>(elements.Count);
                for (int i = 0; i < elements.Count; i++)
                {
                    named.Add(new ArrayElementPlan(
                        child.ElementNames[i],
                        Literals.XmlText(elements.ElementName(i) + " (element " + Literals.Int(i) + " of " + child.SvdName + ")"),
                        node.AddressOffset + ((ulong)i * elements.Increment)));
                }

                array = new ArrayPlan(
                    child.ArrayTypeName,
                    containerFullName + "." + child.ArrayTypeName,
                    Literals.XmlText(child.SvdName),
                    elements.Count,
                    elements.Increment,
                    named.ToEquatableArray());
            }

            return new AccessorPlan(summary, remarks + ".", child.PropertyName, typeFullName, node.AddressOffset, array);
        }

        private ClusterPlan PlanCluster(Cluster cluster, NamedChild child, string containerFullName, ulong absoluteBase)
        {
            string fullName = containerFullName + "." + child.TypeName;
            var scope = new NameScope("cluster " + child.SvdName, Reserved(child.TypeName, "BaseAddress"));
            string summary = Literals.XmlText(child.SvdName + ": " + (cluster.Description ?? cluster.Name));
            return new ClusterPlan(child.TypeName, summary, PlanChildren(cluster.Children, scope, fullName, absoluteBase));
        }

        /// <summary>A child once its names are claimed, before its type is planned (working state of this planner).</summary>
        private sealed class NamedChild
        {
            public NamedChild(RegisterNode node, RegisterWidth? width, string svdName)
            {
                Node = node;
                Width = width;
                SvdName = svdName;
            }

            public RegisterNode Node { get; }

            public RegisterWidth? Width { get; }

            /// <summary>The SVD name, or the dim name pattern (<c>GPFSEL%s</c>).</summary>
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
