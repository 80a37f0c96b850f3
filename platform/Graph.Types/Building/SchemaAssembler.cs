using Graph.Language;

namespace Graph.Types;

/// <summary>
/// Turns a <see cref="SchemaBuilder"/> into a <see cref="Schema"/>: creates every named type, then resolves type
/// references and attaches members (types reference each other), then validates (spec 3). All errors are collected.
/// </summary>
internal sealed partial class SchemaAssembler(SchemaBuilder builder)
{
    private readonly List<SchemaError> _errors = [.. builder.Errors];
    private readonly Dictionary<string, INamedType> _types = new(StringComparer.Ordinal);
    private readonly List<(TypeBuilder Builder, INamedType Type)> _userTypes = [];

    // Types that lost members to an error already reported (an unknown type); "must define one or more" would repeat it.
    private readonly HashSet<string> _incompleteTypes = new(StringComparer.Ordinal);

    public Schema Assemble()
    {
        foreach (var scalar in BuiltInScalars.Specified)
        {
            _types[scalar.Name] = scalar;
        }

        foreach (var type in IntrospectionTypes.All)
        {
            _types[type.Name] = type;
        }

        CreateNamedTypes();
        var directives = CreateDirectives();
        foreach (var (typeBuilder, type) in _userTypes)
        {
            CompleteType(typeBuilder, type);
        }

        CheckBindings();
        var (query, mutation, subscription) = ResolveRootTypes();

        var schema = new Schema(
            query,
            mutation,
            subscription,
            OrderTypes(directives),
            directives,
            builder.Description,
            new DirectiveUsageList(builder.SchemaDirectives),
            builder.HasSchemaDefinition);

        _errors.AddRange(SchemaValidator.Validate(schema).Where(e => !IsConsequenceOfDroppedMembers(e)));
        return _errors.Count == 0 ? schema : throw new SchemaValidationException(_errors);
    }

    private bool IsConsequenceOfDroppedMembers(SchemaError error) =>
        error.Message.Contains(" must define one or more ", StringComparison.Ordinal)
        && _incompleteTypes.Any(name => error.Message.Contains($" {name} must define", StringComparison.Ordinal));

    private void Error(string message, params Location?[] locations) => _errors.Add(new SchemaError(message, locations));

