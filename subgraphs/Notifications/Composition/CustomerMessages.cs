using Graph.Notifications.Events;

namespace Graph.Notifications.Composition;

/// <summary>
/// The customer-facing texts of each event (plain text, English). Untrusted event text (a decline reason) is cut to
/// <see cref="MaxReasonLength"/> and kept on one line so it cannot grow the email or inject header-like lines.
/// </summary>
public static class CustomerMessages
{
    /// <summary>The longest decline reason quoted in a message.</summary>
    public const int MaxReasonLength = 300;

    public static CustomerMessage PaymentSucceeded(PaymentSucceededIntegrationEvent e) => new(
        $"Payment received for order {Short(e.OrderId)}",
        $"We received your payment of {e.Amount} {e.Currency} for order {e.OrderId}.\nWe are preparing your order and will tell you when it ships.");

    public static CustomerMessage PaymentFailed(PaymentFailedIntegrationEvent e) => new(
        $"Payment failed for order {Short(e.OrderId)}",
        $"We could not charge your payment method for order {e.OrderId}: {OneLine(e.Reason)} ({OneLine(e.Code)}).\nPlease update your payment method and try again.");

    public static CustomerMessage PaymentRefunded(PaymentRefundedIntegrationEvent e) => new(
        $"Refund issued for order {Short(e.OrderId)}",
        $"We refunded {e.Amount} {e.Currency} for order {e.OrderId}. It may take a few days to appear on your statement.");

    /// <summary>The message of a status change, or null for statuses the customer already heard about through a payment event.</summary>
    public static CustomerMessage? OrderStatusChanged(OrderStatusChangedIntegrationEvent e) => e.Status switch
    {
        "SHIPPED" => new($"Order {Short(e.OrderId)} has shipped", $"Your order {e.OrderId} is on its way."),
        "DELIVERED" => new($"Order {Short(e.OrderId)} was delivered", $"Your order {e.OrderId} was delivered. Enjoy!"),
        "CANCELLED" => new($"Order {Short(e.OrderId)} was cancelled",
            $"Your order {e.OrderId} was cancelled. If you were charged, the {e.Total} {e.Currency} will be refunded."),
        "REJECTED" => new($"Order {Short(e.OrderId)} could not be placed",
            $"Some items of your order {e.OrderId} are no longer available, so it was not placed and you were not charged."),
        // PAID, PAYMENT_FAILED and REFUNDED follow payment events, which already produced a message; PENDING is the
        // checkout the customer just made.
        _ => null,
    };

    private static string Short(Guid id) => id.ToString("N")[..8].ToUpperInvariant();

    private static string OneLine(string text)
    {
        var line = string.Join(' ', text.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return line.Length <= MaxReasonLength ? line : line[..MaxReasonLength] + "...";
    }
}
