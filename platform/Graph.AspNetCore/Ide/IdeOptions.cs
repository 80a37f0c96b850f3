namespace Graph.AspNetCore.Ide;

/// <summary>Settings of the Nitro IDE served to browsers.</summary>
public sealed class IdeOptions
{
    /// <summary>Whether browsers get the IDE at the GraphQL path; switch it off in production.</summary>
    public bool Enabled { get; set; } = true;
}
