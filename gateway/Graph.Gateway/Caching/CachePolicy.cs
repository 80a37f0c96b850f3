namespace Graph.Gateway.Caching;

/// <summary>
/// Whether an operation's response may be cached, for how long and for whom (docs/fusion.md "Response cache"), and the
/// operation to run to learn which entities the response contains (<see cref="TaggedDocument"/>: the client's with the
/// entities' key fields added under reserved aliases, which <see cref="EntityTagCollector"/> strips again).
/// </summary>
public sealed record CachePolicy(bool IsCacheable, int MaxAge, bool IsPrivate, string? Reason, string? TaggedDocument)
{
    /// <summary>The alias prefix of the added key fields; a client operation using it is not cached.</summary>
    public const string ReservedAliasPrefix = "_gwc_";

    public static CachePolicy NotCacheable(string reason) => new(false, 0, false, reason, null);

    /// <summary>The <c>Cache-Control</c> header value for a response without errors.</summary>
    public string HeaderValue => IsCacheable ? $"max-age={MaxAge}, {(IsPrivate ? "private" : "public")}" : NoStore;

    /// <summary>The header of responses that must not be stored: mutations, subscriptions, errors, uncacheable queries.</summary>
    public const string NoStore = "no-store";
}
