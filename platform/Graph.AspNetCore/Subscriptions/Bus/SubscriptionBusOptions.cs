using System.Text.Json;

namespace Graph.AspNetCore.Subscriptions;

/// <summary>Settings of the subscription bus (<see cref="ITopicEventSender"/>, <see cref="ITopicEventReceiver"/>).</summary>
public sealed class SubscriptionBusOptions
{
    /// <summary>How many undelivered messages one subscription buffers (HotChocolate's default is 64).</summary>
    public int TopicBufferCapacity { get; set; } = 64;

    /// <summary>What happens when that buffer is full.</summary>
    public TopicBufferFullMode TopicBufferFullMode { get; set; } = TopicBufferFullMode.DropOldest;

    /// <summary>
    /// The Redis bus publishes topic <c>t</c> on the channel <c>{RedisOptions.Prefix}bus:{TopicPrefix}t</c>
    /// (<c>bus:</c> is the <c>RedisMessageBus</c>'s own prefix), which keeps GraphQL topics apart from
    /// other users of the same Redis.
    /// </summary>
    public string TopicPrefix { get; set; } = "graphql:";

    /// <summary>How the Redis bus serializes messages; <see cref="JsonSerializerDefaults.Web"/> when null.</summary>
    public JsonSerializerOptions? SerializerOptions { get; set; }
}
