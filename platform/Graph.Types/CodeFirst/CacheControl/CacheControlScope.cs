namespace Graph.Types;

/// <summary>Who may share a cached response (Apollo's <c>CacheControlScope</c>).</summary>
public enum CacheControlScope
{
    /// <summary>Any caller may be served the cached response.</summary>
    Public,

    /// <summary>Only the same user may be served the cached response.</summary>
    Private,
}
