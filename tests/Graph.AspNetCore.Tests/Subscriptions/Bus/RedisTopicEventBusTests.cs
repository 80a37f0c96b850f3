using FluentAssertions;
using Graph.AspNetCore.Subscriptions;
using Graph.AspNetCore.Tests.Subscriptions.Support;
using Graph.AspNetCore.Tests.Support;
using Graph.Redis;
using Graph.Testing.Redis;
using Graph.Types.Resolvers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace Graph.AspNetCore.Tests.Subscriptions.Bus;

/// <summary>The Redis bus against a real redis-server: JSON messages across clients and across two GraphQL servers.</summary>
public sealed class RedisTopicEventBusTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    public sealed record PriceChanged(string Sku, decimal Price);

    [Fact]
    public async Task A_Message_Published_By_One_Client_Should_Reach_Subscribers_Of_Another()
    {
        await using var publisherClient = redis.CreateClient();
        await using var subscriberClient = redis.CreateClient();
        await using var publisher = CreateBus(publisherClient);
        await using var subscriber = CreateBus(subscriberClient);
        await using var stream = await subscriber.SubscribeAsync<PriceChanged>("prices");

        await publisher.SendAsync("prices", new PriceChanged("mug", 9.5m));
        await publisher.SendAsync("prices", new PriceChanged("tea", 4.25m));
        await publisher.CompleteAsync("prices");

        (await InMemoryTopicEventBusTests.ReadAllAsync(stream)).Should().Equal(new PriceChanged("mug", 9.5m), new PriceChanged("tea", 4.25m));
    }

    [Fact]
    public async Task Local_Subscribers_Of_A_Topic_Should_Share_One_Redis_Subscription_And_Release_It()
    {
        await using var client = redis.CreateClient();
        await using var bus = CreateBus(client);
        var first = await bus.SubscribeAsync<int>("shared");
        var second = await bus.SubscribeAsync<int>("shared");

        bus.ActiveTopics.Should().Be(1);
        await bus.SendAsync("shared", 7);
        await first.DisposeAsync();
        await bus.SendAsync("shared", 8);
        await bus.CompleteAsync("shared");

        (await InMemoryTopicEventBusTests.ReadAllAsync(second)).Should().Equal(7, 8);
        await Eventually.HoldsAsync(() => bus.ActiveTopics == 0, "the topic's Redis subscription to be released");
    }

    [Fact]
    public async Task A_Message_That_Does_Not_Fit_The_Type_Should_End_The_Subscription_With_A_Clear_Error()
    {
        await using var client = redis.CreateClient();
        await using var bus = CreateBus(client);
        await using var stream = await bus.SubscribeAsync<PriceChanged>("typed");

        await bus.SendAsync("typed", "not an object");

        var read = () => InMemoryTopicEventBusTests.ReadAllAsync(stream);
        (await read.Should().ThrowAsync<System.Text.Json.JsonException>()).Which.Message.Should().StartWith(
            "A message on topic 'typed' could not be read as PriceChanged:");
    }

    [Fact]
    public async Task A_Mutation_On_One_Server_Should_Reach_A_Subscriber_Of_Another_Server()
    {
        await using var first = await StartServerAsync();
        await using var second = await StartServerAsync();
        await using var subscriber = await WsTestClient.ConnectAndInitAsync(second.GraphQLEndpoint);
        await subscriber.SubscribeAsync("s", """subscription { onMessage(topic: "replicated") }""");
        var bus = second.Services.GetRequiredService<RedisTopicEventBus>();
        await Eventually.HoldsAsync(() => bus.ActiveTopics == 1, "the second server to subscribe to the topic");

        await using var publisher = await WsTestClient.ConnectAndInitAsync(first.GraphQLEndpoint);
        foreach (var text in new[] { "one", "two" })
        {
            // Operations of one socket run concurrently: wait for each mutation so the sends keep their order.
            await publisher.SubscribeAsync(text, $$"""mutation { publish(topic: "replicated", text: "{{text}}") }""");
            (await publisher.ReceiveAsync()).GetProperty("type").GetString().Should().Be("next");
            (await publisher.ReceiveAsync()).GetProperty("type").GetString().Should().Be("complete");
        }

        (await subscriber.ReceiveAsync()).ToString().Should().Be("""{"id":"s","type":"next","payload":{"data":{"onMessage":"one"}}}""");
        (await subscriber.ReceiveAsync()).ToString().Should().Be("""{"id":"s","type":"next","payload":{"data":{"onMessage":"two"}}}""");
    }

    private RedisTopicEventBus CreateBus(RedisClient client) =>
        new(new RedisMessageBus(client), Options.Create(new SubscriptionBusOptions()));

    // The onMessage subscription of the test schema over the Redis bus, and a mutation that publishes to it.
    private Task<GraphQLTestServer> StartServerAsync() => GraphQLTestServer.StartAsync(graphql => graphql
        .AddSubscriptionTestSchema()
        .AddRedisSubscriptions(redis.CreateOptions())
        .ConfigureSchema(schema => schema
            .AddSdl("extend type Mutation { publish(topic: String!, text: String!): Boolean! }")
            .BindResolver("Mutation", "publish", async c =>
            {
                await c.Service<ITopicEventSender>().SendAsync(c.ArgumentValue<string>("topic")!, c.ArgumentValue<string>("text"));
                return true;
            })));
}
