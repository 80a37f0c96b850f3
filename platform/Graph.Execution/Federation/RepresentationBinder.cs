using System.Text.Json;
using Graph.Execution.Coercion;
using Graph.Types;
using Graph.Types.Federation;
using Graph.Types.Resolvers;

namespace Graph.Execution.Federation;

/// <summary>
/// Reads one entity representation (<c>{"__typename": "Product", "id": "..."}</c>, Apollo Federation subgraph
/// specification, "Resolve requests for entities") and binds it to a lookup: the first <c>@lookup</c> of the type
/// whose required arguments the representation fills, each argument input-coerced (spec 3.5) to its type.
/// Failures are field errors with a stable <c>extensions.code</c>.
/// </summary>
internal static class RepresentationBinder
{
    public static (EntityLookup Lookup, IReadOnlyDictionary<string, object?> Arguments) Bind(EntityLookups entities, object? representation)
    {
        if (representation is not JsonElement { ValueKind: JsonValueKind.Object } json)
        {
            throw Invalid("A representation must be an object with __typename and the entity's key fields.");
        }

        if (!json.TryGetProperty(DefaultResolvers.TypeNameProperty, out var typeNameValue) || typeNameValue.ValueKind != JsonValueKind.String)
        {
            throw Invalid("A representation must have a __typename string naming its entity type.");
        }

        var typeName = typeNameValue.GetString()!;
        var entity = entities.Find(typeName)
            ?? throw new GraphQLException($"\"{typeName}\" is not an entity type of this subgraph.", FederationNames.UnknownTypeNameCode);
        if (entity.Lookups.Count == 0)
        {
            throw new GraphQLException(
                $"The entity type \"{typeName}\" has no @lookup field on the query type that this subgraph resolves it by.",
                FederationNames.EntityNotResolvableCode);
        }

        foreach (var lookup in entity.Lookups)
        {
            if (lookup.Arguments.All(a => !a.Argument.IsRequired || Find(json, a.Source) is not null))
            {
                return (lookup, Arguments(typeName, lookup, json));
            }
        }

        var expected = string.Join(" or ", entity.Lookups.Select(l =>
            string.Join(", ", l.Arguments.Where(a => a.Argument.IsRequired).Select(a => string.Join('.', a.Source)))));
        throw Invalid($"The representation of \"{typeName}\" lacks the key fields of its lookups: {expected}.");
    }

    private static Dictionary<string, object?> Arguments(string typeName, EntityLookup lookup, JsonElement representation)
    {
        // As CoerceArgumentValues (spec 6.4.1): a value given, else the default value, else absent.
        var arguments = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var argument in lookup.Field.Arguments)
        {
            var source = lookup.Arguments.FirstOrDefault(a => ReferenceEquals(a.Argument, argument))?.Source;
            if (source is not null && Find(representation, source) is { } value)
            {
                string? problem = null;
                if (!InputValueCoercion.TryCoerce(value, argument.Type, (message, _) => problem ??= message, out var coerced))
                {
                    throw Invalid($"The key field \"{string.Join('.', source)}\" of the representation of \"{typeName}\" is invalid: {problem}");
                }

                arguments[argument.Name] = coerced;
            }
            else if (argument.DefaultValue is { } defaultValue)
            {
                arguments[argument.Name] = LiteralCoercion.CoerceConstant(defaultValue, argument.Type);
            }
        }

        return arguments;
    }

    private static JsonElement? Find(JsonElement representation, string[] path)
    {
        var current = representation;
        foreach (var segment in path)
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(segment, out current))
            {
                return null;
            }
        }

        return current.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? null : current;
    }

    private static GraphQLException Invalid(string message) => new(message, FederationNames.InvalidRepresentationCode);
}
