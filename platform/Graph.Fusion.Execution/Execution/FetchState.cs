using System.Text.Json;
using System.Text.Json.Nodes;
using Graph.Execution;

namespace Graph.Fusion.Execution.Execution;

/// <summary>
/// The merged data of one execution (all subgraph results, internal fields included, as read-only answers and the
/// overlay that says where each was merged) and its errors.
/// </summary>
internal sealed class FetchState(JsonObject variables, OperationRequest request)
{
    private int _sequence;

    public object Sync { get; } = new();

    /// <summary>The root of the merged data: the root fetches' <c>data</c> objects are its fragments.</summary>
    public OverlayNode Root { get; } = new();

    /// <summary>The client's variables as JSON (forwarded to subgraphs that declare them).</summary>
    public JsonObject Variables { get; } = variables;

    public OperationRequest Request { get; } = request;

    public List<GraphQLError> Errors { get; } = [];

    /// <summary>The merged data as the shaper reads it.</summary>
    public MergedView Data => MergedView.Root(Root);

    /// <summary>
    /// All the data when it is one root answer with nothing merged into it: it is shaped straight from the answer.
    /// </summary>
    public JsonElement? SoleRootData => Root.Fragments is [var only] && !Root.HasChildren ? only.Value : null;

    public void AddError(GraphQLError error)
    {
        lock (Sync)
        {
            Errors.Add(error);
        }
    }

    /// <summary>
    /// Merges a subgraph's object (read-only; it may be shared by several entities) into the object at
    /// <paramref name="position"/>, after everything merged before it. Call under <see cref="Sync"/>.
    /// </summary>
    public void Merge(OverlayNode position, JsonElement fragment) => position.Attach(new Fragment(fragment, _sequence++));

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
