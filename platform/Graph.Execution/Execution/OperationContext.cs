using System.Collections.Concurrent;
using System.Security.Claims;
using Graph.Execution.Coercion;
using Graph.Execution.DataLoader;
using Graph.Execution.Processing;
using Graph.Types;
using Graph.Types.Resolvers;

namespace Graph.Execution;

/// <summary>The state of one execution (spec 6.1: schema, operation, variable values, initial value) and its errors.</summary>
internal sealed class OperationContext
{
    private readonly object _errorsGate = new();
    private List<GraphQLError>? _errors;
    private HashSet<ResultPath?>? _nulled;
    private bool _rootNulled;
    private DataLoaderScope? _dataLoaders;

    public OperationContext(
        Schema schema,
        CompiledOperation operation,
        VariableValues variables,
        object? rootValue,
        IServiceProvider services,
        ClaimsPrincipal? user,
        ConcurrentDictionary<string, object?> contextData,
        BatchScheduler scheduler,
        FieldPipelines pipelines,
        FieldResolver defaultResolver,
        bool exposeExceptionMessages,
        CancellationToken cancellationToken)
    {
        Schema = schema;
        Operation = operation;
        Variables = variables;
        RootValue = rootValue;
        Services = services;
        User = user;
        ContextData = contextData;
        Scheduler = scheduler;
        Pipelines = pipelines;
        DefaultResolver = defaultResolver;
        ExposeExceptionMessages = exposeExceptionMessages;
        CancellationToken = cancellationToken;
        Collector = new FieldCollector(schema, operation, variables);
    }

    public Schema Schema { get; }

    public CompiledOperation Operation { get; }

    public VariableValues Variables { get; }

    public object? RootValue { get; }

    public IServiceProvider Services { get; }

    public ClaimsPrincipal? User { get; }

    public ConcurrentDictionary<string, object?> ContextData { get; }

    public BatchScheduler Scheduler { get; }

    public FieldPipelines Pipelines { get; }

    public FieldResolver DefaultResolver { get; }

    public bool ExposeExceptionMessages { get; }

    public CancellationToken CancellationToken { get; }

    public FieldCollector Collector { get; }

    /// <summary>
    /// The request's DataLoader scope (the one the executor put in <see cref="ContextData"/>), read once: resolvers
    /// ask for it on every call (<see cref="ResolverContextDataLoaderExtensions.DataLoaders"/>).
    /// </summary>
    public DataLoaderScope? DataLoaders => _dataLoaders ??= ContextData.TryGetValue(DataLoaderScope.ContextDataKey, out var scope) ? scope as DataLoaderScope : null;

    /// <summary>
    /// Records a field error at the position <paramref name="path"/> nulled (null for the root); an error under a
    /// position already nulled is dropped, as graphql-js 17 does, since that part of the response no longer exists.
    /// </summary>
    public void AddError(GraphQLError error, ResultPath? path)
    {
        lock (_errorsGate)
        {
            _nulled ??= new HashSet<ResultPath?>(ReferenceEqualityComparer.Instance);
            if (_rootNulled)
            {
                return;
            }

            for (var position = path; position is not null; position = position.Parent)
            {
                if (_nulled.Contains(position))
                {
                    return;
                }
            }

            if (path is null)
            {
                _rootNulled = true;
            }
            else
            {
                _nulled.Add(path);
            }

            (_errors ??= []).Add(error);
        }
    }

    /// <summary>The field errors so far, and a fresh list for the next response of a subscription.</summary>
    public IReadOnlyList<GraphQLError> TakeErrors()
    {
        lock (_errorsGate)
        {
            var errors = (IReadOnlyList<GraphQLError>?)_errors ?? [];
            _errors = null;
            _nulled = null;
            _rootNulled = false;
            return errors;
        }
    }

    /// <summary>The same request state with another root value (each event of a subscription, spec 6.2.3.2).</summary>
    public OperationContext WithRootValue(object? rootValue) => new(
        Schema, Operation, Variables, rootValue, Services, User, ContextData, Scheduler, Pipelines, DefaultResolver, ExposeExceptionMessages, CancellationToken);
}
