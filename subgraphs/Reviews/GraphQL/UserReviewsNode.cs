using System.Security.Claims;
using Graph.Data;
using Graph.Reviews.DataLoaders;
using Graph.Reviews.Domain;
using Graph.Reviews.Federation;
using Graph.Types;
using Graph.Types.Resolvers;

namespace Graph.Reviews.GraphQL;

/// <summary>Reviews' field on the Users subgraph's <c>User</c>.</summary>
[ObjectType<UserStub>]
public static class UserReviewsNode
{
    [GraphQLDescription("The reviews the user wrote, newest first (hidden ones only for admins). At most 50 per page.")]
    public static Task<Connection<Review>> GetReviewsAsync(
        [Parent] UserStub user,
        ClaimsPrincipal caller,
        AuthorReviewsLoader pages,
        IResolverContext context,
        CancellationToken cancellationToken,
        [GraphQLDescription("Returns the first n reviews after `after` (at most 50; default 10).")] int? first = null,
        [GraphQLDescription("A cursor: returns the reviews after it.")] string? after = null)
    {
        var key = new ReviewPageKey(user.Id, ReviewOrder.Newest, first, after, ReviewAccess.SeesHidden(caller), context.IsSelected("totalCount"));
        key.Validate();
        return pages.LoadAsync(key, cancellationToken);
    }
}
