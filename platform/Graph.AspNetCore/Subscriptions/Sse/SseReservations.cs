using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace Graph.AspNetCore.Subscriptions;

/// <summary>
/// graphql-sse "Single connection mode" reservations of one endpoint (PROTOCOL.md "Making
/// reservations"): a random token per <c>PUT</c>, fulfilled by at most one event stream, dropped
/// when that stream ends or when no stream arrives in time.
/// </summary>
internal sealed class SseReservations
{
    /// <summary>PROTOCOL.md: the token travels in this header or in the <c>token</c> search parameter.</summary>
    public const string TokenHeader = "X-GraphQL-Event-Stream-Token";

    private readonly ConcurrentDictionary<string, SseReservation> _reservations = new(StringComparer.Ordinal);

    public int Count => _reservations.Count;

    public static string? TokenOf(HttpRequest request)
    {
        var header = request.Headers[TokenHeader].ToString();
        if (header.Length > 0)
        {
            return header;
        }

        var query = request.Query["token"].ToString();
        return query.Length > 0 ? query : null;
    }

    public SseReservation Create(TimeSpan timeout)
    {
        var reservation = new SseReservation(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)));
        _reservations[reservation.Token] = reservation;
        _ = ExpireAsync(reservation, timeout);
        return reservation;
    }

    public bool TryGet(string token, out SseReservation reservation) => _reservations.TryGetValue(token, out reservation!);

    public void Remove(SseReservation reservation)
    {
        _reservations.TryRemove(KeyValuePair.Create(reservation.Token, reservation));
        reservation.Dispose();
    }

    private async Task ExpireAsync(SseReservation reservation, TimeSpan timeout)
    {
        await Task.Delay(timeout).ConfigureAwait(false);
        if (!reservation.IsOpen)
        {
            Remove(reservation);
        }
    }
}

/// <summary>One reservation: its queue of formatted events, its running operations by id, its lifetime.</summary>
internal sealed class SseReservation(string token) : IDisposable
{
    // Operations wait (back-pressure) rather than drop when the stream falls this far behind.
    private readonly Channel<byte[]> _events = Channel.CreateBounded<byte[]>(new BoundedChannelOptions(1024) { SingleReader = true });
    private readonly CancellationTokenSource _lifetime = new();
    private int _open;
    private int _disposed;

    public string Token { get; } = token;

    public ConcurrentDictionary<string, CancellationTokenSource> Operations { get; } = new(StringComparer.Ordinal);

    public bool IsOpen => Volatile.Read(ref _open) != 0;

    public CancellationToken Lifetime => _lifetime.Token;

    public ChannelReader<byte[]> Events => _events.Reader;

    /// <summary>PROTOCOL.md: "only one SSE connection can fulfil a reservation at a time".</summary>
    public bool TryOpen() => Interlocked.Exchange(ref _open, 1) == 0;

    public Task EmitAsync(byte[] formatted, CancellationToken cancellationToken) => _events.Writer.WriteAsync(formatted, cancellationToken).AsTask();

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _events.Writer.TryComplete();
        _lifetime.Cancel();
        _lifetime.Dispose();
    }
}
