namespace Graph.Messaging;

internal static class Backoff
{
    /// <summary>
    /// Exponential delay for the given 1-based attempt, capped, with ±20 % jitter so replicas
    /// that failed together do not retry in lockstep.
    /// </summary>
    public static TimeSpan Compute(int attempt, TimeSpan initial, TimeSpan max)
    {
        var exponent = Math.Min(Math.Max(attempt - 1, 0), 30);
        var raw = Math.Min(initial.TotalMilliseconds * Math.Pow(2, exponent), max.TotalMilliseconds);
        var jitter = 0.8 + (Random.Shared.NextDouble() * 0.4);
        return TimeSpan.FromMilliseconds(Math.Min(raw * jitter, max.TotalMilliseconds));
    }
}
