using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Graph.Execution;
using Graph.Orders.Domain;
using Microsoft.Extensions.Options;

namespace Graph.Orders.Catalog;

/// <summary>Where the Catalog's GraphQL endpoint is (<c>Catalog:GraphQLUrl</c>).</summary>
public sealed class CatalogClientOptions
{
    public const string SectionName = "Catalog";

    public Uri GraphQLUrl { get; set; } = new("http://127.0.0.1:5102/graphql");
}

/// <summary>
/// Reads names, final prices and stock from the Catalog subgraph's GraphQL API, one request for a batch of items,
/// forwarding the caller's bearer token. A Catalog that cannot answer is a <c>CATALOG_UNAVAILABLE</c> field error:
/// a cart is never priced with guessed values.
/// </summary>
public sealed class CatalogClient(HttpClient http, IOptions<CatalogClientOptions> options, IHttpContextAccessor httpContext)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    /// <summary>The items that exist, by (kind, id); unknown ids are absent.</summary>
    public async Task<IReadOnlyDictionary<(LineKind Kind, Guid Id), CatalogItem>> GetItemsAsync(
        IEnumerable<(LineKind Kind, Guid Id)> keys, CancellationToken cancellationToken)
    {
        var distinct = keys.Distinct().ToList();
        var result = new Dictionary<(LineKind, Guid), CatalogItem>();
        if (distinct.Count == 0)
        {
            return result;
        }

        // One aliased field per item: i0: productById(id: ...) { ... }.
        var fields = distinct.Select((key, i) => key.Kind == LineKind.Product
            ? $"i{i}: productById(id: \"{key.Id}\") {{ name finalPrice {{ amount currency }} inventory {{ available }} }}"
            : $"i{i}: couponById(id: \"{key.Id}\") {{ name: title finalPrice: price {{ amount currency }} inventory {{ available }} }}");
        using var request = new HttpRequestMessage(HttpMethod.Post, options.Value.GraphQLUrl)
        {
            Content = JsonContent.Create(new { query = "{ " + string.Join(" ", fields) + " }" }),
        };
        if (httpContext.HttpContext?.Request.Headers.Authorization.ToString() is { Length: > 0 } authorization
            && AuthenticationHeaderValue.TryParse(authorization, out var header))
        {
            request.Headers.Authorization = header;
        }

        CatalogResponse? body;
        try
        {
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            body = await response.Content.ReadFromJsonAsync<CatalogResponse>(Json, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new GraphQLException("The catalog could not be reached to price the items; try again.", "CATALOG_UNAVAILABLE");
        }

        if (body?.Data is null || body.Errors is { Count: > 0 })
        {
            throw new GraphQLException("The catalog could not price the items; try again.", "CATALOG_UNAVAILABLE");
        }

        for (var i = 0; i < distinct.Count; i++)
        {
            if (body.Data.TryGetValue($"i{i}", out var item) && item is { FinalPrice: { } price })
            {
                var (kind, id) = distinct[i];
                result[(kind, id)] = new CatalogItem(kind, id, item.Name, price.Amount, price.Currency, item.Inventory?.Available ?? 0);
            }
        }

        return result;
    }

    private sealed record CatalogResponse(Dictionary<string, CatalogItemData?>? Data, List<JsonElement>? Errors);

    private sealed record CatalogItemData(string Name, CatalogMoney? FinalPrice, CatalogStock? Inventory);

    private sealed record CatalogMoney(decimal Amount, string Currency);

    private sealed record CatalogStock(int Available);
}

/// <summary>Registers <see cref="CatalogClient"/> as a typed HttpClient bound to the <c>Catalog</c> section.</summary>
public static class CatalogClientRegistration
{
    public static IServiceCollection AddCatalogClient(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CatalogClientOptions>(configuration.GetSection(CatalogClientOptions.SectionName));
        services.AddHttpContextAccessor();
        services.AddHttpClient<CatalogClient>(client => client.Timeout = TimeSpan.FromSeconds(10));
        return services;
    }
}
