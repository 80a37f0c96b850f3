using System.Globalization;
using System.Text;

namespace Graph.Benchmarks.Checkout;

/// <summary>The Markdown section of docs/benchmarks.md for one <c>./graph bench checkout</c> run.</summary>
internal sealed record CheckoutReport(
    DateTime Started,
    int Orders,
    int Warmup,
    IReadOnlyDictionary<string, string?> Settings,
    IReadOnlyList<Sample> Samples,
    IReadOnlyList<(string Hop, double[] Milliseconds)> Hops,
    string Machine,
    string Load)
{
    public string ToMarkdown(string heading)
    {
        var settings = Settings.Count == 0 ? "" : " " + string.Join(' ', Settings.Select(s => $"--set {s.Key}={s.Value}"));
        var text = new StringBuilder()
            .AppendLine(heading)
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"`./graph bench checkout --orders {Orders} --warmup {Warmup}{settings}` ({Started:yyyy-MM-dd HH:mm} UTC; {Machine}; load {Load}).")
            .AppendLine("Users, Catalog, Orders, Payments and Notifications on real HTTP on loopback as the end-to-end tests run them")
            .AppendLine("(own PostgreSQL database each, one redis-server, the librdkafka mock cluster, the fake Stripe, the SMTP sink;")
            .AppendLine("logs at Warning). One customer places the orders one after the other (one unit, `pm_card_visa`). Goal: p99")
            .AppendLine("under 100 ms from sending `checkout` to receiving PAID on the subscription.")
            .AppendLine()
            .AppendLine("| measured from sending `checkout` to | p50 ms | p99 ms | max ms | orders |")
            .AppendLine("|---|---:|---:|---:|---:|");
        Row(text, "its answer (the PENDING order)", Samples.Select(s => s.CheckoutMs));
        Row(text, "PAID on `orderStatusChanged(orderId)` over SSE, subscribed after the answer", Samples.Select(s => s.PaidOnOrderStatusMs));
        Row(text, "PAID on `myOrderUpdates` over SSE, subscribed before", Samples.Select(s => s.PaidOnMyOrdersMs));
        text.AppendLine()
            .AppendLine("Where the time goes (from the services' outbox and inbox timestamps, same clock):")
            .AppendLine()
            .AppendLine("| saga hop | p50 ms | p99 ms | max ms | orders |")
            .AppendLine("|---|---:|---:|---:|---:|");
        foreach (var (hop, milliseconds) in Hops)
        {
            Row(text, hop, milliseconds);
        }

        return text.ToString();
    }

    private static void Row(StringBuilder text, string label, IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"| {label} | {Percentile(sorted, 0.50):0.0} | {Percentile(sorted, 0.99):0.0} | {(sorted.Length == 0 ? double.NaN : sorted[^1]):0.0} | {sorted.Length} |");
    }

    private static double Percentile(double[] sorted, double quantile) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Length) - 1, 0, sorted.Length - 1)];
}
