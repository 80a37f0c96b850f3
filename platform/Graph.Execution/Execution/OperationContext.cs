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
    private readonly IReadOnlyDictionary<string, object?>? _requestContextData;
    private ConcurrentDictionary<string, object?>? _contextData;

    public OperationContext(
        Schema schema,
        CompiledOperation operation,
        VariableValues variables,
        object? rootValue,
        IServiceProvider services,
        ClaimsPrincipal? user,
        IReadOnlyDictionary<string, object?>? requestContextData,
        DataLoaderScope dataLoaders,
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
        _requestContextData = requestContextData;
        DataLoaders = dataLoaders;
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

    /// <summary>
    /// The execution's context data: a copy of the request's, with the DataLoader scope under
    /// <see cref="DataLoaderScope.ContextDataKey"/>. Made on first use: most executions never read it (a subgraph's
    /// lookup runs once per variable set), and a concurrent dictionary is the largest allocation of a small one.
    /// </summary>
    public ConcurrentDictionary<string, object?> ContextData => Volatile.Read(ref _contextData) ?? CreateContextData();

    public BatchScheduler Scheduler { get; }

    public FieldPipelines Pipelines { get; }

    public FieldResolver DefaultResolver { get; }

    public bool ExposeExceptionMessages { get; }

    public CancellationToken CancellationToken { get; }

    public FieldCollector Collector { get; }

    /// <summary>
    /// The request's DataLoader scope (also in <see cref="ContextData"/>), without a dictionary lookup: resolvers ask
    /// for it on every call (<see cref="ResolverContextDataLoaderExtensions.DataLoaders"/>).
    /// </summary>
    public DataLoaderScope DataLoaders { get; }

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

    /// <summary>The same request state with another root value (each event of a subscription, spec 6.2.3.2), sharing its context data.</summary>
    public OperationContext WithRootValue(object? rootValue) => new(
        Schema, Operation, Variables, rootValue, Services, User, _requestContextData, DataLoaders, Scheduler, Pipelines, DefaultResolver, ExposeExceptionMessages, CancellationToken)
    {
        _contextData = ContextData,
    };

    private ConcurrentDictionary<string, object?> CreateContextData()
    {
        var data = _requestContextData is null
            ? new ConcurrentDictionary<string, object?>(StringComparer.Ordinal)
            : new ConcurrentDictionary<string, object?>(_requestContextData, StringComparer.Ordinal);
        data[DataLoaderScope.ContextDataKey] = DataLoaders;
        return Interlocked.CompareExchange(ref _contextData, data, null) ?? data;
    }
}
