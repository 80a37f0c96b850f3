using System.Collections.Concurrent;

namespace Graph.FakeStripe;

/// <summary>
/// Stripe's idempotent requests: the first response to a key is saved and replayed for every later request with the
/// same key; the same key with other parameters is an <c>idempotency_error</c> (HTTP 400). Requests with one key are
/// serialized, so concurrent retries see one outcome. Kept for the fake's lifetime (Stripe keeps keys 24 hours).
/// </summary>
internal sealed class IdempotencyCache
{
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    public async Task<(int StatusCode, string Body, bool Replayed)> RunAsync(
        string key, string fingerprint, Func<(int StatusCode, string Body)> execute)
    {
        var entry = entries.GetOrAdd(key, _ => new Entry());
        await entry.Gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (entry.Response is { } saved)
            {
                if (entry.Fingerprint != fingerprint)
                {
                    var error = new StripeError(
                        400, "idempotency_error", null,
                        $"Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '{key}' if you meant to execute a different request.");
                    return (400, error.ToJson().ToJsonString(), false);
                }

                return (saved.StatusCode, saved.Body, true);
            }

            var response = execute();
            // Stripe saves a key's result only once the endpoint started executing: a request refused by parameter
            // validation (400, e.g. resource_missing, parameter_invalid) leaves the key free for a corrected retry.
            if (response.StatusCode != 400)
            {
                entry.Fingerprint = fingerprint;
                entry.Response = response;
            }

            return (response.StatusCode, response.Body, false);
        }
        finally
        {
            entry.Gate.Release();
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public string? Fingerprint { get; set; }

        public (int StatusCode, string Body)? Response { get; set; }
    }
}
