using Graph.Types;

namespace Graph.Notifications.GraphQL;

/// <summary>The internal lookup the gateway resolves <see cref="User"/> references through.</summary>
[QueryType]
public static class UserQueries
{
    [Lookup]
    [Internal]
    [GraphQLDescription("The user with this id (a stub: every id resolves; the inbox field checks the caller).")]
    // Nullable as the composite schemas spec asks of lookups (LOOKUP_RETURNS_NON_NULLABLE_TYPE), though never null here.
    public static User? GetUserById([ID] [GraphQLDescription("The user's id.")] Guid id) => new(id);
}
