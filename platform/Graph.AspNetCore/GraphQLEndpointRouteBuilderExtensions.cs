using Graph.AspNetCore.Http;
using Graph.AspNetCore.Ide;
using Graph.AspNetCore.Subscriptions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Graph.AspNetCore;

public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves GraphQL at <paramref name="path"/> and below it, as HotChocolate's <c>MapGraphQL</c>
    /// does: one pipeline of transport middleware, each answering the requests that are its own
    /// and passing the rest on: WebSocket upgrades (graphql-transport-ws), event streams
    /// (graphql-sse), the Nitro IDE for browsers, the SDL, then GraphQL over HTTP.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string path = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var root = new PathString(path.TrimEnd('/'));
        var pipeline = endpoints.CreateApplicationBuilder();
        pipeline.UseMiddleware<GraphQLWebSocketMiddleware>(root);
        pipeline.UseMiddleware<GraphQLSseMiddleware>(root);
        pipeline.UseMiddleware<NitroIdeMiddleware>(root);
        pipeline.UseMiddleware<SchemaSdlMiddleware>(root);
        pipeline.UseMiddleware<GraphQLHttpMiddleware>(root);
        pipeline.Run(static context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });

        var pattern = RoutePatternFactory.Parse(root.Value + "/{**graphqlPath}");
        return endpoints.Map(pattern, pipeline.Build()).WithDisplayName($"GraphQL {root}");
    }
}
