namespace Graph.Execution.Federation;

/// <summary>Settings of the Apollo Federation subgraph support.</summary>
public sealed record FederationOptions
{
    /// <summary>
    /// The most representations one request may pass to <c>_entities</c> (all its aliased <c>_entities</c> fields
    /// together); the field that goes over fails with code <c>FEDERATION_TOO_MANY_REPRESENTATIONS</c>.
    /// </summary>
    public int MaxRepresentations { get; init; } = 1000;
}
