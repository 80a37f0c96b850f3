using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;
using Graph.Redis;
using Microsoft.Extensions.Options;

namespace Graph.AspNetCore.Subscriptions;

/// <summary>
/// The subscription bus across replicas (ARCHITECTURE.md section 7), over <see cref="IMessageBus"/>
/// (Redis pub/sub): a message is serialized to JSON once and published on the topic's channel;
/// every process with subscribers to the topic holds one bus subscription for it and fans each
/// message out to its local subscribers, deserialized once per message type. Like Redis pub/sub,
/// delivery is at most once: a replica that is disconnected when a message is published misses it.
/// </summary>
public sealed class RedisTopicEventBus : ITopicEventSender, ITopicEventReceiver, IAsyncDisposable
{
    private readonly IMessageBus _bus;
    private readonly SubscriptionBusOptions _options;
    private readonly JsonSerializerOptions _json;
    private readonly ConcurrentDictionary<string, RedisTopic> _topics = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public RedisTopicEventBus(IMessageBus bus, IOptions<SubscriptionBusOptions> options)
    {
        ArgumentNullException.ThrowIfNull(bus);
        ArgumentNullException.ThrowIfNull(options);
        _bus = bus;
        _options = options.Value;
        _json = _options.SerializerOptions ?? new JsonSerializerOptions(JsonSerializerDefaults.Web);
    }

    /// <summary>Topics this process holds a bus subscription for.</summary>
    public int ActiveTopics => _topics.Count;

    public async ValueTask SendAsync<TMessage>(string topic, TMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var buffer = new ArrayBufferWriter<byte>(256);
        TopicEnvelope.WriteMessage(buffer, message, _json);
        await _bus.PublishAsync(Channel(topic), buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask CompleteAsync(string topic, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(topic);
        await _bus.PublishAsync(Channel(topic), TopicEnvelope.Completion, cancellationToken).ConfigureAwait(false);
    }

    public ValueTask<ISourceStream<TMessage>> SubscribeAsync<TMessage>(string topic, CancellationToken cancellationToken = default) =>
        SubscribeAsync<TMessage>(topic, _options.TopicBufferCapacity, _options.TopicBufferFullMode, cancellationToken);

    public async ValueTask<ISourceStream<TMessage>> SubscribeAsync<TMessage>(
        string topic, int bufferCapacity, TopicBufferFullMode fullMode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var subscription = new TopicSubscription<TMessage>(topic, bufferCapacity, fullMode, UnsubscribeAsync);
        RedisTopic entry;
        lock (_gate)
        {
            entry = _topics.GetOrAdd(topic, t => new RedisTopic(t));
            entry.Subscribers.Add(subscription);
            entry.Ready ??= StartAsync(entry);
        }

        try
        {
            await entry.Ready.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await subscription.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        subscription.UnsubscribeOn(cancellationToken);
        return subscription;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var entry in _topics.Values)
        {
            foreach (var subscriber in entry.Subscribers.Get(entry.Topic))
            {
                subscriber.Complete();
            }

            await StopAsync(entry).ConfigureAwait(false);
        }

        _topics.Clear();
    }

    private string Channel(string topic) => _options.TopicPrefix + topic;

    private async Task<IMessageSubscription> StartAsync(RedisTopic entry)
    {
        var subscription = await _bus.SubscribeAsync(Channel(entry.Topic)).ConfigureAwait(false);
        entry.Pump = Task.Run(() => PumpAsync(entry, subscription));
        return subscription;
    }

    private async Task PumpAsync(RedisTopic entry, IMessageSubscription subscription)
    {
        await foreach (var message in subscription.ReadAllAsync().ConfigureAwait(false))
        {
            Dispatch(entry, message.Payload);
        }
    }

    private void Dispatch(RedisTopic entry, ReadOnlyMemory<byte> payload)
    {
        var subscribers = entry.Subscribers.Get(entry.Topic);
        if (subscribers.Count == 0)
        {
            return;
        }

        if (!TopicEnvelope.TryRead(payload, out var completed, out var body))
        {
            return;
        }

        if (completed)
        {
            foreach (var subscriber in subscribers)
            {
                subscriber.Complete();
            }

            return;
        }

        // Subscribers of one topic usually read one type: deserialize once per type, not per subscriber.
        Type? lastType = null;
        object? lastValue = null;
        Exception? lastError = null;
        foreach (var subscriber in subscribers)
        {
            if (subscriber.MessageType != lastType)
            {
                lastType = subscriber.MessageType;
                (lastValue, lastError) = Deserialize(entry.Topic, body, lastType);
            }

            if (lastError is null)
            {
                subscriber.Deliver(lastValue);
            }
            else
            {
                subscriber.Complete(lastError);
            }
        }
    }

    private (object? Value, Exception? Error) Deserialize(string topic, JsonElement body, Type type)
    {
        try
        {
            return (body.Deserialize(type, _json), null);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException)
        {
            return (null, new JsonException($"A message on topic '{topic}' could not be read as {type.Name}: {ex.Message}", ex));
        }
    }

    private async ValueTask UnsubscribeAsync(TopicSubscriber subscriber)
    {
        RedisTopic? emptied = null;
        lock (_gate)
        {
            if (_topics.TryGetValue(subscriber.Topic, out var entry) && entry.Subscribers.Remove(subscriber))
            {
                _topics.TryRemove(subscriber.Topic, out _);
                emptied = entry;
            }
        }

        if (emptied is not null)
        {
            await StopAsync(emptied).ConfigureAwait(false);
        }
    }

    private static async Task StopAsync(RedisTopic entry)
    {
        if (entry.Ready is null)
        {
            return;
        }

        try
        {
            var subscription = await entry.Ready.ConfigureAwait(false);
            await subscription.DisposeAsync().ConfigureAwait(false);
            if (entry.Pump is { } pump)
            {
                await pump.ConfigureAwait(false);
            }
        }
        catch (Exception)
        {
            // The subscription never started, or the connection is gone: nothing left to release.
        }
    }

    /// <summary>One topic's bus subscription in this process and its local subscribers.</summary>
    private sealed class RedisTopic(string topic)
    {
        public string Topic { get; } = topic;

        public TopicSubscriberSet Subscribers { get; } = new();

        public Task<IMessageSubscription>? Ready { get; set; }

        public Task? Pump { get; set; }
    }
}
