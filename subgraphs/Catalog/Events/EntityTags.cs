namespace Graph.Catalog.Events;

/// <summary>The entity tags of <see cref="CatalogChanged"/>: <c>&lt;TypeName&gt;:&lt;id&gt;</c>, the entity cache's key suffix.</summary>
public static class EntityTags
{
    public const string Product = "Product";
    public const string Category = "Category";
    public const string Coupon = "Coupon";

    public static string For(string typeName, Guid id) => $"{typeName}:{id}";
}
