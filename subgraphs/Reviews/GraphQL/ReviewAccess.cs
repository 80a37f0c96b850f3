using System.Security.Claims;
using Graph.Reviews.Domain;
using Graph.ServiceDefaults.Auth;

namespace Graph.Reviews.GraphQL;

/// <summary>Who sees a review: everybody, unless an admin hid it; then admins only (issue 8). Every read path asks here.</summary>
public static class ReviewAccess
{
    public static bool CanSee(ClaimsPrincipal caller, Review review) => !review.Hidden || caller.IsAdmin();

    /// <summary>Whether lists read for the caller include hidden reviews.</summary>
    public static bool SeesHidden(ClaimsPrincipal caller) => caller.IsAdmin();
}
