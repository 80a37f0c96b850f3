using System.Diagnostics;
using System.Globalization;
using Graph.AspNetCore;
using Graph.AspNetCore.Subscriptions;
using Graph.Types.Resolvers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Graph.Benchmarks.Subscriptions;

/// <summary>
/// The server side of the SSE load test, in its own process so that its memory is measured alone:
/// <c>MapGraphQL</c> with a <c>tick</c> subscription on the in-memory bus, <c>POST /publish</c> to
/// send one tick (stamped with the send time) to every subscriber, and <c>GET /stats</c>.
/// </summary>
internal static class SseBenchmarkServer
{
    private const string Sdl = """
        type Query { ok: Boolean! }
        type Subscription { tick: Tick! }
        type Tick { seq: Int! sentAt: String! }
        """;

    public sealed record Tick(int Seq, string SentAt);

    public static async Task<int> RunAsync()
    {
        var subscribed = 0;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Limits.MaxConcurrentConnections = null).UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddGraphQLServer()
            .AddInMemorySubscriptions(o => o.TopicBufferCapacity = 16)
            .ConfigureSchema(schema => schema
                .AddSdl(Sdl)
                .BindResolver("Query", "ok", _ => ValueTask.FromResult<object?>(true))
                .BindSubscribe("Subscription", "tick", async c =>
                {
                    var stream = await c.Service<ITopicEventReceiver>().SubscribeAsync<Tick>("ticks", c.RequestAborted);
                    Interlocked.Increment(ref subscribed);
                    return stream;
                })
                .BindResolver("Subscription", "tick", c => ValueTask.FromResult(c.Parent)));

        var app = builder.Build();
        app.MapGraphQL();
        app.MapPost("/publish", async (HttpContext context, ITopicEventSender sender) =>
        {
            var seq = int.Parse(context.Request.Query["seq"].ToString(), CultureInfo.InvariantCulture);
            await sender.SendAsync("ticks", new Tick(seq, DateTime.UtcNow.Ticks.ToString(CultureInfo.InvariantCulture)));
            return Results.Ok();
        });
        app.MapGet("/stats", () =>
        {
            var heap = GC.GetTotalMemory(forceFullCollection: true);
            using var process = Process.GetCurrentProcess();
            return Results.Json(new { subscribed = Volatile.Read(ref subscribed), heapBytes = heap, workingSetBytes = process.WorkingSet64 });
        });
        await app.StartAsync();

        // The launcher (ChildServer) waits for this line.
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Console.WriteLine($"listening {new Uri(address).Port}");
        await Console.In.ReadLineAsync();
        await app.StopAsync();
        return 0;
    }
}
