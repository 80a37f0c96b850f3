using System.Security.Claims;
using Graph.AspNetCore.Authorization;
using Graph.Orders.Catalog;
using Graph.Orders.Domain;
using Graph.Orders.Errors;
using Graph.Orders.Infrastructure;
using Graph.ServiceDefaults.Auth;
using Graph.ServiceDefaults.Errors;
using Graph.Types;

namespace Graph.Orders.Carts;

/// <summary>Changing a cart: a signed-in user's own, or an anonymous one by its client-generated id.</summary>
[MutationType]
public static class CartMutations
{
    [GraphQLDescription("Adds units of a product or coupon (added to the line's quantity when the item is already in the cart; at most 99 per line, 50 lines).")]
    public static async Task<CartPayload> AddToCartAsync(
        CartItemInput input, ClaimsPrincipal caller, OrdersDb db, CartStore carts, CatalogClient catalog, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new List<IError>();
        CheckQuantity(errors, input.Quantity);
        CheckOwner(errors, caller, input.CartId);
        if (errors.Count > 0)
        {
            return new CartPayload(null, errors);
        }

        var items = await catalog.GetItemsAsync([(input.Kind, input.ItemId)], cancellationToken).ConfigureAwait(false);
        if (!items.ContainsKey((input.Kind, input.ItemId)))
        {
            return new CartPayload(null, [new NotFoundError(TypeName(input.Kind), input.ItemId.ToString())]);
        }

        var cart = await carts.GetOrCreateAsync(caller.GetUserId(), input.CartId, cancellationToken).ConfigureAwait(false);
        var line = cart.Lines.FirstOrDefault(l => l.Kind == input.Kind && l.ItemId == input.ItemId);
        if (line is null)
        {
            if (cart.Lines.Count >= CartLimits.MaxLines)
            {
                return new CartPayload(null, [new CartFullError(CartLimits.MaxLines)]);
            }

            line = new CartLine { Id = Guid.CreateVersion7(), CartId = cart.Id, Kind = input.Kind, ItemId = input.ItemId, AddedAt = clock.GetUtcNow() };
            cart.Lines.Add(line);
        }

        if (line.Quantity + input.Quantity > CartLimits.MaxQuantity)
        {
            return new CartPayload(null, [new ValidationError("quantity", $"A line holds at most {CartLimits.MaxQuantity} units; the cart already has {line.Quantity}.")]);
        }

        line.Quantity += input.Quantity;
        cart.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new CartPayload(await carts.PriceAsync(cart, cancellationToken).ConfigureAwait(false), []);
    }

    [GraphQLDescription("Sets the quantity of an item already in the cart (1 to 99).")]
    public static async Task<CartPayload> ChangeCartQuantityAsync(
        CartItemInput input, ClaimsPrincipal caller, OrdersDb db, CartStore carts, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new List<IError>();
        CheckQuantity(errors, input.Quantity);
        CheckOwner(errors, caller, input.CartId);
        if (errors.Count > 0)
        {
            return new CartPayload(null, errors);
        }

        var cart = await carts.GetOrCreateAsync(caller.GetUserId(), input.CartId, cancellationToken).ConfigureAwait(false);
        var line = cart.Lines.FirstOrDefault(l => l.Kind == input.Kind && l.ItemId == input.ItemId);
        if (line is null)
        {
            return new CartPayload(null, [new NotFoundError("CartLine", input.ItemId.ToString())]);
        }

        line.Quantity = input.Quantity;
        cart.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new CartPayload(await carts.PriceAsync(cart, cancellationToken).ConfigureAwait(false), []);
    }

    [GraphQLDescription("Removes an item from the cart.")]
    public static async Task<CartPayload> RemoveFromCartAsync(
        RemoveFromCartInput input, ClaimsPrincipal caller, OrdersDb db, CartStore carts, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new List<IError>();
        CheckOwner(errors, caller, input.CartId);
        if (errors.Count > 0)
        {
            return new CartPayload(null, errors);
        }

        var cart = await carts.GetOrCreateAsync(caller.GetUserId(), input.CartId, cancellationToken).ConfigureAwait(false);
        var line = cart.Lines.FirstOrDefault(l => l.Kind == input.Kind && l.ItemId == input.ItemId);
        if (line is null)
        {
            return new CartPayload(null, [new NotFoundError("CartLine", input.ItemId.ToString())]);
        }

        db.CartLines.Remove(line);
        cart.Lines.Remove(line);
        cart.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new CartPayload(await carts.PriceAsync(cart, cancellationToken).ConfigureAwait(false), []);
    }

    [Authorize]
    [GraphQLDescription("On sign-in: moves the anonymous cart's lines into the caller's cart (quantities of the same item add up, capped at 99; at most 50 lines) and deletes the anonymous cart.")]
    public static async Task<CartPayload> MergeCartAsync(
        MergeCartInput input, ClaimsPrincipal caller, OrdersDb db, CartStore carts, TimeProvider clock, CancellationToken cancellationToken)
    {
        var userId = caller.GetUserId()!.Value;
        var cart = await carts.GetOrCreateAsync(userId, null, cancellationToken).ConfigureAwait(false);
        var anonymous = await carts.FindAnonymousAsync(input.AnonymousCartId, cancellationToken).ConfigureAwait(false);
        if (anonymous is null)
        {
            return new CartPayload(null, [new NotFoundError("Cart", input.AnonymousCartId.ToString())]);
        }

        foreach (var incoming in anonymous.Lines.OrderBy(l => l.AddedAt))
        {
            var line = cart.Lines.FirstOrDefault(l => l.Kind == incoming.Kind && l.ItemId == incoming.ItemId);
            if (line is not null)
            {
                line.Quantity = Math.Min(CartLimits.MaxQuantity, line.Quantity + incoming.Quantity);
            }
            else if (cart.Lines.Count < CartLimits.MaxLines)
            {
                cart.Lines.Add(new CartLine
                {
                    Id = Guid.CreateVersion7(), CartId = cart.Id, Kind = incoming.Kind, ItemId = incoming.ItemId,
                    Quantity = incoming.Quantity, AddedAt = incoming.AddedAt,
                });
            }
        }

        db.Carts.Remove(anonymous);
        cart.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new CartPayload(await carts.PriceAsync(cart, cancellationToken).ConfigureAwait(false), []);
    }

    private static void CheckQuantity(List<IError> errors, int quantity)
    {
        if (quantity is < CartLimits.MinQuantity or > CartLimits.MaxQuantity)
        {
            errors.Add(new ValidationError("quantity", $"The quantity must be between {CartLimits.MinQuantity} and {CartLimits.MaxQuantity}."));
        }
    }

    /// <summary>An anonymous caller must name the anonymous cart.</summary>
    private static void CheckOwner(List<IError> errors, ClaimsPrincipal caller, Guid? cartId)
    {
        if (caller.GetUserId() is null && cartId is null)
        {
            errors.Add(new ValidationError("cartId", "Sign in, or pass the id of your anonymous cart."));
        }
    }

    private static string TypeName(LineKind kind) => kind == LineKind.Product ? "Product" : "Coupon";
}
