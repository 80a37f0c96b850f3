using System.Security.Claims;
using Graph.AspNetCore.Authorization;
using Graph.Data;
using Graph.Execution;
using Graph.ServiceDefaults.Auth;
using Graph.Types;
using Graph.Types.Resolvers;
using Graph.Users.Accounts;
using Graph.Users.Caching;
using Graph.Users.DataLoaders;
using Graph.Users.Infrastructure;
using Graph.Users.Validation;
using Microsoft.EntityFrameworkCore;

namespace Graph.Users.GraphQL;

/// <summary>Reading users: the caller, one user by id (the gateway's lookup), and the admin's list.</summary>
[QueryType]
public static class UserQueries
{
    [CacheControl(UsersCacheHints.MaxAgeSeconds, Scope = CacheControlScope.Private)] // the caller's own account: cached per user
    [Authorize]
    [GraphQLDescription("The signed-in user.")]
    public static async Task<User?> GetMeAsync(ClaimsPrincipal caller, UserByIdLoader byId, CancellationToken cancellationToken) =>
        caller.GetUserId() is { } id ? await byId.LoadAsync(id, cancellationToken).ConfigureAwait(false) : null;

    [Lookup]
    [GraphQLDescription("A user by id, or null. Only public fields are readable for other users; the gateway resolves `User` references through it.")]
    public static async Task<User?> GetUserByIdAsync([ID, GraphQLDescription("The user's id (a UUID; anything else is an `INVALID_ID` error).")] Guid id, UserByIdLoader byId, CancellationToken cancellationToken) =>
        await byId.LoadAsync(id, cancellationToken).ConfigureAwait(false);

    [Authorize(Roles = [RoleNames.Admin])]
    [GraphQLDescription("Every user, oldest account first, filtered and paged (admins only).")]
    public static async Task<Connection<User>> GetUsersAsync(
        IDbContextFactory<UsersDb> databases,
        IResolverContext context,
        CancellationToken cancellationToken,
        [GraphQLDescription("Return the first n users after `after` (at most 100).")] int? first = null,
        [GraphQLDescription("A cursor: return users after it.")] string? after = null,
        [GraphQLDescription("Return the last n users before `before` (at most 100).")] int? last = null,
        [GraphQLDescription("A cursor: return users before it.")] string? before = null,
        [GraphQLDescription("Conditions every returned user meets.")] UserFilterInput? where = null)
    {
        // A context of its own: root fields of a query run concurrently (two aliased `users` fields, say).
        var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var _ = db.ConfigureAwait(false);
        var query = UserFilter.Apply(db.Users.AsNoTracking(), where);
        var paging = new PagingArguments(first, after, last, before)
        {
            MaxPageSize = InputLimits.UsersPageSize,
            DefaultPageSize = 20,
            IncludeTotalCount = context.IsSelected("totalCount"),
        };
        var page = await query.OrderBy(u => u.CreatedAt).ThenBy(u => u.Id)
            .ToConnectionAsync(paging, cancellationToken).ConfigureAwait(false);
        return new Connection<User>(page.Edges.Select(e => new Edge<User>(e.Node.ToUser(), e.Cursor)).ToList(), page.PageInfo, page.TotalCount);
    }
}
