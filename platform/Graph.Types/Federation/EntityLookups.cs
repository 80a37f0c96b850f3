using System.Runtime.CompilerServices;
using Graph.Language;

namespace Graph.Types.Federation;

/// <summary>
/// The entities of a schema and how each is looked up: every object type with <c>@key</c>, with its keys and the
/// <c>@lookup</c> fields of the query type that return it (composite schemas spec 2.4.1 "@lookup"). Apollo
/// Federation's <c>_entities</c> resolves representations through these lookups. Computed once per schema.
/// </summary>
public sealed class EntityLookups
{
    private static readonly ConditionalWeakTable<Schema, EntityLookups> Cache = new();

    private readonly Dictionary<string, EntityDefinition> _byName;

    private EntityLookups(IReadOnlyList<EntityDefinition> entities)
    {
        Entities = entities;
        _byName = entities.ToDictionary(e => e.Type.Name, StringComparer.Ordinal);
    }

    /// <summary>The entity types in schema order.</summary>
    public IReadOnlyList<EntityDefinition> Entities { get; }

    public static EntityLookups Of(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return Cache.GetValue(schema, Create);
    }

    public EntityDefinition? Find(string typeName) => _byName.GetValueOrDefault(typeName);

    private static EntityLookups Create(Schema schema)
    {
        var lookupFields = schema.QueryType?.Fields.Where(f => f.Directives.Contains(CompositeDirectives.LookupName)).ToArray() ?? [];
        var entities = new List<EntityDefinition>();
        foreach (var type in schema.Types.OfType<ObjectType>())
        {
            var keys = type.Directives.FindAll(CompositeDirectives.KeyName)
                .Select(k => k.GetArgument("fields") is StringValueNode fields ? new EntityKey(fields.Value, FieldPaths.OfKey(fields.Value)) : null)
                .OfType<EntityKey>()
                .ToArray();
            if (keys.Length == 0)
            {
                continue;
            }

            var lookups = lookupFields.Where(f => Returns(schema, f, type)).Select(EntityLookup.Of).OfType<EntityLookup>().ToArray();
            entities.Add(new EntityDefinition(type, keys, lookups));
        }

        return new EntityLookups(entities);
    }

    // A lookup returns one entity (composite schemas spec 2.4.1): the type itself or an abstract type it belongs to.
    private static bool Returns(Schema schema, OutputField field, ObjectType type) =>
        field.Type.NullableType() switch
        {
            ObjectType objectType => ReferenceEquals(objectType, type),
            IAbstractType abstractType => schema.IsSubType(abstractType, type),
            _ => false,
        };
}

/// <summary>An entity type: an object type with one or more <c>@key</c>s, and the lookups that return it.</summary>
public sealed class EntityDefinition(ObjectType type, IReadOnlyList<EntityKey> keys, IReadOnlyList<EntityLookup> lookups)
{
    public ObjectType Type { get; } = type;

    public IReadOnlyList<EntityKey> Keys { get; } = keys;

    /// <summary>The usable lookups, in the query type's field order.</summary>
    public IReadOnlyList<EntityLookup> Lookups { get; } = lookups;

    /// <summary>True when some lookup's required arguments are all filled from the key's fields.</summary>
    public bool CanResolve(EntityKey key) => Lookups.Any(l => l.CanResolve(key));
}

/// <summary>One <c>@key(fields: ...)</c> of an entity: the selection set as written and its leaf paths.</summary>
public sealed record EntityKey(string Fields, IReadOnlyList<string[]> Paths);

/// <summary>A <c>@lookup</c> field and where each of its arguments comes from in a representation.</summary>
public sealed class EntityLookup
{
    private EntityLookup(OutputField field, IReadOnlyList<LookupArgument> arguments)
    {
        Field = field;
        Arguments = arguments;
    }

    public OutputField Field { get; }

    /// <summary>The arguments that can be filled from a representation (required ones always are).</summary>
    public IReadOnlyList<LookupArgument> Arguments { get; }

    /// <summary>
    /// The lookup with its argument sources: <c>@is(field: "a.b")</c>, or the argument's own name; null when a
    /// required argument has a source other than a path (object construction, choices), which is not supported.
    /// </summary>
    public static EntityLookup? Of(OutputField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var arguments = new List<LookupArgument>();
        foreach (var argument in field.Arguments)
        {
            var source = argument.Directives.Find(CompositeDirectives.IsName)?.GetArgument("field") switch
            {
                StringValueNode map => FieldPaths.OfSelectionMap(map.Value),
                null => [argument.Name],
                _ => null,
            };
            if (source is not null)
            {
                arguments.Add(new LookupArgument(argument, source));
            }
            else if (argument.IsRequired)
            {
                return null;
            }
        }

        return new EntityLookup(field, arguments);
    }

    /// <summary>True when every required argument's source is (a prefix of) one of the key's paths.</summary>
    public bool CanResolve(EntityKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Arguments.Where(a => a.Argument.IsRequired).All(a => key.Paths.Any(path => FieldPaths.IsPrefixOf(a.Source, path)));
    }
}

/// <summary>An argument of a lookup and the path of the representation value that fills it.</summary>
public sealed record LookupArgument(Argument Argument, string[] Source);
