using System.Text.Json;
using Graph.Catalog.Domain;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Graph.Catalog.Infrastructure;

/// <summary>
/// <see cref="Product.Attributes"/> as the text of the <c>attributes</c> jsonb column, <c>[{"name":"color","value":"black"}]</c>:
/// the JSON EF Core's owned JSON collection wrote before (so existing rows read the same), converted as one value. As an
/// owned collection EF Core built delegates by reflection for every row it read (<c>DynamicMethod.CreateDelegate</c>
/// and <c>MakeGenericMethod</c> per product), a fifth of the CPU of a 20-product page; nothing queries inside the
/// column, so nothing needs it to be an entity.
/// </summary>
public static class ProductAttributesJson
{
    public static readonly ValueConverter<List<ProductAttribute>, string> Converter = new(
        attributes => Serialize(attributes),
        json => Deserialize(json));

    /// <summary>Compares by name and value in order, so replacing or editing the list in place is saved.</summary>
    public static readonly ValueComparer<List<ProductAttribute>> Comparer = new(
        (left, right) => Equal(left, right),
        attributes => Hash(attributes),
        attributes => Copy(attributes));

    public static string Serialize(List<ProductAttribute> attributes) =>
        JsonSerializer.Serialize(attributes, JsonSerializerOptions.Web);

    public static List<ProductAttribute> Deserialize(string json) =>
        JsonSerializer.Deserialize<List<ProductAttribute>>(json, JsonSerializerOptions.Web) ?? [];

    private static bool Equal(List<ProductAttribute>? left, List<ProductAttribute>? right)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        if (left is null || right is null || left.Count != right.Count)
        {
            return false;
        }

        for (var i = 0; i < left.Count; i++)
        {
            if (!string.Equals(left[i].Name, right[i].Name, StringComparison.Ordinal)
                || !string.Equals(left[i].Value, right[i].Value, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static int Hash(List<ProductAttribute> attributes)
    {
        var hash = new HashCode();
        foreach (var attribute in attributes)
        {
            hash.Add(attribute.Name, StringComparer.Ordinal);
            hash.Add(attribute.Value, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    private static List<ProductAttribute> Copy(List<ProductAttribute> attributes) =>
        attributes.Select(a => new ProductAttribute { Name = a.Name, Value = a.Value }).ToList();
}
