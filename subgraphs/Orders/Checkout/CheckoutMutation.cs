using System.Security.Claims;
using Graph.AspNetCore.Authorization;
using Graph.Messaging;
using Graph.Orders.Carts;
using Graph.Orders.Catalog;
using Graph.Orders.Domain;
using Graph.Orders.Errors;
using Graph.Orders.Events;
using Graph.Orders.Infrastructure;
using Graph.Orders.Subscriptions;
using Graph.ServiceDefaults.Auth;
using Graph.ServiceDefaults.Errors;
using Graph.Types;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Graph.Orders.Checkout;

/// <summary>
/// <c>checkout</c> (docs/events.md saga step 1): the PENDING order with its lines' name and price snapshot, the emptied
/// cart and <c>order.create</c> in the outbox, all in one SaveChanges (one transaction). The idempotency key is unique
/// per user in the database: a concurrent duplicate loses on the index and returns the winner's order.
/// </summary>
[MutationType]
public static class CheckoutMutation
{
    private const string IdempotencyIndex = "ux_orders_idempotency";
    private const string UniqueViolation = "23505";

    // How often a cart that changes between pricing and locking is priced again before the checkout gives up.
    private const int MaxPricingAttempts = 3;

    [Authorize]
    [GraphQLDescription("Places a PENDING order from the caller's cart, priced with the Catalog's current final prices, and empties the cart. Emits `order.create`; the order then becomes PAID, PAYMENT_FAILED or REJECTED (see `orderStatusChanged`).")]
    public static async Task<CheckoutPayload> CheckoutAsync(
        CheckoutInput input, ClaimsPrincipal caller, OrdersDb db, CartStore carts, CatalogClient catalog,
        OrderTransitions transitions, TimeProvider clock, CancellationToken cancellationToken)
    {
        var userId = caller.GetUserId()!.Value;
        var errors = new List<IError>();
        CheckKey(errors, "paymentMethodId", input.PaymentMethodId);
        CheckKey(errors, "shippingAddressId", input.ShippingAddressId);
        CheckKey(errors, "idempotencyKey", input.IdempotencyKey);
        if (errors.Count > 0)
        {
            return new CheckoutPayload(null, errors);
        }

        // Prices come from the Catalog before the transaction opens: no transaction (and cart row lock) waits on
        // another service. The user's cart row is then locked for the rest of the checkout: a concurrent checkout
        // (same key or not) waits, then sees this one's order and emptied cart. The unique index stays the backstop.
        var snapshot = await carts.GetOrCreateAsync(userId, null, cancellationToken).ConfigureAwait(false);
        var priced = await PricedItems.FetchAsync(catalog, snapshot.Lines, cancellationToken).ConfigureAwait(false);
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var cart = await carts.LockUserCartAsync(userId, cancellationToken).ConfigureAwait(false);
            if (await FindAsync(db, userId, input.IdempotencyKey, cancellationToken).ConfigureAwait(false) is { } existing)
            {
                return new CheckoutPayload(existing, []);
            }

            if (cart.Lines.Count == 0)
            {
                return new CheckoutPayload(null, [new EmptyCartError()]);
            }

            if (!priced.Covers(cart.Lines))
            {
                // An item was added between the price lookup and the lock: price the cart as locked, then lock again.
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                if (attempt == MaxPricingAttempts)
                {
                    return new CheckoutPayload(null, [new ValidationError("cart", "The cart kept changing during checkout; try again.")]);
                }

                priced = await PricedItems.FetchAsync(catalog, cart.Lines, cancellationToken).ConfigureAwait(false);
                continue;
            }

            return await PlaceAsync(db, transaction, transitions, caller, userId, input, cart, priced.Items, clock, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<CheckoutPayload> PlaceAsync(
        OrdersDb db, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, OrderTransitions transitions,
        ClaimsPrincipal caller, Guid userId, CheckoutInput input, Cart cart,
        IReadOnlyDictionary<(LineKind Kind, Guid Id), CatalogItem> items, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new List<IError>();
        var lines = cart.Lines.OrderBy(l => l.AddedAt).ThenBy(l => l.Id).ToList();
        foreach (var missing in lines.Where(l => !items.ContainsKey((l.Kind, l.ItemId))))
        {
            errors.Add(new NotFoundError(missing.Kind == LineKind.Product ? "Product" : "Coupon", missing.ItemId.ToString()));
        }

        // Only the locked cart's items count: the price lookup may also hold items removed from the cart since.
        var currencies = lines.Where(l => items.ContainsKey((l.Kind, l.ItemId))).Select(l => items[(l.Kind, l.ItemId)].Currency)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (currencies.Count > 1)
        {
            errors.Add(new MixedCurrencyError(currencies));
        }

        if (errors.Count > 0)
        {
            return new CheckoutPayload(null, errors);
        }

        var order = Place(userId, caller.FindFirst(Es256Jwt.EmailClaim)?.Value ?? "", input, lines, items, clock.GetUtcNow());
        db.Orders.Add(order);
        db.CartLines.RemoveRange(cart.Lines);
        db.AddIntegrationEvent(new OrderCreated(
            order.Id, userId, order.CustomerEmail, order.PaymentMethodId, order.Currency, OrderTransitions.Money(order.Total),
            order.Lines.Select(l => new OrderCreatedLine(l.Id, EnumText.ToText(l.Kind), l.ItemId, l.Name, l.Quantity, OrderTransitions.Money(l.UnitPrice))).ToList()));
        transitions.QueueBroadcast(db, new OrderStatusUpdate(order.Id, userId, OrderStatus.Pending, null, order.CreatedAt, Version: 1));
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: UniqueViolation, ConstraintName: IdempotencyIndex })
        {
            // A concurrent checkout with the same key committed first: nothing of ours was written; return its order.
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            db.ChangeTracker.Clear();
            db.AfterCommit.Clear();
            var winner = await FindAsync(db, userId, input.IdempotencyKey, cancellationToken).ConfigureAwait(false);
            return new CheckoutPayload(winner, []);
        }

        await db.AfterCommit.RunAsync().ConfigureAwait(false);
        return new CheckoutPayload(order, []);
    }

