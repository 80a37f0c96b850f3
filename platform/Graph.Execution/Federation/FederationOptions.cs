namespace Graph.Execution.Federation;

/// <summary>Settings of the Apollo Federation subgraph support.</summary>
public sealed record FederationOptions
{
    /// <summary>
    /// The most representations one <c>_entities</c> field accepts; more is a field error with code
    /// <c>FEDERATION_TOO_MANY_REPRESENTATIONS</c> (the list is an input that can grow without bound).
    /// </summary>
    public int MaxRepresentations { get; init; } = 1000;
}
