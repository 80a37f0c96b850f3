using Graph.AspNetCore;
using Graph.AspNetCore.Http;
using Graph.AspNetCore.Subscriptions;
using Graph.Execution;
using Graph.Execution.Processing;
using Graph.Fusion.Execution.Http;
using Graph.Gateway.Caching;
using Graph.Gateway.Composition;
using Graph.Gateway.Forwarding;
using Graph.Gateway.RateLimiting;
using Graph.ServiceDefaults;
using Graph.ServiceDefaults.Auth;
using Graph.ServiceDefaults.Database;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Graph.Gateway;

/// <summary>
/// The gateway (ARCHITECTURE.md section 5, issue 7 part 5): serves the composed graph at <c>/graphql</c> (HTTP, SSE,
/// WebSocket, the Nitro IDE) through the Fusion engine; loads <c>Fusion:ExecutionSchema</c> with the manifest's URLs
/// and reloads it when the files change; validates access tokens at the edge (ServiceDefaults' Bearer scheme: an
/// invalid token is 401 <c>AUTH_INVALID_TOKEN</c> before any subgraph is asked) and forwards them, the trace context and
/// <c>accept-language</c> to the subgraphs; limits depth, cost and requests per client; trusted documents when
/// <c>Gateway:TrustedDocuments</c> names a manifest. Tests build the same application with other configuration.
/// </summary>
public static class GatewayHost
{
    public const string Name = "gateway";

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults(Name);
        var services = builder.Services;
        services.Configure<FusionOptions>(builder.Configuration.GetSection(FusionOptions.SectionName));
        services.Configure<GatewayOptions>(builder.Configuration.GetSection(GatewayOptions.SectionName));
        services.AddHttpContextAccessor();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CompositionFiles>();
        services.AddSingleton<CompositionLoader>();
        services.AddSingleton<GatewayExecutorProvider>();
        services.AddSingleton<SubgraphRequestForwarder>();
        services.AddFusionSubgraphClients(); // IHttpClientFactory, with the subgraph clients set up for the engine
        services.TryAddSingleton<IGatewayExecutorFactory, FusionExecutorFactory>();
        services.AddHostedService<CompositionWatcher>();
        services.AddHealthChecks().AddCheck<CompositionHealthCheck>("composition", tags: [ServiceDatabaseExtensions.ReadyTag]);

        var graphql = services.AddGraphQLServer();
        // The executor is the current composition's, taken once per request: a reload serves new requests only.
        services.Replace(ServiceDescriptor.Transient<IRequestExecutor>(sp => sp.GetRequiredService<GatewayExecutorProvider>().Current));
        services.TryAddSingleton<BearerWebSocketConnectionInterceptor>();
        services.Replace(ServiceDescriptor.Singleton<IWebSocketConnectionInterceptor, GatewayWebSocketInterceptor>());
        if (builder.Configuration[$"{GatewayOptions.SectionName}:{nameof(GatewayOptions.TrustedDocuments)}"] is { Length: > 0 } trusted)
        {
            var path = new CompositionFiles(builder.Environment).Resolve(trusted);
            graphql.AddTrustedDocuments(path);
        }

        services.AddGatewayRateLimiting();
        builder.AddGatewayResponseCache(); // Gateway:ResponseCache, on when ConnectionStrings:redis is set (Caching/)
        configure?.Invoke(builder);

        var app = builder.Build();
        // Authentication and the 401 for invalid tokens run first (ServiceDefaults' startup filter), so the limiter
        // already knows who is signed in.
        app.UseForwardedClientAddress();
        app.UseRateLimiter();
        app.MapDefaultEndpoints();
        app.UseWebSockets();
        app.MapGraphQL();
        return app;
    }

    /// <summary>The configured depth, field and cost limits as the engine's <see cref="OperationLimits"/>.</summary>
    public static OperationLimits LimitsOf(GatewayOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new OperationLimits { MaxDepth = options.MaxDepth, MaxCost = options.MaxCost, MaxFieldCount = options.MaxFieldCount };
    }
}
