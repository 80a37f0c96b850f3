using Graph.Language;

namespace Graph.Fusion.Execution;

/// <summary>Reads an execution schema (docs/fusion.md) into a <see cref="FusionSchema"/>.</summary>
internal static class ExecutionSchemaReader
{
    public static FusionSchema Read(string executionSdl, IReadOnlyDictionary<string, Uri> subgraphUrls)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(executionSdl, ParserOptions.TypeSystem);
        }
        catch (GraphQLSyntaxException syntax)
        {
            throw new FusionSchemaException($"The execution schema is not valid SDL: {syntax.Message}");
        }

        var schemaNames = ReadSchemaNames(document);
        foreach (var name in schemaNames.Values)
        {
            if (!subgraphUrls.ContainsKey(name))
            {
                throw new FusionSchemaException($"No URL was given for the source schema '{name}'.");
            }
        }

        string Resolve(DirectiveNode directive)
        {
            var value = DirectiveArguments.RequiredString(directive, "schema");
            return schemaNames.TryGetValue(value, out var name)
                ? name
                : throw new FusionSchemaException($"@{directive.Name.Value}(schema: {value}) names no value of fusion__Schema.");
        }

        var types = new Dictionary<string, FusionType>(StringComparer.Ordinal);
        var possible = new Dictionary<string, List<(string, string)>>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions.OfType<TypeDefinitionNode>())
        {
            var name = ((INamedSyntaxNode)definition).Name.Value;
            if (name.StartsWith("fusion__", StringComparison.Ordinal))
            {
                continue;
            }

            var directives = ((IHasDirectives)definition).Directives;
            var typeSchemas = DirectiveArguments.Named(directives, "fusion__type").Select(Resolve).Distinct().ToArray();
            var inaccessible = DirectiveArguments.Has(directives, "fusion__inaccessible");
            switch (definition)
            {
                case ObjectTypeDefinitionNode obj:
                    types[name] = new FusionType(name, FusionTypeKind.Object, typeSchemas, ReadFields(obj.Fields, typeSchemas, Resolve), ReadLookups(directives, Resolve), inaccessible);
                    AddImplements(possible, name, obj.Interfaces, directives, typeSchemas, Resolve);
                    break;
                case InterfaceTypeDefinitionNode iface:
                    types[name] = new FusionType(name, FusionTypeKind.Interface, typeSchemas, ReadFields(iface.Fields, typeSchemas, Resolve), ReadLookups(directives, Resolve), inaccessible);
                    break;
                case UnionTypeDefinitionNode union:
                    types[name] = new FusionType(name, FusionTypeKind.Union, typeSchemas, Empty, ReadLookups(directives, Resolve), inaccessible);
                    var members = GetOrAdd(possible, name);
                    var declared = DirectiveArguments.Named(directives, "fusion__unionMember").ToArray();
                    if (declared.Length > 0)
                    {
                        members.AddRange(declared.Select(d => (Resolve(d), DirectiveArguments.RequiredString(d, "member"))));
                    }
                    else
                    {
                        members.AddRange(union.Types.SelectMany(t => typeSchemas.Select(s => (s, t.Name.Value))));
                    }

                    break;
                case EnumTypeDefinitionNode:
                    types[name] = new FusionType(name, FusionTypeKind.Enum, typeSchemas, Empty, [], inaccessible);
                    break;
                case InputObjectTypeDefinitionNode:
                    types[name] = new FusionType(name, FusionTypeKind.InputObject, typeSchemas, Empty, [], inaccessible);
                    break;
                case ScalarTypeDefinitionNode:
                    types[name] = new FusionType(name, FusionTypeKind.Scalar, typeSchemas, Empty, [], inaccessible);
                    break;
            }
        }

        // Union members declared without per-schema metadata only exist where the member type exists.
        var possibleTypes = possible.ToDictionary(
            p => p.Key,
            p => (IReadOnlyList<(string, string)>)p.Value
                .Where(m => !types.TryGetValue(m.Item2, out var member) || member.Schemas.Count == 0 || member.ExistsIn(m.Item1))
                .Distinct().ToArray(),
            StringComparer.Ordinal);

        var (query, mutation, subscription) = ReadRootTypes(document, types);
        var clientSchema = ClientSchemaBuilder.Build(document);
        return new FusionSchema(clientSchema, types, possibleTypes, schemaNames.Values.ToArray(), subgraphUrls, query, mutation, subscription);
    }

    private static readonly IReadOnlyDictionary<string, FusionField> Empty = new Dictionary<string, FusionField>();

    private static Dictionary<string, string> ReadSchemaNames(DocumentNode document)
    {
        var schemaEnum = document.Definitions.OfType<EnumTypeDefinitionNode>().FirstOrDefault(e => e.Name.Value == "fusion__Schema")
            ?? throw new FusionSchemaException("The execution schema has no 'enum fusion__Schema'.");
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in schemaEnum.Values)
        {
            var metadata = DirectiveArguments.Named(value.Directives, "fusion__schema_metadata").FirstOrDefault();
            names[value.Name.Value] = metadata is null ? value.Name.Value.ToLowerInvariant() : DirectiveArguments.RequiredString(metadata, "name");
        }

        return names;
    }

    private static Dictionary<string, FusionField> ReadFields(IReadOnlyList<FieldDefinitionNode> fields, IReadOnlyList<string> typeSchemas, Func<DirectiveNode, string> resolve)
    {
        var result = new Dictionary<string, FusionField>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            var sources = DirectiveArguments.Named(field.Directives, "fusion__field").Select(d => new FieldSource(
                resolve(d),
                DirectiveArguments.String(d, "sourceName") ?? field.Name.Value,
                DirectiveArguments.String(d, "sourceType"),
                DirectiveArguments.String(d, "provides") is { } provides ? SelectionSyntax.Parse(provides) : null,
                DirectiveArguments.Boolean(d, "partial"))).ToList();
            if (sources.Count == 0 && !DirectiveArguments.Has(field.Directives, "fusion__field"))
            {
                // A field without metadata is resolvable wherever its type is (hand-written execution schemas).
                sources.AddRange(typeSchemas.Select(s => new FieldSource(s, field.Name.Value, null, null, false)));
            }

            var requirements = DirectiveArguments.Named(field.Directives, "fusion__requires").Select(d => new FieldRequirement(
                resolve(d),
                SelectionSyntax.Parse(DirectiveArguments.RequiredString(d, "requirements")),
                SelectionSyntax.ParseFieldDefinition(DirectiveArguments.RequiredString(d, "field")),
                DirectiveArguments.StringList(d, "map"))).ToArray();
            result[field.Name.Value] = new FusionField(field.Name.Value, field.Type, sources, requirements, DirectiveArguments.Has(field.Directives, "fusion__inaccessible"));
        }

        return result;
    }

    private static FusionLookup[] ReadLookups(IReadOnlyList<DirectiveNode> directives, Func<DirectiveNode, string> resolve) =>
        DirectiveArguments.Named(directives, "fusion__lookup").Select(d => new FusionLookup(
            resolve(d),
            SelectionSyntax.Parse(DirectiveArguments.RequiredString(d, "key")),
            SelectionSyntax.ParseFieldDefinition(DirectiveArguments.RequiredString(d, "field")),
            DirectiveArguments.StringList(d, "map").Select(m => m ?? throw new FusionSchemaException("@fusion__lookup(map:) cannot contain null.")).ToArray(),
            DirectiveArguments.String(d, "path") is { Length: > 0 } path ? path.Split('.') : [],
            DirectiveArguments.Boolean(d, "internal"))).ToArray();

    private static void AddImplements(
        Dictionary<string, List<(string, string)>> possible, string objectName, IReadOnlyList<NamedTypeNode> interfaces,
        IReadOnlyList<DirectiveNode> directives, IReadOnlyList<string> typeSchemas, Func<DirectiveNode, string> resolve)
    {
        var declared = DirectiveArguments.Named(directives, "fusion__implements").ToArray();
        if (declared.Length > 0)
        {
            foreach (var d in declared)
            {
                GetOrAdd(possible, DirectiveArguments.RequiredString(d, "interface")).Add((resolve(d), objectName));
            }

            return;
        }

        foreach (var iface in interfaces)
        {
            GetOrAdd(possible, iface.Name.Value).AddRange(typeSchemas.Select(s => (s, objectName)));
        }
    }

    private static List<(string, string)> GetOrAdd(Dictionary<string, List<(string, string)>> map, string key)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        return list;
    }

    private static (string, string?, string?) ReadRootTypes(DocumentNode document, Dictionary<string, FusionType> types)
    {
        var definition = document.Definitions.OfType<SchemaDefinitionNode>().FirstOrDefault();
        string? Root(OperationType operation, string fallback)
        {
            var declared = definition?.OperationTypes.FirstOrDefault(o => o.Operation == operation)?.Type.Name.Value;
            return declared ?? (definition is null && types.ContainsKey(fallback) ? fallback : null);
        }

        return (Root(OperationType.Query, "Query") ?? throw new FusionSchemaException("The execution schema has no Query type."),
            Root(OperationType.Mutation, "Mutation"),
            Root(OperationType.Subscription, "Subscription"));
    }
}
