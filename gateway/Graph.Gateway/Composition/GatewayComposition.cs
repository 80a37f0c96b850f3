using Graph.Fusion.Execution;

namespace Graph.Gateway.Composition;

/// <summary>
/// One loaded composition: the execution schema (with the subgraph URLs) and where it came from. Immutable; a reload
/// makes a new one.
/// </summary>
public sealed record GatewayComposition(FusionSchema Schema, string ExecutionSchemaPath, string ManifestPath, string Hash, DateTimeOffset LoadedAt);
