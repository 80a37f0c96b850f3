using System.Security.Claims;
using Graph.Execution;
using Graph.Orders.Catalog;
using Graph.Orders.Infrastructure;
using Graph.ServiceDefaults.Auth;
using Graph.Types;
using Microsoft.EntityFrameworkCore;

namespace Graph.Orders.Carts;

/// <summary>Reading the caller's cart.</summary>
[QueryType]
public static class CartQueries
{
    [GraphQLDescription("The signed-in user's cart, or the anonymous cart `cartId` (a client-generated UUID); priced with the Catalog's current final prices.")]
    public static async Task<CartView> GetCartAsync(
        ClaimsPrincipal caller, IDbContextFactory<OrdersDb> databases, CatalogClient catalog, TimeProvider clock, CancellationToken cancellationToken,
        [GraphQLDescription("The anonymous cart's id; ignored when signed in.")] Guid? cartId = null)
    {
        var userId = caller.GetUserId();
        if (userId is null && cartId is null)
        {
            throw new GraphQLException("Sign in, or pass the id of your anonymous cart.", "CART_ID_REQUIRED");
        }

        // A context of its own: root fields of a query run concurrently (two aliased `cart` fields, say).
        await using var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var carts = new CartStore(db, catalog, clock);
        var cart = await carts.GetOrCreateAsync(userId, cartId, cancellationToken).ConfigureAwait(false);
        return await carts.PriceAsync(cart, cancellationToken).ConfigureAwait(false);
    }
}
