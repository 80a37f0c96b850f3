using System.Security.Claims;
using Graph.AspNetCore.Authorization;
using Graph.Recommendations.DataLoaders;
using Graph.Recommendations.Federation;
using Graph.ServiceDefaults.Auth;
using Graph.Types;

namespace Graph.Recommendations.GraphQL;

/// <summary>Recommendations' field on the Users subgraph's <c>User</c>.</summary>
[ObjectType<UserStub>]
public static class UserRecommendationsNode
{
    [Authorize]
    [GraphQLDescription(
        "Products picked for the user from what they bought and rated highly, never one they bought; the top sellers " +
        "when they have no history. Only the user themselves sees them: null for anybody else.")]
    public static async Task<IReadOnlyList<ProductStub>?> GetRecommendationsAsync(
        [Parent] UserStub user,
        ClaimsPrincipal caller,
        UserRecommendationsLoader recommendations,
        CancellationToken cancellationToken,
        [GraphQLDescription("How many products (1 to 50; default 10).")] int first = RecommendationLimits.DefaultFirst)
    {
        RecommendationLimits.Validate(first);
        if (caller.GetUserId() != user.Id)
        {
            return null; // What somebody bought shows in what is recommended to them: nobody else's business, admins included.
        }

        var ids = await recommendations.LoadAsync(new RecommendationKey(user.Id, first), cancellationToken).ConfigureAwait(false);
        return ids.Select(id => new ProductStub(id)).ToList();
    }
}
