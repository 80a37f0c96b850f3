namespace Graph.Fusion.Composition;

/// <summary>
/// One <c>@cacheControl</c> hint of a type or field (Apollo's shape): <see cref="MaxAge"/> seconds when given,
/// <see cref="Private"/> for scope PRIVATE, <see cref="InheritMaxAge"/> to take the parent field's maxAge.
/// </summary>
public sealed record CacheHint(int? MaxAge, bool Private, bool InheritMaxAge)
{
    /// <summary>
    /// The hint of a member several source schemas hint: the stricter wins. The smaller explicit maxAge, PRIVATE over
    /// PUBLIC, and inheritMaxAge only when every hint inherits (an explicit maxAge bounds what is inherited anyway).
    /// A source schema that gives no hint for the member does not take part (docs/fusion.md "Response cache").
    /// </summary>
    public static CacheHint Stricter(CacheHint a, CacheHint b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        int? maxAge = (a.MaxAge, b.MaxAge) switch
        {
            ({ } x, { } y) => Math.Min(x, y),
            ({ } x, null) => x,
            (null, var y) => y,
        };
        return new CacheHint(maxAge, a.Private || b.Private, maxAge is null && (a.InheritMaxAge || b.InheritMaxAge));
    }
}
