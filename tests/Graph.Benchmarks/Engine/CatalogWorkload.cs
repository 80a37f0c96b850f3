using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Graph.Benchmarks.Engine;

/// <summary>
/// The execution workload: a small product schema, 100 products by 20 authors generated deterministically, and a
/// query selecting 10 fields per product (7 scalars, <c>author</c> and its 2 fields), 1,001 result fields in all.
/// </summary>
internal static class CatalogWorkload
{
    public const int ProductCount = 100;
    public const int AuthorCount = 20;

    public const string Sdl = """
        "The catalog's entry points."
        type Query {
          "The first products of the catalog."
          products(first: Int = 20): [Product!]!
        }

        "Something the shop sells."
        type Product {
          id: ID!
          name: String!
          description: String
          price: Float!
          inStock: Boolean!
          rating: Float
          sku: String!
          "Who wrote the product text; loaded in batches."
          author: Author!
        }

        "The author of product texts."
        type Author {
          id: ID!
          name: String!
        }

        """;

    public const string Query = """
        query Catalog($first: Int!) {
          products(first: $first) {
            id
            name
            description
            price
            inStock
            rating
            sku
            author { id name }
          }
        }

        """;

    /// <summary>The query's variables as JSON (graphql-js reads this file).</summary>
    public static string VariablesJson => $$"""{"first":{{ProductCount}}}""";

    public static CatalogData Generate()
    {
        var authors = new Author[AuthorCount];
        for (var a = 0; a < AuthorCount; a++)
        {
            authors[a] = new Author(AuthorId(a), string.Create(CultureInfo.InvariantCulture, $"Author {a + 1}"));
        }

        var products = new Product[ProductCount];
        for (var i = 1; i <= ProductCount; i++)
        {
            products[i - 1] = new Product(
                string.Create(CultureInfo.InvariantCulture, $"p{i}"),
                string.Create(CultureInfo.InvariantCulture, $"Product {i}"),
                i % 10 == 0 ? null : string.Create(CultureInfo.InvariantCulture, $"A sturdy product, number {i}, for everyday use."),
                5 + ((i * 37) % 400) * 0.25,
                i % 3 != 0,
                i % 7 == 0 ? null : 1 + (i % 9) * 0.5,
                string.Create(CultureInfo.InvariantCulture, $"SKU-{i:D5}"),
                AuthorId((i * 7) % AuthorCount));
        }

        return new CatalogData(products, authors);
    }

    public static byte[] Serialize(CatalogData data) => JsonSerializer.SerializeToUtf8Bytes(data, CatalogJsonContext.Default.CatalogData);

    public static CatalogData Load(byte[] json) =>
        JsonSerializer.Deserialize(json, CatalogJsonContext.Default.CatalogData) ?? throw new InvalidDataException("empty catalog file");

    /// <summary>The response the query produces, as plain objects (author joined in), for the System.Text.Json reference.</summary>
    public static CatalogResponse Response(CatalogData data)
    {
        var authors = data.Authors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var products = data.Products.Take(ProductCount)
            .Select(p => new ProductView(p.Id, p.Name, p.Description, p.Price, p.InStock, p.Rating, p.Sku, new AuthorView(authors[p.AuthorId].Id, authors[p.AuthorId].Name)))
            .ToArray();
        return new CatalogResponse(new CatalogResponseData(products));
    }

    private static string AuthorId(int index) => string.Create(CultureInfo.InvariantCulture, $"a{index + 1}");

    /// <summary>UTF-8 without a byte order mark, as the files are written.</summary>
    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
}
