using Graph.Types;
using Graph.Users.Accounts;

namespace Graph.Users.Caching;

// Cache hints (@cacheControl) for the gateway's response cache (docs/fusion.md "Response cache"). A user's public
// profile (id, displayName, createdAt) is public; the owner's fields (email, roles, addresses, payment methods, on
// UserNode) and `me` are PRIVATE, so the gateway caches responses holding them per user. Every change publishes
// user.changed with the user's tag, which evicts them. `users` (admins) is not hinted: not cached.

/// <summary><c>User</c>: public, 60 s (private fields say so on their own).</summary>
[ObjectType<User>]
[CacheControl(UsersCacheHints.MaxAgeSeconds)]
public static class UserCacheHint;

/// <summary><c>Address</c>: as the (private) field it hangs off.</summary>
[ObjectType<Address>]
[CacheControl(InheritMaxAge = true, Scope = CacheControlScope.Private)]
public static class AddressCacheHint;

/// <summary><c>PaymentMethod</c>: as the (private) field it hangs off.</summary>
[ObjectType<PaymentMethod>]
[CacheControl(InheritMaxAge = true, Scope = CacheControlScope.Private)]
public static class PaymentMethodCacheHint;

/// <summary>The Users subgraph's cache hint values.</summary>
public static class UsersCacheHints
{
    /// <summary>How long a user response may be cached (evicted sooner by user.changed).</summary>
    public const int MaxAgeSeconds = 60;
}
