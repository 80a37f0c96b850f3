namespace Graph.Recommendations.DataLoaders;

/// <summary>A row of a ranking query: a product recommended for an owner (a product or a user), in rank order.</summary>
public sealed class RankedProductRow
{
    public Guid Owner { get; set; }

    public Guid ProductId { get; set; }
}

/// <summary>A DataLoader key: recommendations for <see cref="Id"/>, at most <see cref="First"/>.</summary>
public sealed record RecommendationKey(Guid Id, int First);
