using Graph.Execution;
using Graph.Types;
using Graph.Users.Accounts;
using Graph.Users.Validation;
using Microsoft.EntityFrameworkCore;

namespace Graph.Users.GraphQL;

/// <summary>The filter of <c>users</c>.</summary>
[GraphQLDescription("Conditions on users; all given conditions must hold.")]
public sealed record UserFilterInput(
    [GraphQLDescription("Part of the email, case-insensitive (at most 254 characters).")] string? EmailContains = null,
    [GraphQLDescription("Part of the display name, case-insensitive (at most 254 characters).")] string? DisplayNameContains = null,
    [GraphQLDescription("A role the user holds.")] UserRole? Role = null);

/// <summary>Translates <see cref="UserFilterInput"/> into SQL (ILIKE with the pattern characters escaped).</summary>
public static class UserFilter
{
    public const string InvalidFilterCode = "INVALID_FILTER";

    public static IQueryable<UserAccount> Apply(IQueryable<UserAccount> users, UserFilterInput? filter)
    {
        if (filter is null)
        {
            return users;
        }

        if (filter.EmailContains is { } email)
        {
            var pattern = ContainsPattern("emailContains", email.Trim().ToLowerInvariant());
            users = users.Where(u => EF.Functions.Like(u.Email, pattern, "\\"));
        }

        if (filter.DisplayNameContains is { } name)
        {
            var pattern = ContainsPattern("displayNameContains", name.Trim());
            users = users.Where(u => EF.Functions.ILike(u.DisplayName, pattern, "\\"));
        }

        if (filter.Role is { } role)
        {
            var roleName = RoleNames.Name(role);
            users = users.Where(u => u.Roles.Contains(roleName));
        }

        return users;
    }

    private static string ContainsPattern(string argument, string text)
    {
        if (text.Length > InputLimits.FilterText)
        {
            throw new GraphQLException($"`where.{argument}` is longer than {InputLimits.FilterText} characters.", InvalidFilterCode,
                new Dictionary<string, object?>(StringComparer.Ordinal) { ["argument"] = "where." + argument });
        }

        var escaped = text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
        return "%" + escaped + "%";
    }
}
