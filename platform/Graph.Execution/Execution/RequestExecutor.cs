using System.Collections.Concurrent;
using Graph.Execution.Coercion;
using Graph.Execution.DataLoader;
using Graph.Execution.Processing;
using Graph.Language;
using Graph.Types;
using Graph.Types.Resolvers;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Execution;

/// <summary>
/// Runs requests (spec 6.1 "Executing Requests"): document from the operation cache (parse and validate once per
/// distinct document), GetOperation, CoerceVariableValues, depth and cost limits, then ExecuteOperation or Subscribe.
/// Thread-safe; one instance per schema.
/// </summary>
public sealed class RequestExecutor : IRequestExecutor
{
    private readonly ExecutorOptions _options;
    private readonly OperationCache _cache;
    private readonly FieldPipelines _pipelines;
    private readonly FieldResolver _defaultResolver;

    public RequestExecutor(Schema schema, ExecutorOptions? options = null)
    {
        Schema = schema ?? throw new ArgumentNullException(nameof(schema));
        _options = options ?? new ExecutorOptions();
        _cache = new OperationCache(_options.OperationCacheSize);
        _pipelines = new FieldPipelines(_options.FieldMiddleware);
        _defaultResolver = _options.DefaultFieldResolver ?? PropertyResolver.Resolve;
    }

    public Schema Schema { get; }

    public OperationCache Cache => _cache;

    public ExecutorOptions Options => _options;

    public async Task<IExecutionResult> ExecuteAsync(OperationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        AsyncServiceScope? scope = null;
        try
        {
            var document = await RequestDocuments.GetAsync(request, Schema, _cache, _options.Validator, _options.DocumentStore, cancellationToken).ConfigureAwait(false);
            if (!document.IsValid)
            {
                return OperationResult.FromErrors(document.ValidationErrors);
            }

            var operation = document.GetOrAddOperation(Schema, request.OperationName);
            var variables = request.Variables is { } json
                ? VariableCoercion.CoerceVariableValues(Schema, operation.Definition, json)
                : VariableCoercion.CoerceVariableValues(Schema, operation.Definition, request.VariableValues);
            OperationComplexityAnalyzer.Enforce(Schema, operation, variables, _options.Limits);

            var services = request.Services;
            if (services is null && _options.Services is { } root)
            {
                scope = root.CreateAsyncScope();
                services = scope.Value.ServiceProvider;
            }

            var context = CreateContext(request, operation, variables, services ?? EmptyServices.Instance, cancellationToken);
            if (operation.OperationType == OperationType.Subscription)
            {
                var owned = scope;
                scope = null;
                return await Executor.ExecuteSubscription(context, owned is { } s ? s.DisposeAsync : null).ConfigureAwait(false);
            }

            return await Executor.ExecuteOperation(context).ConfigureAwait(false);
        }
        catch (GraphQLRequestException requestError)
        {
            return OperationResult.FromErrors(requestError.Errors);
        }
        finally
        {
            if (scope is { } owned)
            {
                await owned.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private OperationContext CreateContext(OperationRequest request, CompiledOperation operation, VariableValues variables, IServiceProvider services, CancellationToken cancellationToken)
    {
        var scheduler = services.GetService<BatchScheduler>() ?? new BatchScheduler();
        return new OperationContext(
            Schema, operation, variables, request.RootValue, services, request.User, request.ContextData, new DataLoaderScope(scheduler), scheduler,
            _pipelines, _defaultResolver, _options.ExposeExceptionMessages, cancellationToken);
    }


    private sealed class EmptyServices : IServiceProvider
    {
        public static EmptyServices Instance { get; } = new();

        public object? GetService(Type serviceType) => null;
    }
}
