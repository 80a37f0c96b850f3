using Graph.Orders.Catalog;
using Graph.Orders.Domain;
using Graph.Orders.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Graph.Orders.Carts;

/// <summary>Finds or creates the caller's cart, and prices carts through the Catalog.</summary>
public sealed class CartStore(OrdersDb db, CatalogClient catalog, TimeProvider clock)
{
    /// <summary>
    /// The tracked cart of the user (signed in) or of the anonymous cart id, created when missing. Creation is an
    /// <c>INSERT ... ON CONFLICT DO NOTHING</c> so two first requests of one user end with one cart.
    /// </summary>
    public async Task<Cart> GetOrCreateAsync(Guid? userId, Guid? anonymousId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (userId is { } user)
        {
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"INSERT INTO carts (id, user_id, updated_at) VALUES ({Guid.CreateVersion7(now)}, {user}, {now}) ON CONFLICT (user_id) DO NOTHING",
                cancellationToken).ConfigureAwait(false);
            return await db.Carts.Include(c => c.Lines).FirstAsync(c => c.UserId == user, cancellationToken).ConfigureAwait(false);
        }

        var anonymous = anonymousId ?? throw new InvalidOperationException("A cart needs a user or an anonymous cart id.");
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO carts (id, anonymous_id, updated_at) VALUES ({Guid.CreateVersion7(now)}, {anonymous}, {now}) ON CONFLICT (anonymous_id) DO NOTHING",
            cancellationToken).ConfigureAwait(false);
        return await db.Carts.Include(c => c.Lines).FirstAsync(c => c.AnonymousId == anonymous, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Locks the user's existing cart row (<c>FOR UPDATE</c>, inside the caller's transaction) and reads it with its
    /// lines as committed after the lock was granted.
    /// </summary>
    public async Task<Cart> LockUserCartAsync(Guid userId, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM carts WHERE user_id = {userId} FOR UPDATE", cancellationToken).ConfigureAwait(false);
        return await db.Carts.Include(c => c.Lines).FirstAsync(c => c.UserId == userId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The tracked anonymous cart with this client-generated id, or null.</summary>
    public Task<Cart?> FindAnonymousAsync(Guid anonymousId, CancellationToken cancellationToken) =>
        db.Carts.Include(c => c.Lines).FirstOrDefaultAsync(c => c.AnonymousId == anonymousId, cancellationToken);

    /// <summary>The cart priced now; lines whose item the Catalog no longer has are left out.</summary>
    public async Task<CartView> PriceAsync(Cart cart, CancellationToken cancellationToken)
    {
        var ordered = cart.Lines.OrderBy(l => l.AddedAt).ThenBy(l => l.Id).ToList();
        var items = await catalog.GetItemsAsync(ordered.Select(l => (l.Kind, l.ItemId)), cancellationToken).ConfigureAwait(false);
        var lines = new List<CartLineView>();
        foreach (var line in ordered)
        {
            if (items.TryGetValue((line.Kind, line.ItemId), out var item))
            {
                lines.Add(new CartLineView(line.Kind, line.ItemId, item.Name, new Money(item.UnitPrice, item.Currency), line.Quantity, item.Available));
            }
        }

        // Checkout refuses mixed currencies; the cart shows the first line's and sums the amounts as they are.
        var total = lines.Count > 0 ? new Money(lines.Sum(l => l.LineTotal.Amount), lines[0].UnitPrice.Currency) : null;
        return new CartView(lines, total);
    }
}
