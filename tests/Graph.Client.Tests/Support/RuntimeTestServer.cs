using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Graph.AspNetCore;
using Graph.Execution;
using Graph.Types;
using Graph.Types.Resolvers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Graph.Client.Tests.Support;

/// <summary>
/// A real GraphQL server (Graph.AspNetCore's MapGraphQL on Kestrel, 127.0.0.1, a free port) for the runtime tests, with
/// switches in front of it: answer the next requests 503, require a bearer token (401 with <c>AUTH_INVALID_TOKEN</c>
/// otherwise, as the gateway does), and a record of what arrived.
/// </summary>
public sealed class RuntimeTestServer : IAsyncDisposable
{
    private const string Sdl = """
        type Query {
          hello(name: String = "world"): String!
          "Waits until the request is aborted; signals when it started."
          slow: String
          "Fails with a coded error."
          forbidden: String
        }

        type Mutation {
          increment: Int!
        }

        type Subscription {
          countdown(from: Int!): Int!
        }
        """;

    private readonly WebApplication _app;
    private int _unavailable;
    private int _increments;

    private RuntimeTestServer(WebApplication app) => _app = app;

    public Uri Endpoint { get; private set; } = null!;

    /// <summary>Each request's Authorization header (null when absent), in arrival order.</summary>
    public ConcurrentQueue<string?> Authorizations { get; } = new();

    /// <summary>How many times the mutation ran.</summary>
    public int Increments => Volatile.Read(ref _increments);

    /// <summary>Completes when the <c>slow</c> field starts resolving.</summary>
    public TaskCompletionSource SlowStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>When set, only <c>Bearer {RequiredToken}</c> gets through.</summary>
    public string? RequiredToken { get; set; }

    /// <summary>Answers the next <paramref name="count"/> requests with 503 before they reach GraphQL.</summary>
    public void FailNext(int count) => Volatile.Write(ref _unavailable, count);

    public static async Task<RuntimeTestServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        RuntimeTestServer? server = null;
        builder.Services.AddGraphQLServer().ConfigureSchema(schema => Configure(schema, () => server!));
        var app = builder.Build();
        server = new RuntimeTestServer(app);
        app.Use(server.GateAsync);
        app.MapGraphQL();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Endpoint = new Uri(address.TrimEnd('/') + "/graphql");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task GateAsync(HttpContext context, RequestDelegate next)
    {
        var authorization = context.Request.Headers.Authorization.FirstOrDefault();
        Authorizations.Enqueue(authorization);
        if (Interlocked.Decrement(ref _unavailable) >= 0)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "0";
            await context.Response.WriteAsync("Service Unavailable");
            return;
        }

        if (RequiredToken is { } required && authorization != "Bearer " + required)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.ContentType = "application/graphql-response+json";
            await context.Response.WriteAsync("""{"errors":[{"message":"The access token is invalid or expired.","extensions":{"code":"AUTH_INVALID_TOKEN"}}]}""");
            return;
        }

        await next(context);
    }

    private static void Configure(SchemaBuilder schema, Func<RuntimeTestServer> server) =>
        schema.AddSdl(Sdl)
            .BindResolver("Query", "hello", c => ValueTask.FromResult<object?>($"Hello, {c.ArgumentValue<string>("name")}!"))
            .BindResolver("Query", "slow", async c =>
            {
                server().SlowStarted.TrySetResult();
                await Task.Delay(Timeout.Infinite, c.RequestAborted);
                return null;
            })
            .BindResolver("Query", "forbidden", _ => throw new GraphQLException("Not for you.", "AUTH_NOT_AUTHORIZED"))
            .BindResolver("Mutation", "increment", _ => ValueTask.FromResult<object?>(Interlocked.Increment(ref server()._increments)))
            .BindSubscribe("Subscription", "countdown", c => ValueTask.FromResult(Countdown(c.ArgumentValue<int>("from"), c.RequestAborted)))
            .BindResolver("Subscription", "countdown", c => ValueTask.FromResult(c.Parent));

    private static async IAsyncEnumerable<object?> Countdown(int from, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var i = from; i >= 0; i--)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return i;
            await Task.Yield();
        }
    }
}
