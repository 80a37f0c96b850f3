using System.Text.Json.Serialization;

namespace Graph.Benchmarks.Engine;

/// <summary>A product of the in-memory catalog (the execution workload's data; <c>AuthorId</c> is resolved through a DataLoader).</summary>
public sealed record Product(string Id, string Name, string? Description, double Price, bool InStock, double? Rating, string Sku, string AuthorId);

/// <summary>An author of the in-memory catalog.</summary>
public sealed record Author(string Id, string Name);

/// <summary>The catalog file both engines load: products and the authors they refer to.</summary>
public sealed record CatalogData(Product[] Products, Author[] Authors);

/// <summary>The response <c>{"data":{"products":[...]}}</c> as plain objects, for the System.Text.Json reference.</summary>
public sealed record CatalogResponse(CatalogResponseData Data);

public sealed record CatalogResponseData(IReadOnlyList<ProductView> Products);

/// <summary>One product as the catalog query selects it, fields in selection order.</summary>
public sealed record ProductView(string Id, string Name, string? Description, double Price, bool InStock, double? Rating, string Sku, AuthorView Author);

public sealed record AuthorView(string Id, string Name);

/// <summary>Source-generated System.Text.Json metadata (fast-path serialization) for the catalog types.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(CatalogData))]
[JsonSerializable(typeof(CatalogResponse))]
internal sealed partial class CatalogJsonContext : JsonSerializerContext;
