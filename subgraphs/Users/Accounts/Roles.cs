using Graph.Types;

namespace Graph.Users.Accounts;

/// <summary>The roles a user can hold.</summary>
[GraphQLDescription("A role a user holds; it decides what the user may read and change.")]
public enum UserRole
{
    [GraphQLDescription("A shopper: reads and changes only their own account.")]
    Customer,

    [GraphQLDescription("An operator: reads every account's profile and manages the catalog.")]
    Admin,
}

/// <summary>Role names as stored and as carried in the access token's <c>role</c> claims.</summary>
public static class RoleNames
{
    public const string Customer = "customer";

    public const string Admin = "admin";

    public static string Name(UserRole role) => role switch
    {
        UserRole.Admin => Admin,
        _ => Customer,
    };

    public static UserRole Parse(string name) => name == Admin ? UserRole.Admin : UserRole.Customer;
}
