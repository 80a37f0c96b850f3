using System.Collections.Frozen;
using Graph.Language;

namespace Graph.Types;

/// <summary>
/// An immutable, validated GraphQL schema (spec 3.3 "Schema"): root operation types, named types by name,
/// directive definitions, and the possible types of every abstract type, precomputed for the executor.
/// Build one with <see cref="SchemaBuilder"/>.
/// </summary>
public sealed class Schema : IHasAppliedDirectives
{
    private readonly FrozenDictionary<string, INamedType> _typesByName;
    private readonly FrozenDictionary<string, DirectiveDefinition> _directivesByName;
    private readonly FrozenDictionary<string, IReadOnlyList<ObjectType>> _possibleTypes;
    private readonly FrozenDictionary<string, FrozenSet<string>> _subTypes;
    private readonly FrozenDictionary<string, IReadOnlyList<InterfaceType>> _interfaceImplementations;

    internal Schema(
        ObjectType? queryType,
        ObjectType? mutationType,
        ObjectType? subscriptionType,
        IReadOnlyList<INamedType> types,
        IReadOnlyList<DirectiveDefinition> directives,
        string? description,
        DirectiveUsageList schemaDirectives,
        bool hasSchemaDefinition)
    {
        QueryType = queryType!;
        MutationType = mutationType;
        SubscriptionType = subscriptionType;
        Types = types;
        Directives = directives;
        Description = description;
        SchemaDirectives = schemaDirectives;
        HasSchemaDefinition = hasSchemaDefinition;

        var byName = new Dictionary<string, INamedType>(StringComparer.Ordinal);
        foreach (var type in types)
        {
            byName.TryAdd(type.Name, type);
        }

        _typesByName = byName.ToFrozenDictionary(StringComparer.Ordinal);
        _directivesByName = directives.GroupBy(d => d.Name).ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        // Possible types (spec 3.7, 3.8): objects implementing an interface, directly or through another interface.
        var objects = new Dictionary<string, List<ObjectType>>(StringComparer.Ordinal);
        var interfaces = new Dictionary<string, List<InterfaceType>>(StringComparer.Ordinal);
        foreach (var type in types)
        {
            switch (type)
            {
                case ObjectType obj:
                    foreach (var iface in obj.Interfaces)
                    {
                        (objects.TryGetValue(iface.Name, out var list) ? list : objects[iface.Name] = []).Add(obj);
                    }

                    break;
                case InterfaceType implementing:
                    foreach (var iface in implementing.Interfaces)
                    {
                        (interfaces.TryGetValue(iface.Name, out var list) ? list : interfaces[iface.Name] = []).Add(implementing);
                    }

                    break;
                case UnionType union:
                    objects[union.Name] = [.. union.Types];
                    break;
            }
        }

        _possibleTypes = objects.ToFrozenDictionary(p => p.Key, p => (IReadOnlyList<ObjectType>)p.Value.ToArray(), StringComparer.Ordinal);
        _interfaceImplementations = interfaces.ToFrozenDictionary(p => p.Key, p => (IReadOnlyList<InterfaceType>)p.Value.ToArray(), StringComparer.Ordinal);
        _subTypes = objects.Keys.Concat(interfaces.Keys).Distinct().ToFrozenDictionary(
            name => name,
            name => objects.GetValueOrDefault(name, []).Select(o => o.Name)
                .Concat(interfaces.GetValueOrDefault(name, []).Select(i => i.Name)).ToFrozenSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
    }

    public string? Description { get; }

    /// <summary>The query root operation type (spec 3.3.1); always present in a valid schema.</summary>
    public ObjectType QueryType { get; }

    public ObjectType? MutationType { get; }

    public ObjectType? SubscriptionType { get; }

    /// <summary>
    /// Every named type: the schema's own types in definition order (SDL document order, or the order types were
    /// added to the builder), then the built-in scalars and the introspection types.
    /// </summary>
    public IReadOnlyList<INamedType> Types { get; }

    /// <summary>Custom directive definitions in definition order, then the built-in directives (spec 3.13).</summary>
    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    /// <summary>Directives applied to the schema itself (<c>schema @link(...) { ... }</c>).</summary>
    public DirectiveUsageList SchemaDirectives { get; }

    DirectiveUsageList IHasAppliedDirectives.Directives => SchemaDirectives;

    /// <summary>True when the schema was built from SDL that contained a schema definition.</summary>
    public bool HasSchemaDefinition { get; }

    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        OperationType.Subscription => SubscriptionType,
        _ => null,
    };

    public INamedType? FindType(string name) => _typesByName.GetValueOrDefault(name);

    public bool TryGetType(string name, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out INamedType type) =>
        _typesByName.TryGetValue(name, out type);

    public T GetType<T>(string name)
        where T : class, INamedType =>
        FindType(name) as T ?? throw new KeyNotFoundException($"The schema has no {typeof(T).Name} named \"{name}\".");

    public DirectiveDefinition? FindDirective(string name) => _directivesByName.GetValueOrDefault(name);

    /// <summary>The object types a value of <paramref name="abstractType"/> can have (spec 3.7, 3.8), precomputed.</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(INamedType abstractType)
    {
        ArgumentNullException.ThrowIfNull(abstractType);
        return abstractType switch
        {
            ObjectType obj => [obj],
            _ => _possibleTypes.GetValueOrDefault(abstractType.Name, []),
        };
    }

    /// <summary>The interfaces that declare they implement <paramref name="interfaceType"/>.</summary>
    public IReadOnlyList<InterfaceType> GetImplementingInterfaces(InterfaceType interfaceType) =>
        _interfaceImplementations.GetValueOrDefault(interfaceType.Name, []);

    /// <summary>
    /// True when <paramref name="maybeSubType"/> is a member of union <paramref name="abstractType"/>, or an object or
    /// interface that declares it implements interface <paramref name="abstractType"/>.
    /// </summary>
    public bool IsSubType(INamedType abstractType, INamedType maybeSubType) =>
        _subTypes.TryGetValue(abstractType.Name, out var set) && set.Contains(maybeSubType.Name);

    /// <summary>
    /// Whether <paramref name="maybeSubType"/> may stand where <paramref name="superType"/> is expected
    /// (spec 3.6 IsValidImplementationFieldType and IsSubType): equal, stricter Non-Null, or a possible type.
    /// </summary>
    public bool IsTypeSubTypeOf(IType maybeSubType, IType superType)
    {
        if (ReferenceEquals(maybeSubType, superType))
        {
            return true;
        }

        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is NonNullType nonNull)
        {
            return IsTypeSubTypeOf(nonNull.OfType, superType);
        }

        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && IsTypeSubTypeOf(subList.OfType, superList.OfType);
        }

        return maybeSubType is INamedType named && superType is INamedType superNamed
            && superNamed.IsAbstractType() && named.Kind is TypeKind.Object or TypeKind.Interface && IsSubType(superNamed, named);
    }

    /// <summary>The schema printed as SDL (built-ins omitted), see <see cref="SchemaPrinter"/>.</summary>
    public string ToSdl() => SchemaPrinter.Print(this);

    public override string ToString() => ToSdl();
}
