using System.Runtime.CompilerServices;
using Graph.Language;

namespace Graph.Types.Federation;

/// <summary>
/// The subgraph's SDL as Apollo Federation v2 reads it from <c>_service { sdl }</c> (subgraph specification,
/// "Fetch service capabilities"): the schema's own definitions without the federation additions and built-ins,
/// headed by <c>extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: [...])</c> importing the
/// federation directives it uses. Composite schemas directives with a Federation namesake of the same arguments
/// (<c>@key</c>, <c>@shareable</c>, <c>@external</c>, <c>@provides</c>, <c>@override</c>, <c>@inaccessible</c>,
/// <c>@tag</c>) are kept; a <c>@key</c> no lookup of this subgraph can resolve gets <c>resolvable: false</c>.
/// <c>@lookup</c> and <c>@is</c> are dropped (Federation resolves entities through <c>_entities</c>); <c>@internal</c>
/// types and fields and fields with <c>@require</c> arguments are left out (Federation has no equivalent and a
/// Federation gateway could not call them as meant). Other directives (<c>@authorize</c>, <c>@oneOf</c>, custom
/// ones) are dropped with their definitions and the types only those definitions use. Printed once per schema.
/// </summary>
public static class FederationSdl
{
    private static readonly ConditionalWeakTable<Schema, string> Cache = new();

    /// <summary>The directives printed as Federation's, in the order the <c>@link</c> imports them.</summary>
    private static readonly string[] FederationDirectives =
    [
        CompositeDirectives.KeyName, CompositeDirectives.ShareableName, CompositeDirectives.ExternalName, CompositeDirectives.ProvidesName,
        CompositeDirectives.OverrideName, CompositeDirectives.InaccessibleName, "tag",
    ];

    private static readonly string[] KeptBuiltInDirectives = [BuiltInDirectives.DeprecatedName, BuiltInDirectives.SpecifiedByName];

    private static readonly string[] AdditionTypes =
    [
        FederationNames.AnyScalar, FederationNames.ServiceType, FederationNames.EntityUnion, "FieldSelectionSet", "FieldSelectionMap",
    ];

    public static string Print(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return Cache.GetValue(schema, static s => new Rewriter(s).Print());
    }

    private sealed class Rewriter(Schema schema)
    {
        private readonly EntityLookups _entities = EntityLookups.Of(schema);
        private readonly HashSet<string> _used = new(StringComparer.Ordinal);
        private readonly HashSet<string> _removedTypes = new(AdditionTypes, StringComparer.Ordinal);

        public string Print()
        {
            var document = Parser.Parse(SchemaPrinter.Print(schema), ParserOptions.TypeSystem);
            var directiveArgumentTypes = document.Definitions.OfType<DirectiveDefinitionNode>()
                .SelectMany(d => d.Arguments).Select(a => NamedType(a.Type)).ToHashSet(StringComparer.Ordinal);
            foreach (var type in document.Definitions.OfType<TypeDefinitionNode>().Where(t => HasDirective(t.Directives, CompositeDirectives.InternalName)))
            {
                _removedTypes.Add(type.Name.Value);
            }

            // Removing a field may leave its type empty (a Query of internal lookups only), which removes that type too.
            List<DefinitionNode> definitions;
            int removed;
            do
            {
                removed = _removedTypes.Count;
                _used.Clear();
                definitions = document.Definitions.Select(Rewrite).OfType<DefinitionNode>().ToList();
            }
            while (removed != _removedTypes.Count);

            // Types only the dropped directive definitions used (ApplyPolicy of @authorize) go with them.
            var referenced = definitions.SelectMany(ReferencedTypes).ToHashSet(StringComparer.Ordinal);
            definitions.RemoveAll(d => d is TypeDefinitionNode t && directiveArgumentTypes.Contains(t.Name.Value) && !referenced.Contains(t.Name.Value));

            var imports = FederationDirectives.Where(_used.Contains).Select(name => (ValueNode)new StringValueNode("@" + name)).ToArray();
            var link = new DirectiveNode(new NameNode("link"), [
                new ArgumentNode(new NameNode("url"), new StringValueNode(FederationNames.LinkUrl)),
                new ArgumentNode(new NameNode("import"), new ListValueNode(imports)),
            ]);
            definitions.Insert(0, new SchemaExtensionNode([link], []));
            return SyntaxPrinter.Print(new DocumentNode(definitions));
        }

