using System.Text;

namespace Graph.Redis;

/// <summary>A pub/sub message; <see cref="Channel"/> is without the client's prefix.</summary>
/// <param name="Channel">The channel it was published on.</param>
/// <param name="Payload">The published bytes.</param>
/// <param name="Pattern">The pattern that matched, for pattern subscriptions; otherwise null.</param>
public sealed record RedisMessage(string Channel, ReadOnlyMemory<byte> Payload, string? Pattern = null)
{
    public string PayloadText => Encoding.UTF8.GetString(Payload.Span);
}
