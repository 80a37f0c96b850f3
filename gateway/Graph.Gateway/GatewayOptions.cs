namespace Graph.Gateway;

/// <summary>The <c>Fusion</c> section: which composition the gateway serves and where its subgraphs are (docs/fusion.md).</summary>
public sealed class FusionOptions
{
    public const string SectionName = "Fusion";

    /// <summary>The execution schema written by <c>graph compose</c>; relative paths resolve against the content root, then the repository root.</summary>
    public string ExecutionSchema { get; set; } = "schema/gateway.graphql";

    /// <summary>The subgraph manifest (names and URLs per environment); relative like <see cref="ExecutionSchema"/>.</summary>
    public string Manifest { get; set; } = "schema/subgraphs.json";

    /// <summary>Which URL of each manifest entry to use (<c>development</c>, <c>docker</c>).</summary>
    public string Environment { get; set; } = "development";

    /// <summary>Per-subgraph overrides by manifest name (<c>Fusion:Subgraphs:orders:Url</c>); tests use them for dynamic ports.</summary>
    public Dictionary<string, SubgraphOverride> Subgraphs { get; set; } = new(StringComparer.Ordinal);

    /// <summary>How long the file watcher waits after the last change before reloading (editors write files in several steps).</summary>
    public TimeSpan ReloadDebounce { get; set; } = TimeSpan.FromMilliseconds(300);
}

/// <summary>One subgraph's override of the manifest.</summary>
public sealed class SubgraphOverride
{
    public Uri? Url { get; set; }
}

/// <summary>The <c>Gateway</c> section: the edge's own protections.</summary>
public sealed class GatewayOptions
{
    public const string SectionName = "Gateway";

    /// <summary>A trusted-documents manifest (production): only its operations run. Empty: any operation runs.</summary>
    public string? TrustedDocuments { get; set; }

    /// <summary>The deepest field nesting a client operation may have (a root field is depth 1); null: no limit.</summary>
    public int? MaxDepth { get; set; } = 15;

    /// <summary>The largest estimated cost (each field 1, multiplied by the list sizes around it); null: no limit.</summary>
    public int? MaxCost { get; set; } = 5000;

    /// <summary>The largest number of field selections, fragments expanded; null: no limit.</summary>
    public int? MaxFieldCount { get; set; } = 1000;

    public GatewayRateLimitOptions RateLimit { get; set; } = new();

    /// <summary>
    /// Reverse proxies (addresses, or networks as <c>10.0.0.0/8</c>) whose <c>X-Forwarded-For</c> names the real client,
    /// e.g. the storefront's web host or a load balancer. Null: loopback only (ASP.NET Core's default). Anybody else's
    /// header is ignored, so a client cannot choose the address its rate-limit budget is counted against.
    /// </summary>
    public string[]? TrustedProxies { get; set; }
}

/// <summary>Requests per client (the signed-in user, else the remote address) in a fixed window.</summary>
public sealed class GatewayRateLimitOptions
{
    /// <summary>Whether the limit applies at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Requests one client may send to the GraphQL endpoint per <see cref="Window"/>.</summary>
    public int PermitLimit { get; set; } = 600;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
