using Graph.Execution;
using Graph.Execution.Processing;

namespace Graph.Fusion.Execution;

/// <summary>Settings of a <see cref="FusionRequestExecutor"/>.</summary>
public sealed record FusionExecutorOptions
{
    /// <summary>How long one subgraph request may take (each attempt); then the fetch fails with <c>SUBGRAPH_TIMEOUT</c>.</summary>
    public TimeSpan SubgraphTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Per-subgraph overrides of <see cref="SubgraphTimeout"/>, by source schema name.</summary>
    public IReadOnlyDictionary<string, TimeSpan> SubgraphTimeouts { get; init; } = new Dictionary<string, TimeSpan>();

    /// <summary>Retries of a query fetch after a transient failure (connection error, 502/503/504); mutations never retry.</summary>
    public int MaxRetries { get; init; } = 2;

    /// <summary>The pause before the first retry (doubled each time).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>The share of failed requests (0..1) in <see cref="CircuitBreakerSamplingDuration"/> that opens a subgraph's circuit.</summary>
    public double CircuitBreakerFailureRatio { get; init; } = 0.5;

    /// <summary>The fewest requests in the sampling window before the circuit can open.</summary>
    public int CircuitBreakerMinimumThroughput { get; init; } = 20;

    public TimeSpan CircuitBreakerSamplingDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit rejects requests (<c>SUBGRAPH_UNAVAILABLE</c>) before it tries again.</summary>
    public TimeSpan CircuitBreakerBreakDuration { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The largest subgraph response body read (bytes); larger answers are <c>SUBGRAPH_BAD_RESPONSE</c>.</summary>
    public long MaxSubgraphResponseBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>
    /// Whether identical query fetches in flight at the same moment (same subgraph, document, variables and forwarded
    /// headers, so the same caller identity) share one subgraph request. Mutations are never shared.
    /// </summary>
    public bool DeduplicateInflightQueries { get; init; } = true;

    /// <summary>The most variable sets in one batched lookup request (the subgraph's <c>MaxVariableBatchSize</c>).</summary>
    public int MaxVariableBatchSize { get; init; } = 1024;

    /// <summary>Depth, field and cost limits checked before planning (the engine's codes).</summary>
    public OperationLimits Limits { get; init; } = new();

    /// <summary>Parsed and validated documents kept (LRU).</summary>
    public int OperationCacheSize { get; init; } = 256;

    /// <summary>Plans kept (LRU).</summary>
    public int PlanCacheSize { get; init; } = 256;

    /// <summary>Validation of client documents; null skips validation (never in production).</summary>
    public IDocumentValidator? Validator { get; init; } = SpecifiedRulesValidator.Default;

    /// <summary>
    /// Called for every subgraph request before it is sent, with the client's request: the host forwards headers here
    /// (<c>Authorization</c>, <c>traceparent</c>, <c>accept-language</c>).
    /// </summary>
    public Func<OperationRequest, HttpRequestMessage, ValueTask>? OnSubgraphRequest { get; init; }

    /// <summary>Resolves a persisted document's id to its text (trusted documents) for requests that carry only <c>documentId</c>.</summary>
    public Func<string, CancellationToken, ValueTask<string?>>? DocumentStore { get; init; }

    /// <summary>Messages of unexpected exceptions in errors (off in production).</summary>
    public bool ExposeExceptionMessages { get; init; }

    internal TimeSpan TimeoutFor(string schema) => SubgraphTimeouts.TryGetValue(schema, out var timeout) ? timeout : SubgraphTimeout;
}
