using Graph.Execution.Federation;

namespace Graph.AspNetCore.Federation;

/// <summary>Apollo Federation v2 on the GraphQL server (HotChocolate's <c>AddApolloFederation()</c>).</summary>
public static class GraphQLServerFederationExtensions
{
    /// <summary>
    /// Makes the server an Apollo Federation v2 subgraph: <c>_service { sdl }</c> (the schema in Federation SDL) and
    /// <c>_entities(representations:)</c> resolved through the schema's <c>@lookup</c> fields (see
    /// <see cref="FederationSchemaBuilderExtensions.AddApolloFederation"/>). The order of the builder's calls does not
    /// matter: the additions are made once every type is known.
    /// </summary>
    public static GraphQLServerBuilder AddApolloFederation(this GraphQLServerBuilder builder, FederationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.ConfigureSchema(schema => schema.AddApolloFederation(options));
    }
}
