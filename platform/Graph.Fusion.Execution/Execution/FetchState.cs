using System.Text.Json;
using System.Text.Json.Nodes;
using Graph.Execution;

namespace Graph.Fusion.Execution.Execution;

/// <summary>The merged data of one execution (all subgraph results, internal fields included) and its errors.</summary>
internal sealed class FetchState(JsonObject data, JsonObject variables, OperationRequest request)
{
    public object Sync { get; } = new();

    public JsonObject Data { get; } = data;

    /// <summary>
    /// All the data when the plan's one fetch is a root fetch: its answer's read-only <c>data</c>, shaped directly
    /// (nothing is merged into it, so no mutable copy is built). <see cref="Data"/> stays empty then.
    /// </summary>
    public JsonElement? SoleRootData { get; set; }

    /// <summary>The client's variables as JSON (forwarded to subgraphs that declare them).</summary>
    public JsonObject Variables { get; } = variables;

    public OperationRequest Request { get; } = request;

    public List<GraphQLError> Errors { get; } = [];

    public void AddError(GraphQLError error)
    {
        lock (Sync)
        {
            Errors.Add(error);
        }
    }

    /// <summary>
    /// Deep merge of a subgraph object into the merged data (objects merge by key, lists item by item). The source's
    /// nodes are moved, not copied: pass a clone when the same answer merges into several entities.
    /// </summary>
    public static void Merge(JsonObject target, JsonObject source)
    {
        foreach (var (key, value) in source.ToArray())
        {
            if (target.TryGetPropertyValue(key, out var existing) && existing is not null && value is not null)
            {
                if (existing is JsonObject a && value is JsonObject b)
                {
                    Merge(a, b);
                    continue;
                }

                if (existing is JsonArray left && value is JsonArray right && left.Count == right.Count)
                {
                    for (var i = 0; i < left.Count; i++)
                    {
                        if (left[i] is JsonObject lo && right[i] is JsonObject ro)
                        {
                            Merge(lo, ro);
                        }
                    }

                    continue;
                }
            }

            source.Remove(key);
            target[key] = value;
        }
    }

    /// <summary>A subgraph error as a client error: its path rewritten under <paramref name="prefix"/>, locations dropped.</summary>
    public static GraphQLError ToClientError(JsonNode? error, IReadOnlyList<object> prefix, int skip, string schema)
    {
        var message = error?["message"]?.GetValue<string>() ?? "The subgraph reported an error without a message.";
        List<object>? path = null;
        if (error?["path"] is JsonArray subgraphPath)
        {
            path = [.. prefix];
            foreach (var segment in subgraphPath.Skip(skip))
            {
                if (segment is JsonValue value && value.GetValueKind() == JsonValueKind.Number)
                {
                    path.Add(value.GetValue<int>());
                }
                else if (segment is not null)
                {
                    path.Add(segment.GetValue<string>());
                }
            }
        }
        else if (prefix.Count > 0)
        {
            path = [.. prefix];
        }

        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (error?["extensions"] is JsonObject given)
        {
            foreach (var (key, value) in given)
            {
                extensions[key] = value is null ? null : JsonSerializer.SerializeToElement(value);
                if (key == "code" && value is JsonValue code && code.GetValueKind() == JsonValueKind.String)
                {
                    extensions[key] = code.GetValue<string>();
                }
            }
        }

        extensions["schema"] = schema;
        return new GraphQLError(message, null, path, extensions);
    }
}