        private DefinitionNode? Rewrite(DefinitionNode definition) => definition switch
        {
            DirectiveDefinitionNode => null,
            TypeDefinitionNode type when _removedTypes.Contains(type.Name.Value) => null,
            SchemaDefinitionNode schemaDefinition => schemaDefinition with { Directives = Directives(schemaDefinition.Directives) },
            ObjectTypeDefinitionNode obj => Complex(obj.Name.Value, obj.Fields) is { Count: > 0 } fields
                ? obj with { Fields = fields, Directives = TypeDirectives(obj.Name.Value, obj.Directives), Interfaces = Interfaces(obj.Interfaces) }
                : RemoveType(obj.Name.Value),
            InterfaceTypeDefinitionNode iface => Complex(iface.Name.Value, iface.Fields) is { Count: > 0 } fields
                ? iface with { Fields = fields, Directives = Directives(iface.Directives), Interfaces = Interfaces(iface.Interfaces) }
                : RemoveType(iface.Name.Value),
            UnionTypeDefinitionNode union => union with { Directives = Directives(union.Directives), Types = Interfaces(union.Types) },
            EnumTypeDefinitionNode enumType => enumType with
            {
                Directives = Directives(enumType.Directives),
                Values = enumType.Values.Select(v => v with { Directives = Directives(v.Directives) }).ToArray(),
            },
            InputObjectTypeDefinitionNode input => input with { Directives = Directives(input.Directives), Fields = InputValues(input.Fields) },
            ScalarTypeDefinitionNode scalar => scalar with { Directives = Directives(scalar.Directives) },
            _ => definition,
        };

        private DefinitionNode? RemoveType(string name)
        {
            _removedTypes.Add(name);
            return null;
        }

        private IReadOnlyList<NamedTypeNode> Interfaces(IReadOnlyList<NamedTypeNode> types) =>
            types.Where(t => !_removedTypes.Contains(t.Name.Value)).ToArray();

        private List<FieldDefinitionNode> Complex(string typeName, IReadOnlyList<FieldDefinitionNode> fields)
        {
            var isQuery = typeName == schema.QueryType?.Name;
            return fields
                .Where(f => !(isQuery && f.Name.Value is FederationNames.ServiceField or FederationNames.EntitiesField))
                .Where(f => !HasDirective(f.Directives, CompositeDirectives.InternalName))
                .Where(f => !f.Arguments.Any(a => HasDirective(a.Directives, CompositeDirectives.RequireName)))
                .Where(f => !_removedTypes.Contains(NamedType(f.Type)))
                .Select(f => f with { Directives = Directives(f.Directives), Arguments = InputValues(f.Arguments) })
                .ToList();
        }

        private InputValueDefinitionNode[] InputValues(IReadOnlyList<InputValueDefinitionNode> values) =>
            values.Select(v => v with { Directives = Directives(v.Directives) }).ToArray();

        private IReadOnlyList<DirectiveNode> TypeDirectives(string typeName, IReadOnlyList<DirectiveNode> directives)
        {
            var entity = _entities.Find(typeName);
            return Directives(directives).Select(d => d.Name.Value == CompositeDirectives.KeyName && entity is not null && !IsResolvable(entity, d)
                ? d with { Arguments = [.. d.Arguments, new ArgumentNode(new NameNode("resolvable"), new BooleanValueNode(false))] }
                : d).ToArray();
        }

        private static bool IsResolvable(EntityDefinition entity, DirectiveNode key) =>
            key.Arguments.FirstOrDefault(a => a.Name.Value == "fields")?.Value is not StringValueNode fields
            || entity.Keys.FirstOrDefault(k => k.Fields == fields.Value) is not { } definition
            || entity.CanResolve(definition);

        private IReadOnlyList<DirectiveNode> Directives(IReadOnlyList<DirectiveNode> directives)
        {
            var kept = new List<DirectiveNode>(directives.Count);
            foreach (var directive in directives)
            {
                var name = directive.Name.Value;
                if (FederationDirectives.Contains(name))
                {
                    _used.Add(name);
                    kept.Add(directive);
                }
                else if (KeptBuiltInDirectives.Contains(name))
                {
                    kept.Add(directive);
                }
            }

            return kept;
        }

        private static bool HasDirective(IReadOnlyList<DirectiveNode> directives, string name) => directives.Any(d => d.Name.Value == name);

        private static string NamedType(TypeNode type) => type switch
        {
            NonNullTypeNode nonNull => NamedType(nonNull.Type),
            ListTypeNode list => NamedType(list.Type),
            NamedTypeNode named => named.Name.Value,
            _ => throw new ArgumentException($"Unknown type node {type.Kind}.", nameof(type)),
        };

        private static IEnumerable<string> ReferencedTypes(DefinitionNode definition) => definition switch
        {
            ObjectTypeDefinitionNode obj => obj.Interfaces.Select(i => i.Name.Value).Concat(FieldTypes(obj.Fields)),
            InterfaceTypeDefinitionNode iface => iface.Interfaces.Select(i => i.Name.Value).Concat(FieldTypes(iface.Fields)),
            UnionTypeDefinitionNode union => union.Types.Select(t => t.Name.Value),
            InputObjectTypeDefinitionNode input => input.Fields.Select(f => NamedType(f.Type)),
            SchemaDefinitionNode schemaDefinition => schemaDefinition.OperationTypes.Select(o => o.Type.Name.Value),
            _ => [],
        };

        private static IEnumerable<string> FieldTypes(IReadOnlyList<FieldDefinitionNode> fields) =>
            fields.SelectMany(f => f.Arguments.Select(a => NamedType(a.Type)).Append(NamedType(f.Type)));
    }
}
