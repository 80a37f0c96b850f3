using Microsoft.AspNetCore.Builder;

namespace Graph.Testing.Product;

/// <summary>The subgraphs by their manifest names (<c>schema/subgraphs.json</c>).</summary>
public static class ProductServices
{
    public const string Users = "users";
    public const string Catalog = "catalog";
    public const string Reviews = "reviews";
    public const string Recommendations = "recommendations";
    public const string Orders = "orders";
    public const string Payments = "payments";
    public const string Notifications = "notifications";

    public static IReadOnlyList<string> All { get; } = [Users, Catalog, Reviews, Recommendations, Orders, Payments, Notifications];
}

/// <summary>What a <see cref="ProductSystem"/> runs and how.</summary>
public sealed record ProductSystemOptions
{
    /// <summary>Names each database (<c>&lt;prefix&gt;_&lt;service&gt;_...</c>), so a leftover one says which tests made it.</summary>
    public required string DatabasePrefix { get; init; }

    /// <summary>The subgraphs to run (<see cref="ProductServices"/>); Users always runs (everybody trusts its JWKS).</summary>
    public IReadOnlyCollection<string> Services { get; init; } = ProductServices.All;

    /// <summary>Whether the gateway runs over them (the manifest's other subgraphs get a closed port).</summary>
    public bool Gateway { get; init; } = true;

    /// <summary>Settings every service and the gateway get (e.g. a log level).</summary>
    public IReadOnlyDictionary<string, string?> CommonSettings { get; init; } = new Dictionary<string, string?>();

    /// <summary>More settings for one service, by name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string?>> ServiceSettings { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, string?>>();

    /// <summary>More settings for the gateway.</summary>
    public IReadOnlyDictionary<string, string?> GatewaySettings { get; init; } = new Dictionary<string, string?>();

    /// <summary>Runs for each service (by name) before its app is built: tests wrap services there.</summary>
    public Action<string, WebApplicationBuilder>? ConfigureService { get; init; }
}
