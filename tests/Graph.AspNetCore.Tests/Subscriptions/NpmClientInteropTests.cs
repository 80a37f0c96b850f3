using System.Text.Json;
using FluentAssertions;
using Graph.AspNetCore.Subscriptions;
using Graph.AspNetCore.Tests.Subscriptions.Support;
using Graph.AspNetCore.Tests.Support;
using Xunit;

namespace Graph.AspNetCore.Tests.Subscriptions;

/// <summary>
/// The npm clients (graphql-ws 6 with the ws package, graphql-sse 2) against our server: one node
/// process per client runs every check (js/ws-interop.mjs, js/sse-interop.mjs) and prints the results.
/// </summary>
public sealed class NpmClientInteropTests
{
    [Fact]
    public async Task GraphQL_Ws_Client_Should_Subscribe_Complete_And_Be_Rejected_With_The_Protocol_Codes()
    {
        await using var server = await GraphQLTestServer.StartAsync(graphql => graphql
            .AddSubscriptionTestSchema()
            .AddWebSocketConnectionInterceptor(new SubscriptionTestSchema.TokenInterceptor())
            .ModifyServerOptions(o => o.Subscriptions.ConnectionInitTimeout = TimeSpan.FromSeconds(3)));

        var results = await NodeScript.RunAsync("ws-interop.mjs", server.GraphQLEndpoint.ToString());

        var expected = """
            {
              "countdown": [3, 2, 1, 0],
              "query": { "data": { "hello": "Hello, npm!" } },
              "mutation": { "data": { "addProduct": { "name": "Npm" } } },
              "validationError": { "graphqlErrors": ["Cannot query field \"nope\" on type \"Subscription\"."] },
              "iteratorReturn": 100,
              "concurrent": [[2, 1, 0], [1, 0]],
              "authUser": "ada",
              "authUserInSubscription": "ada",
              "badAuth": { "code": 4403, "reason": "Forbidden" },
              "badMessage": { "code": 4400, "reason": "Unexpected message of type bogus received." },
              "subscribeBeforeAck": { "code": 4401, "reason": "Unauthorized" },
              "duplicateInit": { "code": 4429, "reason": "Too many initialisation requests" },
              "duplicateId": { "code": 4409, "reason": "Subscriber for x already exists" },
              "initTimeout": { "code": 4408, "reason": "Connection initialisation timeout" },
              "noSubprotocol": { "code": 4406, "reason": "Subprotocol not acceptable" },
              "legacySubprotocol": { "handshake": "Server sent no subprotocol" }
            }
            """;
        Normalize(results).Should().Be(Normalize(JsonSerializer.Deserialize<JsonElement>(expected)));
    }

    [Fact]
    public async Task GraphQL_Sse_Client_Should_Subscribe_And_Complete_In_Both_Modes_And_Be_Rejected_With_Http_Codes()
    {
        await using var server = await GraphQLTestServer.StartAsync(
            graphql => graphql.AddSubscriptionTestSchema(),
            configureApp: BearerTestAuthentication.Use);

        var results = await NodeScript.RunAsync("sse-interop.mjs", server.GraphQLEndpoint.ToString());

        var expected = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["distinct.validationError"] = """{ "next": [["Cannot query field \"nope\" on type \"Subscription\"."]] }""",
            ["single.validationError"] = """{ "status": 400 }""",
            ["authUser"] = "\"ada\"",
            ["badAuth"] = """{ "status": 401 }""",
            ["badMessage"] = """{ "status": 400 }""",
        };
        foreach (var prefix in new[] { "distinct", "single" })
        {
            expected[$"{prefix}.countdown"] = "[3, 2, 1, 0]";
            expected[$"{prefix}.query"] = """{ "data": { "hello": "Hello, sse!" } }""";
            expected[$"{prefix}.mutation"] = """{ "data": { "addProduct": { "name": "Sse" } } }""";
            expected[$"{prefix}.concurrent"] = "[[2, 1, 0], [1, 0]]";
            expected[$"{prefix}.iteratorReturn"] = "100";
        }

        Normalize(results).Should().Be(Normalize(JsonSerializer.Deserialize<JsonElement>(JsonSerializer.Serialize(
            expected.ToDictionary(e => e.Key, e => JsonSerializer.Deserialize<JsonElement>(e.Value))))));
    }

    // One key per line, sorted, so a failure names the check that differs.
    private static string Normalize(JsonElement json) => string.Join('\n', json.EnumerateObject()
        .OrderBy(p => p.Name, StringComparer.Ordinal)
        .Select(p => $"{p.Name}: {JsonSerializer.Serialize(p.Value)}"));
}
