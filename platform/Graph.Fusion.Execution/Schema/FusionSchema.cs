using System.Collections.Frozen;
using Graph.Language;

namespace Graph.Fusion.Execution;

/// <summary>
/// The gateway's immutable view of a composition (docs/fusion.md): the execution schema's types with their
/// <c>@fusion__*</c> metadata (which source schemas resolve each field, lookups, requirements), the subgraph URLs,
/// and the client schema (<see cref="ClientSchema"/>) that requests are validated against and introspection answers.
/// </summary>
public sealed class FusionSchema
{
    private readonly FrozenDictionary<string, FusionType> _types;
    private readonly FrozenDictionary<string, IReadOnlyList<(string Schema, string Member)>> _possibleTypes;

    internal FusionSchema(
        Graph.Types.Schema clientSchema,
        IReadOnlyDictionary<string, FusionType> types,
        IReadOnlyDictionary<string, IReadOnlyList<(string Schema, string Member)>> possibleTypes,
        IReadOnlyList<string> sourceSchemas,
        IReadOnlyDictionary<string, Uri> subgraphUrls,
        string queryTypeName,
        string? mutationTypeName,
        string? subscriptionTypeName)
    {
        ClientSchema = clientSchema;
        _types = types.ToFrozenDictionary(StringComparer.Ordinal);
        _possibleTypes = possibleTypes.ToFrozenDictionary(StringComparer.Ordinal);
        SourceSchemas = sourceSchemas;
        SubgraphUrls = subgraphUrls.ToFrozenDictionary(StringComparer.Ordinal);
        QueryTypeName = queryTypeName;
        MutationTypeName = mutationTypeName;
        SubscriptionTypeName = subscriptionTypeName;
    }

    /// <summary>The client schema: the execution schema without inaccessible members and <c>fusion__*</c> definitions.</summary>
    public Graph.Types.Schema ClientSchema { get; }

    /// <summary>The source schema names (the <c>@fusion__schema_metadata</c> names), in declaration order.</summary>
    public IReadOnlyList<string> SourceSchemas { get; }

    /// <summary>The GraphQL endpoint of each source schema.</summary>
    public IReadOnlyDictionary<string, Uri> SubgraphUrls { get; }

    public string QueryTypeName { get; }

    public string? MutationTypeName { get; }

    public string? SubscriptionTypeName { get; }

    public IReadOnlyCollection<FusionType> Types => _types.Values;

    /// <summary>
    /// Loads an execution schema (docs/fusion.md) and the subgraphs' URLs (one per source schema name). Throws
    /// <see cref="FusionSchemaException"/> when the SDL is not a valid execution schema or a URL is missing.
    /// </summary>
    public static FusionSchema Load(string executionSdl, IReadOnlyDictionary<string, Uri> subgraphUrls)
    {
        ArgumentNullException.ThrowIfNull(executionSdl);
        ArgumentNullException.ThrowIfNull(subgraphUrls);
        return ExecutionSchemaReader.Read(executionSdl, subgraphUrls);
    }

    public FusionType GetType(string name) =>
        _types.TryGetValue(name, out var type) ? type : throw new InvalidOperationException($"The execution schema has no type '{name}'.");

    public bool TryGetType(string name, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out FusionType type) => _types.TryGetValue(name, out type);

    public string? GetRootTypeName(OperationType operation) => operation switch
    {
        OperationType.Query => QueryTypeName,
        OperationType.Mutation => MutationTypeName,
        _ => SubscriptionTypeName,
    };

    /// <summary>The object types an abstract type can be in <paramref name="schema"/> (<c>@fusion__implements</c> / <c>@fusion__unionMember</c>).</summary>
    public IReadOnlyList<FusionType> GetPossibleTypes(string abstractType, string schema)
    {
        if (!_possibleTypes.TryGetValue(abstractType, out var members))
        {
            return [];
        }

        var result = new List<FusionType>();
        foreach (var (memberSchema, member) in members)
        {
            if (memberSchema == schema && _types.TryGetValue(member, out var type) && type.Kind == FusionTypeKind.Object && !result.Contains(type))
            {
                result.Add(type);
            }
        }

        return result;
    }

    /// <summary>Whether the object type <paramref name="objectType"/> is a possible type of <paramref name="typeName"/> in any source schema.</summary>
    public bool IsPossibleType(string typeName, string objectType) =>
        typeName == objectType || (_possibleTypes.TryGetValue(typeName, out var members) && members.Any(m => m.Member == objectType));
}

/// <summary>An execution schema that cannot be loaded: the message names the type, field or directive at fault.</summary>
public sealed class FusionSchemaException(string message) : Exception(message);
