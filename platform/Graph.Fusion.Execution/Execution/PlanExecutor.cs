using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Graph.Execution;
using Graph.Fusion.Execution.Planning;

namespace Graph.Fusion.Execution.Execution;

/// <summary>
/// Runs the fetch nodes of a plan (all but <paramref name="skipped"/>) over a <see cref="FetchState"/>: each node starts
/// when its dependencies finished (independent nodes run in parallel); a lookup node collects the entities at its path,
/// computes each one's variables, deduplicates equal sets and sends them in one request (a variable batch when there
/// are several), then merges each answer into every entity that asked for it. Knows nothing of planning.
/// </summary>
internal sealed class PlanExecutor(FusionSchema schema, SubgraphClient client, FusionExecutorOptions options)
{
    public static readonly ActivitySource ActivitySource = new("Graph.Fusion");

    // Maps come from the execution schema, so there are few; parsed once per executor.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, FieldSelectionMap> _maps = new(StringComparer.Ordinal);

    public Task RunAsync(QueryPlan plan, FetchState state, int? skipped, CancellationToken cancellationToken)
    {
        var nodes = plan.Nodes;
        if (nodes.Count == 1 && nodes[0].Id != skipped && nodes[0].Dependencies.Count == 0)
        {
            return RunNodeAsync(nodes[0], state, cancellationToken); // the common one-fetch plan: nothing to schedule
        }

        return RunGraphAsync(nodes, state, skipped, cancellationToken);
    }

    private async Task RunGraphAsync(IReadOnlyList<PlanNode> nodes, FetchState state, int? skipped, CancellationToken cancellationToken)
    {
        var done = new HashSet<int>();
        if (skipped is { } s)
        {
            done.Add(s);
        }

        var running = new Dictionary<Task, PlanNode>();
        var pending = new List<PlanNode>(nodes.Count);
        foreach (var node in nodes)
        {
            if (node.Id != skipped)
            {
                pending.Add(node);
            }
        }

        while (pending.Count > 0 || running.Count > 0)
        {
            for (var i = 0; i < pending.Count; i++)
            {
                var node = pending[i];
                if (AllDone(node.Dependencies, done))
                {
                    pending.RemoveAt(i--);
                    running[RunNodeAsync(node, state, cancellationToken)] = node;
                }
            }

            if (running.Count == 0)
            {
                break; // unreachable dependencies: nothing more can run
            }

            var finished = await Task.WhenAny(running.Keys).ConfigureAwait(false);
            done.Add(running[finished].Id);
            running.Remove(finished);
            await finished.ConfigureAwait(false);
        }
    }

    private static bool AllDone(IReadOnlyList<int> dependencies, HashSet<int> done)
    {
        foreach (var dependency in dependencies)
        {
            if (!done.Contains(dependency))
            {
                return false;
            }
        }

        return true;
    }

