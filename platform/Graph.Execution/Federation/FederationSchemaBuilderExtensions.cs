using Graph.Types;
using Graph.Types.Federation;

namespace Graph.Execution.Federation;

/// <summary>Apollo Federation v2 subgraph support on a schema: <c>_service { sdl }</c> and <c>_entities(representations:)</c>.</summary>
public static class FederationSchemaBuilderExtensions
{
    /// <summary>
    /// Adds <c>_Any</c>, <c>_Service</c>, <c>Query._service</c> and, when the schema has entity types (<c>@key</c>),
    /// <c>_Entity</c> and <c>Query._entities</c>, resolved through the <c>@lookup</c> fields of the query type
    /// (see <see cref="ApolloFederationSchema"/> and <see cref="EntitiesResolver"/>).
    /// </summary>
    public static SchemaBuilder AddApolloFederation(this SchemaBuilder builder, FederationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var resolver = new EntitiesResolver(options ?? new FederationOptions());
        return ApolloFederationSchema.AddTo(builder, resolver.ResolveAsync, EntityTypes.Resolve);
    }
}
