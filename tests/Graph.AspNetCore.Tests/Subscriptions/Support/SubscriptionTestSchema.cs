using System.Runtime.CompilerServices;
using System.Security.Claims;
using System.Text.Json;
using Graph.AspNetCore.Subscriptions;
using Graph.Types;
using Graph.Types.Resolvers;
using Microsoft.AspNetCore.Http;

namespace Graph.AspNetCore.Tests.Subscriptions.Support;

/// <summary>
/// Additions to the sample schema for the transport tests: who the caller is (as a query and as a
/// subscription event), a subscription fed by the bus (also one that takes a while to subscribe), one that fails after its first event, and
/// one that never yields but reports when it is cancelled.
/// </summary>
public static class SubscriptionTestSchema
{
    private const string Sdl = """
        extend type Query {
          me: String
        }

        extend type Subscription {
          me: String
          onMessage(topic: String!): String!
          onMessageAfter(topic: String!, delayMs: Int!): String!
          failing: Int!
          idle: Int!
        }
        """;

    /// <param name="builder">The server under test.</param>
    /// <param name="idle">Counts <c>idle</c> subscriptions that started and whose source stream ended.</param>
    public static GraphQLServerBuilder AddSubscriptionTestSchema(this GraphQLServerBuilder builder, IdleProbe? idle = null) =>
        builder.AddInMemorySubscriptions().ConfigureSchema(schema => schema
            .AddSdl(Sdl)
            .BindResolver("Query", "me", c => ValueTask.FromResult<object?>(NameOf(c.User)))
            .BindSubscribe("Subscription", "me", c => ValueTask.FromResult(Once(NameOf(c.User))))
            .BindResolver("Subscription", "me", c => ValueTask.FromResult(c.Parent))
            .BindSubscribe("Subscription", "onMessage", async c =>
                (IAsyncEnumerable<object?>)await c.Service<ITopicEventReceiver>().SubscribeAsync<string>(c.ArgumentValue<string>("topic")!, c.RequestAborted))
            .BindResolver("Subscription", "onMessage", c => ValueTask.FromResult(c.Parent))
            .BindSubscribe("Subscription", "onMessageAfter", async c =>
            {
                await Task.Delay(c.ArgumentValue<int>("delayMs"), c.RequestAborted);
                return (IAsyncEnumerable<object?>)await c.Service<ITopicEventReceiver>().SubscribeAsync<string>(c.ArgumentValue<string>("topic")!, c.RequestAborted);
            })
            .BindResolver("Subscription", "onMessageAfter", c => ValueTask.FromResult(c.Parent))
            .BindSubscribe("Subscription", "failing", _ => ValueTask.FromResult(FailAfterOne()))
            .BindResolver("Subscription", "failing", c => ValueTask.FromResult(c.Parent))
            .BindSubscribe("Subscription", "idle", _ => ValueTask.FromResult((idle ?? new IdleProbe()).WaitForeverAsync()))
            .BindResolver("Subscription", "idle", c => ValueTask.FromResult(c.Parent)));

    /// <summary>Accepts <c>{"token":"user:NAME"}</c> as user NAME, rejects any other token, and keeps HttpContext.User without one.</summary>
    public sealed class TokenInterceptor : IWebSocketConnectionInterceptor
    {
        public ValueTask<ConnectionInitResult> OnConnectAsync(HttpContext context, JsonElement? payload, CancellationToken cancellationToken)
        {
            if (payload is not { } given || !given.TryGetProperty("token", out var token))
            {
                return ValueTask.FromResult(ConnectionInitResult.Accept());
            }

            var text = token.GetString() ?? string.Empty;
            if (text == "explode")
            {
                throw new InvalidOperationException("The interceptor failed.");
            }

            return ValueTask.FromResult(text.StartsWith("user:", StringComparison.Ordinal)
                ? ConnectionInitResult.Accept(
                    new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, text["user:".Length..])], "test")),
                    new { server = "graph" })
                : ConnectionInitResult.Reject());
        }
    }

    private static string? NameOf(ClaimsPrincipal? user) => user?.Identity?.IsAuthenticated == true ? user.Identity.Name : null;

    private static async IAsyncEnumerable<object?> Once(object? value)
    {
        await Task.Yield();
        yield return value;
    }

    private static async IAsyncEnumerable<object?> FailAfterOne()
    {
        await Task.Yield();
        yield return 1;
        throw new InvalidOperationException("The source stream broke.");
    }
}

/// <summary>A source stream that waits until cancelled, counting how many started and how many ended.</summary>
public sealed class IdleProbe
{
    private int _started;
    private int _ended;

    public int Started => Volatile.Read(ref _started);

    public int Ended => Volatile.Read(ref _ended);

    public async IAsyncEnumerable<object?> WaitForeverAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _started);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            yield break;
        }
        finally
        {
            Interlocked.Increment(ref _ended);
        }
    }
}
