using System.Collections.Concurrent;
using System.Text.Json;
using Graph.AspNetCore;
using Graph.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Graph.Fusion.Execution.Tests.Support;

/// <summary>
/// A real Graph.AspNetCore server on a free 127.0.0.1 port serving one SDL-first subgraph; records every GraphQL
/// request (body and headers) and can be told to hang or to answer garbage, to test the gateway's failure handling.
/// </summary>
public sealed class TestSubgraph : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stopping = new();
    private bool _stopped;

    private TestSubgraph(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
    }

    public Uri Url { get; }

    /// <summary>The GraphQL requests received (POST bodies and selected headers), in arrival order.</summary>
    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>When set, every request waits until the server stops (a subgraph that never answers).</summary>
    public bool Hang { get; set; }

    /// <summary>How many of the next requests are answered 503 (a transient failure).</summary>
    public int FailNext;

    /// <summary>A sequence shared by all test subgraphs, to observe the order requests arrived in.</summary>
    public static long Sequence;

    /// <summary>The shared sequence number of each request, in arrival order.</summary>
    public ConcurrentQueue<long> Arrivals { get; } = new();

    /// <summary>When set, every request is recorded and then waits for it before it is answered.</summary>
    public TaskCompletionSource? Gate { get; set; }

    /// <summary>When set, every request is answered 200 with a body that is not JSON.</summary>
    public bool AnswerGarbage { get; set; }

    public static async Task<TestSubgraph> StartAsync(string sdl, Action<SchemaBuilder> bind)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddGraphQLServer().ConfigureSchema(schema =>
        {
            schema.AddSdl(sdl);
            schema.UseJsonDefaultResolvers();
            bind(schema);
        });

        var app = builder.Build();
        TestSubgraph? self = null;
        app.Use(async (context, next) =>
        {
            if (context.Request.Method == HttpMethods.Post)
            {
                context.Request.EnableBuffering();
                using var reader = new StreamReader(context.Request.Body, leaveOpen: true);
                var body = await reader.ReadToEndAsync(context.RequestAborted);
                context.Request.Body.Position = 0;
                self!.Requests.Enqueue(new RecordedRequest(body, context.Request.Headers.Accept.ToString(), context.Request.Headers["X-Forwarded-Test"].ToString()));
                self.Arrivals.Enqueue(Interlocked.Increment(ref Sequence));
                if (Interlocked.Decrement(ref self.FailNext) >= 0)
                {
                    context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                    return;
                }

                if (self.Gate is { } gate)
                {
                    await gate.Task.WaitAsync(context.RequestAborted);
                }

                if (self.Hang)
                {
                    using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, self._stopping.Token);
                    await Task.Delay(Timeout.Infinite, linked.Token).ContinueWith(_ => { }, TaskScheduler.Default);
                    return;
                }

                if (self.AnswerGarbage)
                {
                    context.Response.ContentType = "application/graphql-response+json";
                    await context.Response.WriteAsync("<html>not graphql</html>", context.RequestAborted);
                    return;
                }
            }

            await next(context);
        });
        app.MapGraphQL();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        self = new TestSubgraph(app, new Uri(address.TrimEnd('/') + "/graphql"));
        return self;
    }

    public static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    /// <summary>Stops the server: later requests to its port are refused.</summary>
    public async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stopping.Dispose();
    }
}

/// <summary>One request a <see cref="TestSubgraph"/> received.</summary>
public sealed record RecordedRequest(string Body, string Accept, string ForwardedHeader)
{
    /// <summary>True when the request carried a JSON array of variable sets (variable batching).</summary>
    public bool IsBatch => JsonDocument.Parse(Body).RootElement.TryGetProperty("variables", out var variables) && variables.ValueKind == JsonValueKind.Array;
}
