using System.Security.Claims;
using Graph.Execution;
using Graph.ServiceDefaults.Auth;
using Graph.Types;

namespace Graph.Orders.Carts;

/// <summary>Reading the caller's cart.</summary>
[QueryType]
public static class CartQueries
{
    [GraphQLDescription("The signed-in user's cart, or the anonymous cart `cartId` (a client-generated UUID); priced with the Catalog's current final prices.")]
    public static async Task<CartView> GetCartAsync(
        ClaimsPrincipal caller, CartStore carts, CancellationToken cancellationToken,
        [GraphQLDescription("The anonymous cart's id; ignored when signed in.")] Guid? cartId = null)
    {
        var userId = caller.GetUserId();
        if (userId is null && cartId is null)
        {
            throw new GraphQLException("Sign in, or pass the id of your anonymous cart.", "CART_ID_REQUIRED");
        }

        var cart = await carts.GetOrCreateAsync(userId, cartId, cancellationToken).ConfigureAwait(false);
        return await carts.PriceAsync(cart, cancellationToken).ConfigureAwait(false);
    }
}