    private void CreateNamedTypes()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var typeBuilder in builder.Types)
        {
            var name = typeBuilder.Name;
            if (!seen.Add(name))
            {
                Error($"There can be only one type named \"{name}\".", typeBuilder.Location);
                continue;
            }

            if (_types.TryGetValue(name, out var existing))
            {
                if (existing is ScalarType { IsBuiltIn: true } builtIn && typeBuilder is ScalarTypeBuilder)
                {
                    // A built-in scalar re-declared in SDL (`scalar String`) keeps its specified behaviour.
                    var redeclared = typeBuilder.Directives.Count == 0 && typeBuilder.Description is null
                        ? builtIn
                        : builtIn.With(typeBuilder.Description, new DirectiveUsageList(typeBuilder.Directives), typeBuilder.Location);
                    _types[name] = redeclared;
                    _userTypes.Add((typeBuilder, redeclared));
                    continue;
                }

                Error($"Type \"{name}\" already exists in the schema. It cannot also be defined in this type definition.", typeBuilder.Location);
                continue;
            }

            var type = CreateNamedType(typeBuilder);
            _types[name] = type;
            _userTypes.Add((typeBuilder, type));
        }
    }

    private INamedType CreateNamedType(TypeBuilder type)
    {
        var directives = new DirectiveUsageList(type.Directives);
        return type switch
        {
            ObjectTypeBuilder o => new ObjectType(o.Name, o.Description, directives, o.RuntimeType, o.Location),
            InterfaceTypeBuilder i => new InterfaceType(i.Name, i.Description, directives, i.ResolveType ?? builder.FindTypeResolver(i.Name) ?? builder.DefaultTypeResolver, i.Location),
            UnionTypeBuilder u => new UnionType(u.Name, u.Description, directives, u.ResolveType ?? builder.FindTypeResolver(u.Name) ?? builder.DefaultTypeResolver, u.Location),
            InputObjectTypeBuilder io => new InputObjectType(io.Name, io.Description, directives, io.RuntimeType, io.Location),
            ScalarTypeBuilder s => new ScalarType(s.Name, s.Coercion ?? builder.FindScalarBinding(s.Name) ?? BuiltInScalars.Find(s.Name)?.Coercion ?? PassThroughCoercion.Instance, s.Description, directives, s.Location),
            EnumTypeBuilder e => CreateEnum(e, directives),
            _ => throw new InvalidOperationException($"Unknown type builder {type.GetType().Name}."),
        };
    }

    private EnumType CreateEnum(EnumTypeBuilder type, DirectiveUsageList directives)
    {
        var values = new List<EnumValue>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in type.Values)
        {
            if (!seen.Add(value.Name))
            {
                Error($"Enum value \"{type.Name}.{value.Name}\" can only be defined once.", value.Location);
                continue;
            }

            values.Add(new EnumValue(value.Name, value.Description, new DirectiveUsageList(value.Directives), value.Value, value.Location));
        }

        return new EnumType(type.Name, values, type.Description, directives, type.RuntimeType, type.Location);
    }

    private List<DirectiveDefinition> CreateDirectives()
    {
        var result = new List<DirectiveDefinition>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var directive in builder.DirectiveDefinitions)
        {
            if (!seen.Add(directive.Name))
            {
                Error($"There can be only one directive named \"@{directive.Name}\".", directive.Location);
                continue;
            }

            var arguments = CreateArguments(directive.Arguments, $"@{directive.Name}");
            result.Add(new DirectiveDefinition(directive.Name, directive.Locations, arguments, directive.IsRepeatable, directive.Description, directive.Location));
        }

        // graphql-js order: the schema's own directives first, then the built-in ones it did not redefine.
        result.AddRange(BuiltInDirectives.All.Where(d => !seen.Contains(d.Name)));
        return result;
    }

    private (ObjectType? Query, ObjectType? Mutation, ObjectType? Subscription) ResolveRootTypes()
    {
        // Without a schema definition the default root type names apply (spec 3.3.1); extensions may name others.
        var defaults = !builder.HasSchemaDefinition;
        var query = ResolveRoot(builder.QueryTypeName ?? (defaults ? "Query" : null), "Query", builder.QueryTypeName is not null);
        var mutation = ResolveRoot(builder.MutationTypeName ?? (defaults ? "Mutation" : null), "Mutation", builder.MutationTypeName is not null);
        var subscription = ResolveRoot(builder.SubscriptionTypeName ?? (defaults ? "Subscription" : null), "Subscription", builder.SubscriptionTypeName is not null);
        if (query is null && !_errors.Exists(e => e.Message.StartsWith("Query root type", StringComparison.Ordinal)))
        {
            Error("Query root type must be provided.", builder.SchemaLocation);
        }

        return (query, mutation, subscription);
    }

    private ObjectType? ResolveRoot(string? name, string operation, bool isExplicit)
    {
        if (name is null)
        {
            return null;
        }

        if (!_types.TryGetValue(name, out var type))
        {
            if (isExplicit)
            {
                Error($"Unknown type \"{name}\".", builder.SchemaLocation);
            }

            return null;
        }

        if (type is ObjectType obj)
        {
            return obj;
        }

        Error(operation == "Query"
            ? $"Query root type must be Object type, it cannot be {name}."
            : $"{operation} root type must be Object type if provided, it cannot be {name}.", type.Location);
        return null;
    }

    /// <summary>
    /// The schema's types in graphql-js's order (its GraphQLSchema constructor, collectReferencedTypes), so that
    /// <c>__schema.types</c> lists them as the reference implementation does: each defined type in definition order,
    /// followed by the built-in scalars first reached from it; then those reached only from directive arguments; then
    /// the introspection types from <c>__Schema</c>. Unreferenced built-in scalars are left out (spec 3.5).
    /// </summary>
    private List<INamedType> OrderTypes(IEnumerable<DirectiveDefinition> directives)
    {
        var userTypes = _userTypes.Select(t => t.Type).ToList();
        var byName = new Dictionary<string, INamedType>(StringComparer.Ordinal);
        foreach (var type in userTypes.Concat(BuiltInScalars.Specified).Concat(IntrospectionTypes.All))
        {
            byName.TryAdd(type.Name, type);
        }

        var seen = userTypes.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var ordered = new List<INamedType>(byName.Count);

        void Collect(string name)
        {
            if (seen.Add(name) && byName.TryGetValue(name, out var type))
            {
                ordered.Add(type);
                foreach (var reference in TypeReferences.Of(type))
                {
                    Collect(reference);
                }
            }
        }

        foreach (var type in userTypes)
        {
            ordered.Add(type);
            foreach (var reference in TypeReferences.Of(type))
            {
                Collect(reference);
            }
        }

        foreach (var argument in directives.SelectMany(d => d.Arguments))
        {
            Collect(argument.Type.NamedType().Name);
        }

        Collect(IntrospectionTypes.Schema.Name);
        return ordered;
    }
}