    private static Order Place(
        Guid userId, string email, CheckoutInput input, List<CartLine> lines,
        IReadOnlyDictionary<(LineKind Kind, Guid Id), CatalogItem> items, DateTimeOffset now)
    {
        var order = new Order
        {
            Id = Guid.CreateVersion7(now),
            UserId = userId,
            CustomerEmail = email,
            IdempotencyKey = input.IdempotencyKey,
            Status = OrderStatus.Pending,
            PaymentMethodId = input.PaymentMethodId,
            ShippingAddressId = input.ShippingAddressId,
            CreatedAt = now,
            UpdatedAt = now,
        };
        for (var i = 0; i < lines.Count; i++)
        {
            var item = items[(lines[i].Kind, lines[i].ItemId)];
            order.Lines.Add(new OrderLine
            {
                Id = Guid.CreateVersion7(now), OrderId = order.Id, Position = i, Kind = item.Kind, ItemId = item.Id,
                Name = item.Name, UnitPrice = item.UnitPrice, Currency = item.Currency, Quantity = lines[i].Quantity,
            });
        }

        order.Currency = order.Lines[0].Currency;
        order.Total = order.Lines.Sum(l => l.LineTotal);
        order.StatusHistory.Add(new OrderStatusChange { OrderId = order.Id, Status = OrderStatus.Pending, At = now });
        return order;
    }

    private static Task<Order?> FindAsync(OrdersDb db, Guid userId, string key, CancellationToken cancellationToken) =>
        db.Orders.AsNoTracking().Include(o => o.Lines).Include(o => o.StatusHistory)
            .FirstOrDefaultAsync(o => o.UserId == userId && o.IdempotencyKey == key, cancellationToken);

    private static void CheckKey(List<IError> errors, string field, string value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > CartLimits.MaxKeyLength)
        {
            errors.Add(new ValidationError(field, $"`{field}` must be 1 to {CartLimits.MaxKeyLength} characters."));
        }
    }
}
