using System.Reflection;
using Graph.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.AspNetCore;

/// <summary>Code-first registration on the server, as HotChocolate users write it: <c>AddGraphQLServer().AddTypes(...)</c>.</summary>
public static class GraphQLServerBuilderTypeExtensions
{
    /// <summary>
    /// Adds every attributed type of the assemblies. Resolver parameters whose type the application's
    /// container registers are injected from the request's services (the container is asked once, at start-up).
    /// </summary>
    public static GraphQLServerBuilder AddTypes(this GraphQLServerBuilder builder, params Assembly[] assemblies)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.ConfigureSchema((services, schema) => InspectServices(services, schema).AddTypes(assemblies));
    }

    /// <summary>Adds one code-first type (a <c>[QueryType]</c> class, an <c>[ObjectType&lt;T&gt;]</c> extension, a record...).</summary>
    public static GraphQLServerBuilder AddType(this GraphQLServerBuilder builder, Type type)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(type);
        return builder.ConfigureSchema((services, schema) => InspectServices(services, schema).AddType(type));
    }

    private static SchemaBuilder InspectServices(IServiceProvider services, SchemaBuilder schema) =>
        services.GetService<IServiceProviderIsService>() is { } inspector ? schema.UseServiceInspector(inspector) : schema;
}
