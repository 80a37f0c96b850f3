using System.Security.Claims;
using Graph.AspNetCore.Authorization;
using Graph.Data;
using Graph.Orders.Domain;
using Graph.Orders.Federation;
using Graph.Orders.Infrastructure;
using Graph.ServiceDefaults.Auth;
using Graph.Types;
using Graph.Types.Resolvers;
using Microsoft.EntityFrameworkCore;

namespace Graph.Orders.OrderQueries;

/// <summary>Reading orders: one by id (owner or admin), the caller's own, and the lookups the gateway uses.</summary>
[QueryType]
public static class OrderQueryFields
{
    /// <summary>Most orders one page returns.</summary>
    public const int MaxPageSize = 50;

    [Authorize]
    [GraphQLDescription("An order of the caller (any order for admins), or null.")]
    public static async Task<Order?> GetOrderAsync(
        [ID, GraphQLDescription("The order's id.")] Guid id, ClaimsPrincipal caller, IDbContextFactory<OrdersDb> databases, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await OrderAccess.FindVisibleAsync(db, caller, id, track: false, cancellationToken).ConfigureAwait(false);
    }

    [Lookup]
    [Authorize]
    [GraphQLDescription("An order by id for the gateway's entity resolution; the same rule as `order`: owner or admin, else null.")]
    public static Task<Order?> GetOrderByIdAsync(
        [ID, GraphQLDescription("The order's id.")] Guid id, ClaimsPrincipal caller, IDbContextFactory<OrdersDb> databases, CancellationToken cancellationToken) =>
        GetOrderAsync(id, caller, databases, cancellationToken);

    [Authorize]
    [GraphQLDescription("The caller's orders, newest first. At most 50 per page.")]
    public static Task<Connection<Order>> GetMyOrdersAsync(
        ClaimsPrincipal caller,
        IDbContextFactory<OrdersDb> databases,
        IResolverContext context,
        CancellationToken cancellationToken,
        [GraphQLDescription("Returns the first n orders after `after` (at most 50).")] int? first = null,
        [GraphQLDescription("A cursor: returns the orders after it.")] string? after = null) =>
        PageAsync(databases, caller.GetUserId()!.Value, first, after, context.IsSelected("totalCount"), cancellationToken);

    [Lookup]
    [Internal]
    [GraphQLDescription("A `User` reference by id, for the gateway: Orders only adds `orders` to users.")]
    // Nullable as the composite schemas spec asks of lookups (LOOKUP_RETURNS_NON_NULLABLE_TYPE), though never null here.
    public static UserStub? GetUserById([ID, GraphQLDescription("The user's id.")] Guid id) => new(id);

    /// <summary>
    /// One page of a user's orders, newest first; with <paramref name="includeTotalCount"/> (the request selects
    /// <c>totalCount</c>) also the number of all their orders, one <c>COUNT(*)</c> that is not run otherwise.
    /// </summary>
    internal static async Task<Connection<Order>> PageAsync(
        IDbContextFactory<OrdersDb> databases, Guid userId, int? first, string? after, bool includeTotalCount, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Orders.AsNoTracking().WithDetails().AsSplitQuery()
            .Where(o => o.UserId == userId)
            .OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id)
            .ToConnectionAsync(new PagingArguments(first, after) { MaxPageSize = MaxPageSize, DefaultPageSize = 20, IncludeTotalCount = includeTotalCount }, cancellationToken)
            .ConfigureAwait(false);
    }
}
