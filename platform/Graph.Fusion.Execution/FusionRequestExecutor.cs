using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Graph.Execution;
using Graph.Execution.Coercion;
using Graph.Execution.Processing;
using Graph.Fusion.Execution.Execution;
using Graph.Fusion.Execution.Normalization;
using Graph.Fusion.Execution.Planning;
using Graph.Fusion.Execution.Subscriptions;
using Graph.Language;

namespace Graph.Fusion.Execution;

/// <summary>
/// The gateway's <see cref="IRequestExecutor"/>: validates a request against the client schema (the engine's rules,
/// limits and codes), normalizes and plans it (plans cached, single-flight), runs the plan's fetches against the
/// subgraphs and shapes the merged results into the client's selection. Introspection is answered locally.
/// Subscriptions subscribe to the owning subgraph over SSE and complete each event through the rest of the plan.
/// </summary>
public sealed class FusionRequestExecutor : IRequestExecutor
{
    private readonly FusionSchema _schema;
    private readonly FusionExecutorOptions _options;
    private readonly OperationCache _documents;
    private readonly OperationPlanner _planner;
    private readonly SubgraphClient _client;
    private readonly PlanExecutor _executor;
    private readonly RequestExecutor _introspection;
    private readonly Func<string, HttpClient> _clients;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Hash, string? OperationName), PreparedOperation> _prepared = new();

    /// <summary>Subgraph requests go through <paramref name="httpClientFactory"/>'s client named <c>Graph.Fusion.{schema}</c>.</summary>
    public FusionRequestExecutor(FusionSchema schema, FusionExecutorOptions options, IHttpClientFactory httpClientFactory)
        : this(schema, options, FactoryClients(httpClientFactory ?? throw new ArgumentNullException(nameof(httpClientFactory))))
    {
    }

    /// <summary>Subgraph requests go through one pooled client over <paramref name="handler"/> (a <see cref="SocketsHttpHandler"/> when null).</summary>
    public FusionRequestExecutor(FusionSchema schema, FusionExecutorOptions options, HttpMessageHandler? handler = null)
        : this(schema, options, SharedClient(handler))
    {
    }

    private FusionRequestExecutor(FusionSchema schema, FusionExecutorOptions options, Func<string, HttpClient> clients)
    {
        _schema = schema ?? throw new ArgumentNullException(nameof(schema));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _clients = clients;
        _documents = new OperationCache(options.OperationCacheSize);
        _planner = new OperationPlanner(schema);
        Plans = new PlanCache(options.PlanCacheSize);
        _client = new SubgraphClient(options, clients);
        _executor = new PlanExecutor(schema, _client, options);
        _introspection = new RequestExecutor(schema.ClientSchema, new ExecutorOptions { Validator = null, Limits = OperationLimits.None });
    }

    /// <summary>The client schema.</summary>
    public Graph.Types.Schema Schema => _schema.ClientSchema;

    public FusionSchema FusionSchema => _schema;

    public PlanCache Plans { get; }

    /// <summary>
    /// The factory's client per schema, taken again every <see cref="FactoryClientReuse"/>: the factory rotates its
    /// pooled handlers (and so DNS) only for new clients, and a client per fetch costs an allocation chain per request.
    /// </summary>
    private static Func<string, HttpClient> FactoryClients(IHttpClientFactory factory)
    {
        var clients = new System.Collections.Concurrent.ConcurrentDictionary<string, (HttpClient Client, long Taken)>(StringComparer.Ordinal);
        return schema =>
        {
            var now = Environment.TickCount64;
            if (clients.TryGetValue(schema, out var entry) && now - entry.Taken < (long)FactoryClientReuse.TotalMilliseconds)
            {
                return entry.Client;
            }

            var client = factory.CreateClient(Graph.Fusion.Execution.Http.FusionSubgraphClients.NamePrefix + schema);
            clients[schema] = (client, now);
            return client;
        };
    }

    /// <summary>How long one client from the factory serves a schema (well under the factory's 2-minute handler lifetime).</summary>
    internal static readonly TimeSpan FactoryClientReuse = TimeSpan.FromSeconds(10);

    private static Func<string, HttpClient> SharedClient(HttpMessageHandler? handler)
    {
        var client = new HttpClient(handler ?? new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AutomaticDecompression = DecompressionMethods.All,
            EnableMultipleHttp2Connections = true,
        }, disposeHandler: handler is null)
        {
            Timeout = Timeout.InfiniteTimeSpan, // the per-subgraph timeout is Polly's
        };
        return _ => client;
    }

    /// <summary>The plan of an operation (validated first); for tests and debugging.</summary>
    public QueryPlan Plan(string document, string? operationName = null)
    {
        var parsed = Parser.Parse(document);
        var normalized = OperationNormalizer.Normalize(_schema.ClientSchema, parsed, operationName);
        return Plans.GetOrAdd(normalized.Hash, operationName, () => _planner.Plan(normalized));
    }

    public async Task<IExecutionResult> ExecuteAsync(OperationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            var document = await RequestDocuments.GetAsync(request, Schema, _documents, _options.Validator, _options.DocumentStore, cancellationToken).ConfigureAwait(false);
            if (!document.IsValid)
            {
                return OperationResult.FromErrors(document.ValidationErrors);
            }

            var prepared = Prepare(document, request.OperationName);
            var operation = prepared.Operation;
            var variables = request.Variables is { } json
                ? VariableCoercion.CoerceVariableValues(Schema, operation.Definition, json)
                : VariableCoercion.CoerceVariableValues(Schema, operation.Definition, request.VariableValues);
            if (!prepared.WithinLimits)
            {
                OperationComplexityAnalyzer.Enforce(Schema, operation, variables, _options.Limits);
                // Without variable definitions the analysis reads nothing that changes between requests.
                prepared.WithinLimits = operation.Definition.VariableDefinitions.Count == 0;
            }

            var normalized = prepared.Normalized;
            var plan = Plans.GetOrAdd(normalized.Hash, request.OperationName, () => _planner.Plan(normalized));
            var variablesJson = VariablesAsJson(request);
            if (normalized.OperationType == OperationType.Subscription)
            {
                return await StartSubscriptionAsync(plan, request, variables, variablesJson, cancellationToken).ConfigureAwait(false);
            }

            var introspection = plan.HasIntrospection ? await IntrospectAsync(normalized, request, cancellationToken).ConfigureAwait(false) : null;
            var state = new FetchState(variablesJson, request);
            await _executor.RunAsync(plan, state, null, cancellationToken).ConfigureAwait(false);
            return Shape(plan, state, variables, introspection);
        }
        catch (GraphQLRequestException requestError)
        {
            return OperationResult.FromErrors(requestError.Errors);
        }
    }

    /// <summary>
    /// The compiled and normalized operation of a validated document, memoized by document hash and operation name
    /// (bounded): neither depends on the request's variables.
    /// </summary>
    private PreparedOperation Prepare(CachedDocument document, string? operationName)
    {
        var key = (document.Hash, operationName);
        if (_prepared.TryGetValue(key, out var prepared))
        {
            return prepared;
        }

        prepared = new PreparedOperation(
            CompiledOperation.Compile(Schema, document.Document, operationName),
            OperationNormalizer.Normalize(Schema, document.Document, operationName));
        if (_prepared.Count >= _options.OperationCacheSize)
        {
            _prepared.Clear(); // documents come and go with the operation cache; a full memo starts over
        }

        _prepared[key] = prepared;
        return prepared;
    }

    /// <summary>What every request of one document and operation name shares.</summary>
    private sealed class PreparedOperation(CompiledOperation operation, NormalizedOperation normalized)
    {
        public CompiledOperation Operation { get; } = operation;

        public NormalizedOperation Normalized { get; } = normalized;

        /// <summary>True once the operation passed the depth, field and cost limits in a way no request can change.</summary>
        public bool WithinLimits { get; set; }
    }

    private OperationResult Shape(QueryPlan plan, FetchState state, VariableValues variables, IReadOnlyDictionary<string, object?>? introspection)
    {
        var errors = new List<GraphQLError>(state.Errors);
        var shaper = new ResultShaper(Schema, variables, errors, introspection, plan.Shapes);
        var data = state.SoleRootData is { } sole
            ? shaper.Shape(plan.Operation.OperationType, plan.Operation.Definition.SelectionSet, sole)
            : shaper.Shape(plan.Operation.OperationType, plan.Operation.Definition.SelectionSet, state.Data);
        return new OperationResult(data, errors);
    }


    private static JsonObject VariablesAsJson(OperationRequest request)
    {
        if (request.Variables is { ValueKind: JsonValueKind.Object } json)
        {
            return JsonObject.Create(json.Clone()) ?? [];
        }

        return request.VariableValues is { } values ? JsonSerializer.SerializeToNode(values) as JsonObject ?? [] : [];
    }

    /// <summary>Runs the root <c>__schema</c>/<c>__type</c> fields on the client schema with the engine's introspection.</summary>
    private async Task<IReadOnlyDictionary<string, object?>?> IntrospectAsync(NormalizedOperation operation, OperationRequest request, CancellationToken cancellationToken)
    {
        var selections = operation.Definition.SelectionSet.Selections
            .Where(s => s is FieldNode { Name.Value: "__schema" or "__type" })
            .ToArray();
        var definition = operation.Definition with { Operation = OperationType.Query, SelectionSet = new SelectionSetNode(selections) };
        var result = await _introspection.ExecuteAsync(new OperationRequest
        {
            DocumentNode = new DocumentNode([definition]),
            Variables = request.Variables,
            VariableValues = request.VariableValues,
        }, cancellationToken).ConfigureAwait(false);
        return (result as OperationResult)?.Data;
    }

    private async Task<ResponseStream> StartSubscriptionAsync(QueryPlan plan, OperationRequest request, VariableValues variables, JsonObject variablesJson, CancellationToken cancellationToken)
    {
        var root = plan.Nodes.FirstOrDefault(n => n.Kind == PlanNodeKind.Subscription)
            ?? throw new GraphQLRequestException([GraphQLError.WithCode("The subscription has no subscription field.", FusionErrorCodes.QueryPlanningFailed)]);

        // Connect before answering, so a subgraph that refuses is a request error (as the engine's CreateSourceEventStream).
        var subscription = await SubgraphSubscription.ConnectAsync(_schema, _options, _clients, root, variablesJson, request, cancellationToken).ConfigureAwait(false);
        var cancellation = new CancellationTokenSource();
        return new ResponseStream(ReadEventsAsync(plan, root, subscription, request, variables, variablesJson, cancellation.Token), async () =>
        {
            await cancellation.CancelAsync().ConfigureAwait(false);
            await subscription.DisposeAsync().ConfigureAwait(false);
            cancellation.Dispose();
        });
    }

    private async IAsyncEnumerable<OperationResult> ReadEventsAsync(
        QueryPlan plan, PlanNode root, SubgraphSubscription subscription, OperationRequest request, VariableValues variables, JsonObject variablesJson,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var payload in subscription.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var state = new FetchState(variablesJson, request);
            if (payload.Data.ValueKind == JsonValueKind.Object)
            {
                state.Merge(state.Root, payload.Data);
            }

            foreach (var error in payload.Errors ?? [])
            {
                state.Errors.Add(FetchState.ToClientError(error, [], 0, root.Schema));
            }

            await _executor.RunAsync(plan, state, root.Id, cancellationToken).ConfigureAwait(false);
            yield return Shape(plan, state, variables, null);
        }
    }
}
