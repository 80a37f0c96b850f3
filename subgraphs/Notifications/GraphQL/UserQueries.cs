using Graph.Types;

namespace Graph.Notifications.GraphQL;

/// <summary>The internal lookup the gateway resolves <see cref="User"/> references through.</summary>
[QueryType]
public static class UserQueries
{
    [Lookup]
    [Internal]
    [GraphQLDescription("The user with this id (a stub: every id resolves; the inbox field checks the caller).")]
    public static User GetUserById([ID] [GraphQLDescription("The user's id.")] Guid id) => new(id);
}
