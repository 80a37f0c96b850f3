using Graph.Execution.Processing;
using Graph.Types.Resolvers;

namespace Graph.Execution;

/// <summary>Settings of a <see cref="RequestExecutor"/>.</summary>
public sealed record ExecutorOptions
{
    /// <summary>Validates documents before execution (spec 5); null runs none (only for trusted documents).</summary>
    public IDocumentValidator? Validator { get; init; } = SpecifiedRulesValidator.Default;

    /// <summary>Depth, field-count and cost limits checked before execution.</summary>
    public OperationLimits Limits { get; init; } = new();

    /// <summary>How many distinct documents the operation cache keeps.</summary>
    public int OperationCacheSize { get; init; } = 256;

    /// <summary>Field middleware, global and per field, in registration order.</summary>
    public IReadOnlyList<FieldMiddlewareRegistration> FieldMiddleware { get; init; } = [];

    /// <summary>The resolver of fields that have none (graphql-js defaultFieldResolver over JSON, dictionaries and CLR properties).</summary>
    public FieldResolver? DefaultFieldResolver { get; init; }

    /// <summary>
    /// When false, a resolver's unexpected exception (not a <see cref="GraphQLException"/>) is reported as
    /// "Unexpected Execution Error" instead of its message.
    /// </summary>
    public bool ExposeExceptionMessages { get; init; } = true;

    /// <summary>Looks up persisted documents by id (trusted documents); null when the server accepts none.</summary>
    public Func<string, CancellationToken, ValueTask<string?>>? DocumentStore { get; init; }

    /// <summary>The root provider the executor opens a request scope from when a request brings no services.</summary>
    public IServiceProvider? Services { get; init; }
}
