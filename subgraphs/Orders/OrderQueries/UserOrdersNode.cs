using System.Security.Claims;
using Graph.Data;
using Graph.Execution;
using Graph.Orders.Domain;
using Graph.Orders.Federation;
using Graph.Orders.Infrastructure;
using Graph.Types;
using Graph.Types.Resolvers;
using Microsoft.EntityFrameworkCore;

namespace Graph.Orders.OrderQueries;

/// <summary>Orders' field on the Users subgraph's <c>User</c>.</summary>
[ObjectType<UserStub>]
public static class UserOrdersNode
{
    [GraphQLDescription("The user's orders, newest first (the user and admins only). At most 50 per page.")]
    public static Task<Connection<Order>> GetOrdersAsync(
        [Parent] UserStub user,
        ClaimsPrincipal caller,
        IDbContextFactory<OrdersDb> databases,
        IResolverContext context,
        CancellationToken cancellationToken,
        [GraphQLDescription("Returns the first n orders after `after` (at most 50).")] int? first = null,
        [GraphQLDescription("A cursor: returns the orders after it.")] string? after = null)
    {
        if (!OrderAccess.CanSee(caller, user.Id))
        {
            throw new GraphQLException("Only the user and admins may read a user's orders.", "FORBIDDEN");
        }

        return OrderQueryFields.PageAsync(databases, user.Id, first, after, context.IsSelected("totalCount"), cancellationToken);
    }
}
