using Npgsql;

namespace Graph.Benchmarks.Checkout;

/// <summary>
/// Where the time of checkout-to-PAID goes, read back from the services' own outbox and inbox tables (the envelope id
/// is the outbox row's id and the consumer's inbox key; every service stamps with the same machine clock): for each
/// order, the hops <c>order.create</c> written -> relayed -> reserved by the Catalog -> <c>inventory.reserved</c>
/// relayed -> charged by Payments (<c>payment.succeeded</c> written, the Stripe call included) -> relayed -> PAID
/// written by Orders (its <c>order.status</c> row).
/// </summary>
internal static class SagaHops
{
    /// <summary>The hops in saga order, each as milliseconds per measured order.</summary>
    public static async Task<IReadOnlyList<(string Hop, double[] Milliseconds)>> MeasureAsync(
        IReadOnlyDictionary<string, string> databases, IReadOnlySet<Guid> orderIds)
    {
        var ordersOut = await OutboxAsync(databases["orders"], "order.created.v1");
        var paidOut = await OutboxAsync(databases["orders"], "order.status-changed.v1", payloadContains: "\"status\":\"PAID\"");
        var catalogIn = await InboxAsync(databases["catalog"]);
        var catalogOut = await OutboxAsync(databases["catalog"], "inventory.reserved.v1");
        var paymentsOut = await OutboxAsync(databases["payments"], "payment.succeeded.v1");

        var hops = new List<(string, List<double>)>
        {
            ("`order.create` written -> sent by the Orders outbox relay", []),
            ("-> consumed by the Catalog (stock reserved)", []),
            ("-> `inventory.reserved` sent by the Catalog relay", []),
            ("-> `payment.succeeded` written by Payments (Stripe call included)", []),
            ("-> sent by the Payments relay", []),
            ("-> PAID written by Orders", []),
        };
        foreach (var orderId in orderIds)
        {
            var key = orderId.ToString();
            if (!ordersOut.TryGetValue(key, out var created) || !catalogOut.TryGetValue(key, out var reserved)
                || !paymentsOut.TryGetValue(key, out var succeeded) || !paidOut.TryGetValue(key, out var paid)
                || !catalogIn.TryGetValue(created.Id, out var consumed)
                || created.SentAt is not { } createdSent || reserved.SentAt is not { } reservedSent || succeeded.SentAt is not { } succeededSent)
            {
                continue;
            }

            double[] points =
            [
                (createdSent - created.CreatedAt).TotalMilliseconds,
                (consumed - createdSent).TotalMilliseconds,
                (reservedSent - consumed).TotalMilliseconds,
                (succeeded.CreatedAt - reservedSent).TotalMilliseconds,
                (succeededSent - succeeded.CreatedAt).TotalMilliseconds,
                (paid.CreatedAt - succeededSent).TotalMilliseconds,
            ];
            for (var i = 0; i < points.Length; i++)
            {
                hops[i].Item2.Add(points[i]);
            }
        }

        return [.. hops.Select(h => (h.Item1, h.Item2.Order().ToArray()))];
    }

    private sealed record OutboxRow(Guid Id, DateTimeOffset CreatedAt, DateTimeOffset? SentAt);

    /// <summary>The outbox rows of one event type by key (the order id).</summary>
    private static async Task<Dictionary<string, OutboxRow>> OutboxAsync(string connectionString, string type, string? payloadContains = null)
    {
        var rows = new Dictionary<string, OutboxRow>(StringComparer.Ordinal);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT key, id, created_at, sent_at FROM outbox_messages WHERE type = @type AND (@contains::text IS NULL OR strpos(payload, @contains) > 0)", connection);
        command.Parameters.AddWithValue("type", type);
        command.Parameters.Add(new NpgsqlParameter("contains", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)payloadContains ?? DBNull.Value });
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows[reader.GetString(0)] = new OutboxRow(
                reader.GetGuid(1), reader.GetFieldValue<DateTimeOffset>(2), reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3));
        }

        return rows;
    }

    /// <summary>When each message id was processed (any consumer group of the service).</summary>
    private static async Task<Dictionary<Guid, DateTimeOffset>> InboxAsync(string connectionString)
    {
        var rows = new Dictionary<Guid, DateTimeOffset>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT message_id, processed_at FROM inbox_messages", connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows[reader.GetGuid(0)] = reader.GetFieldValue<DateTimeOffset>(1);
        }

        return rows;
    }
}