    private async Task RunNodeAsync(PlanNode node, FetchState state, CancellationToken cancellationToken)
    {
        using var activity = ActivitySource.HasListeners() ? ActivitySource.StartActivity("fusion.fetch " + node.Schema, ActivityKind.Client) : null;
        activity?.SetTag("graphql.fusion.node", node.Id);
        activity?.SetTag("graphql.fusion.subgraph", node.Schema);
        try
        {
            if (node.IsLookup)
            {
                await RunLookupAsync(node, state, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await RunRootAsync(node, state, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (SubgraphException failure)
        {
            activity?.SetStatus(ActivityStatusCode.Error, failure.Code);
            ReportFailure(node, state, failure.Code, failure.Message);
        }
        catch (Exception unexpected) when (unexpected is not OperationCanceledException)
        {
            activity?.SetStatus(ActivityStatusCode.Error, unexpected.GetType().Name);
            ReportFailure(node, state, FusionErrorCodes.SubgraphBadResponse,
                options.ExposeExceptionMessages ? unexpected.Message : $"The response of the subgraph '{node.Schema}' could not be used.");
        }
    }

    private async Task RunRootAsync(PlanNode node, FetchState state, CancellationToken cancellationToken)
    {
        // A fetch that forwards no variables sends the same body every time: it is built once per plan node.
        var body = node.ForwardedVariables.Count == 0
            ? node.ConstantBody ??= SubgraphClient.BuildBody(node.Document, [new JsonObject()], false)
            : SubgraphClient.BuildBody(node.Document, [Forwarded(node, state)], false);
        var responses = await client.SendBodyAsync(node.Schema, schema.SubgraphUrls[node.Schema], body, false,
            node.OperationType == Graph.Language.OperationType.Query, state.Request, cancellationToken).ConfigureAwait(false);
        var response = responses[0];
        lock (state.Sync)
        {
            if (response.Data.ValueKind == JsonValueKind.Object)
            {
                state.Merge(state.Root, response.Data);
            }

            foreach (var error in response.Errors ?? [])
            {
                state.Errors.Add(FetchState.ToClientError(error, [], 0, node.Schema));
            }
        }
    }

    private async Task RunLookupAsync(PlanNode node, FetchState state, CancellationToken cancellationToken)
    {
        var entities = new List<Entity>();
        var sets = new List<byte[]>();
        var setIndex = new Dictionary<byte[], int>(VariableSetComparer.Instance);
        int[] setOfEntity;
        var maps = node.LookupMaps ??= node.Requirements.Select(r => (r.VariableName, _maps.GetOrAdd(r.Map, FieldSelectionMap.Parse))).ToArray();
        lock (state.Sync)
        {
            Collect(state.Data, state.Root, node.Path, 0, null, node.TypeCondition, entities);
            var values = new FieldSelectionMap.KeyValue[maps.Length];
            setOfEntity = new int[entities.Count];
            for (var i = 0; i < entities.Count; i++)
            {
                setOfEntity[i] = -1;
                var complete = true;
                for (var m = 0; m < maps.Length; m++)
                {
                    values[m] = maps[m].Map.EvaluateKey(entities[i].View);
                    complete &= !values[m].IsNull;
                }

                if (!complete)
                {
                    continue; // the key is not there (its fetch failed or returned null): nothing to look up
                }

                // The set as JSON is both its key (equal keys are looked up once) and what the request body carries.
                var set = VariableSetWriter.Write(node.ForwardedVariables, state.Variables, maps, values);
                if (!setIndex.TryGetValue(set, out var index))
                {
                    index = sets.Count;
                    setIndex[set] = index;
                    sets.Add(set);
                }

                setOfEntity[i] = index;
            }
        }

        var entitiesOfSet = EntitiesBySet.Group(setOfEntity, sets.Count);

        var sourcePath = node.SourcePathUtf8 ??= [.. node.SourcePath.Select(System.Text.Encoding.UTF8.GetBytes)];
        for (var offset = 0; offset < sets.Count; offset += options.MaxVariableBatchSize)
        {
            IReadOnlyList<byte[]> chunk = offset == 0 && sets.Count <= options.MaxVariableBatchSize
                ? sets
                : sets.Skip(offset).Take(options.MaxVariableBatchSize).ToArray();
            IReadOnlyList<SubgraphResponse> responses;
            try
            {
                responses = await client.ExecuteAsync(node.Schema, schema.SubgraphUrls[node.Schema], node.Document, chunk, chunk.Count > 1, true,
                    state.Request, cancellationToken).ConfigureAwait(false);
            }
            catch (SubgraphException failure)
            {
                var affected = Enumerable.Range(offset, chunk.Count).SelectMany(entitiesOfSet.Of).Select(i => ResponsePath.ToList(entities[i].Path));
                ReportFailure(node, state, failure.Code, failure.Message, affected);
                continue;
            }

            lock (state.Sync)
            {
                foreach (var response in responses)
                {
                    var set = offset + response.VariableIndex;
                    if (set >= sets.Count)
                    {
                        continue;
                    }

                    var result = Navigate(response.Data, sourcePath);
                    for (var t = entitiesOfSet.Start(set); t < entitiesOfSet.End(set); t++)
                    {
                        var (_, position, path) = entities[entitiesOfSet.Entity(t)];
                        if (result.ValueKind == JsonValueKind.Object)
                        {
                            // Read-only: every entity that asked for the same keys shares the one answer.
                            state.Merge(position, result);
                        }

                        if (response.Errors is { Count: > 0 } errors)
                        {
                            var prefix = ResponsePath.ToList(path);
                            foreach (var error in errors)
                            {
                                state.Errors.Add(FetchState.ToClientError(error, prefix, node.SourcePath.Count, node.Schema));
                            }
                        }
                    }
                }
            }
        }
    }

    private static JsonElement Navigate(JsonElement data, byte[][] path)
    {
        var current = data;
        foreach (var segment in path)
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(segment, out current))
            {
                return default;
            }
        }

        return current;
    }

    /// <summary>
    /// The entities that asked for each variable set, in collection order: one array grouped by set and where each
    /// set's group starts, instead of a list per set.
    /// </summary>
    private sealed class EntitiesBySet
    {
        private readonly int[] _starts;
        private readonly int[] _entities;

        private EntitiesBySet(int[] starts, int[] entities)
        {
            _starts = starts;
            _entities = entities;
        }

        /// <summary>Groups the entities by <paramref name="setOfEntity"/> (-1: an entity without a complete key, in no set).</summary>
        public static EntitiesBySet Group(int[] setOfEntity, int setCount)
        {
            var starts = new int[setCount + 1];
            foreach (var set in setOfEntity)
            {
                if (set >= 0)
                {
                    starts[set + 1]++;
                }
            }

            for (var s = 0; s < setCount; s++)
            {
                starts[s + 1] += starts[s];
            }

            var entities = new int[starts[setCount]];
            var next = starts[..setCount];
            for (var e = 0; e < setOfEntity.Length; e++)
            {
                if (setOfEntity[e] is var set and >= 0)
                {
                    entities[next[set]++] = e;
                }
            }

            return new EntitiesBySet(starts, entities);
        }

        public int Start(int set) => _starts[set];

        public int End(int set) => _starts[set + 1];

        public int Entity(int position) => _entities[position];

        public IEnumerable<int> Of(int set) => _entities[_starts[set].._starts[set + 1]];
    }

    /// <summary>An entity a lookup completes: its merged value, its position in the overlay and its response path.</summary>
    private readonly record struct Entity(MergedView View, OverlayNode Position, ResponsePath? Path);

    /// <summary>
    /// A response path as the entities are collected: a node per step shared by everything under it (null is the
    /// root), turned into a list only when an error needs it.
    /// </summary>
    private sealed class ResponsePath(ResponsePath? parent, string? name, int index)
    {
        public static ResponsePath Property(ResponsePath? parent, string name) => new(parent, name, -1);

        public static ResponsePath Item(ResponsePath? parent, int index) => new(parent, null, index);

        public static List<object> ToList(ResponsePath? path)
        {
            var depth = 0;
            for (var step = path; step is not null; step = step.Parent)
            {
                depth++;
            }

            var segments = new object[depth];
            for (var step = path; step is not null; step = step.Parent)
            {
                segments[--depth] = step.Name ?? (object)step.Index;
            }

            return [.. segments];
        }

        private ResponsePath? Parent => parent;

        private string? Name => name;

        private int Index => index;
    }

    /// <summary>The entities at <paramref name="path"/> (lists traversed), with their response paths.</summary>
    private static void Collect(MergedView value, OverlayNode position, IReadOnlyList<string> path, int depth, ResponsePath? responsePath, string? typeCondition, List<Entity> into)
    {
        switch (value.Kind)
        {
            case JsonViewKind.Array:
                var items = new MergedView[value.GetArrayLength()];
                value.CopyItems(items);
                for (var i = 0; i < items.Length; i++)
                {
                    Collect(items[i], position.Item(i), path, depth, ResponsePath.Item(responsePath, i), typeCondition, into);
                }

                break;
            case JsonViewKind.Object when depth == path.Count:
                if (typeCondition is null || (value.TryGetProperty(Planning.OperationPlanner.TypenameAlias, out var typename) && typename.GetString() == typeCondition))
                {
                    into.Add(new Entity(value, position, responsePath));
                }

                break;
            case JsonViewKind.Object:
                value.TryGetProperty(path[depth], out var child);
                Collect(child, position.Property(path[depth]), path, depth + 1, ResponsePath.Property(responsePath, path[depth]), typeCondition, into);
                break;
        }
    }

    private static JsonObject Forwarded(PlanNode node, FetchState state)
    {
        var variables = new JsonObject();
        foreach (var name in node.ForwardedVariables)
        {
            if (state.Variables.TryGetPropertyValue(name, out var value))
            {
                variables[name] = value?.DeepClone();
            }
        }

        return variables;
    }

    private static void ReportFailure(PlanNode node, FetchState state, string code, string message, IEnumerable<List<object>>? entityPaths = null)
    {
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code, ["schema"] = node.Schema };
        var key = node.ResponseKeys.FirstOrDefault();
        if (!node.IsLookup)
        {
            foreach (var rootKey in node.ResponseKeys)
            {
                state.AddError(new GraphQLError(message, null, [rootKey], extensions));
            }

            return;
        }

        if (entityPaths is null)
        {
            var entities = new List<Entity>();
            lock (state.Sync)
            {
                Collect(state.Data, state.Root, node.Path, 0, null, node.TypeCondition, entities);
            }

            entityPaths = entities.Select(e => ResponsePath.ToList(e.Path));
        }

        foreach (var path in entityPaths)
        {
            state.AddError(new GraphQLError(message, null, key is null ? path : [.. path, key], extensions));
        }
    }
}
