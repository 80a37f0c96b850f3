using System.Text;

namespace Graph.Benchmarks.Engine;

/// <summary>
/// Checks before measuring that every side does the work it claims: the query is valid, and our execution, both
/// System.Text.Json references and graphql-js write the same response bytes.
/// </summary>
internal static class EngineChecks
{
    /// <summary>Our response bytes, after checking validity and the System.Text.Json references against them.</summary>
    public static async Task<byte[]> RunOursAsync()
    {
        var benchmarks = new EngineBenchmarks();
        benchmarks.Setup();
        var errors = benchmarks.QueryValidationErrors();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("the query is invalid: " + string.Join("; ", errors.Select(e => e.Message)));
        }

        await benchmarks.ExecuteCatalog().ConfigureAwait(false);
        var ours = benchmarks.Output;
        if (!ours.AsSpan().StartsWith("{\"data\":{\"products\":["u8))
        {
            throw new InvalidOperationException("unexpected response: " + Encoding.UTF8.GetString(ours));
        }

        await benchmarks.ExecuteCatalogAwaitingLoadAsync().ConfigureAwait(false);
        Same("the execution awaiting LoadAsync", benchmarks.Output, ours);
        benchmarks.SerializeCatalogSourceGenerated();
        Same("System.Text.Json (source-generated)", benchmarks.Output, ours);
        benchmarks.SerializeCatalogReflection();
        Same("System.Text.Json (reflection)", benchmarks.Output, ours);
        return ours;
    }

    public static void Same(string what, byte[] actual, byte[] ours)
    {
        if (!actual.AsSpan().SequenceEqual(ours))
        {
            var at = actual.AsSpan().CommonPrefixLength(ours);
            throw new InvalidOperationException(
                $"{what} wrote different bytes than our executor from byte {at}: ...{Excerpt(actual, at)}... vs ours ...{Excerpt(ours, at)}...");
        }
    }

    private static string Excerpt(byte[] bytes, int at)
    {
        var start = Math.Max(0, at - 40);
        return Encoding.UTF8.GetString(bytes, start, Math.Min(bytes.Length, at + 40) - start);
    }
}
