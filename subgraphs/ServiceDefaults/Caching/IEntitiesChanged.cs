namespace Graph.ServiceDefaults.Caching;

/// <summary>
/// An integration event that says which cached entities it makes stale: <see cref="Tags"/> as <c>Type:key</c>
/// (<c>Product:0190...</c>), the same form the entity cache and the gateway's response cache key on.
/// </summary>
public interface IEntitiesChanged
{
    IReadOnlyList<string> Tags { get; }
}
