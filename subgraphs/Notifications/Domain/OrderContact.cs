namespace Graph.Notifications.Domain;

/// <summary>Who placed an order (from <c>order.create</c> / <c>order.status</c>): payment events name only the order.</summary>
public sealed class OrderContact
{
    public Guid OrderId { get; set; }

    public Guid UserId { get; set; }

    public string Email { get; set; } = string.Empty;

    public DateTimeOffset UpdatedAt { get; set; }
}
