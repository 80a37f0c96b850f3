using System.Text.Json;
using Graph.Execution;
using Graph.Types;

namespace Graph.Execution.Tests.Support;

/// <summary>Builds SDL-first schemas over JSON root values and runs requests to JSON, for tests that read as data.</summary>
internal static class TestGraph
{
    /// <summary>The schema; <paramref name="jsonResolvers"/> binds the JSON default resolvers (as the CLI), otherwise the executor's default applies.</summary>
    public static Schema Schema(string sdl, Action<SchemaBuilder>? configure = null, bool jsonResolvers = true)
    {
        var builder = new SchemaBuilder().AddSdl(sdl);
        if (jsonResolvers)
        {
            builder.UseJsonDefaultResolvers();
        }

        configure?.Invoke(builder);
        return builder.Build();
    }

    public static RequestExecutor Executor(string sdl, Action<SchemaBuilder>? configure = null, ExecutorOptions? options = null, bool jsonResolvers = true) =>
        new(Schema(sdl, configure, jsonResolvers), options);

    public static JsonElement Json(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    public static async Task<OperationResult> RunAsync(
        this IRequestExecutor executor, string document, string? rootValue = null, string? variables = null, string? operationName = null)
    {
        var result = await executor.ExecuteAsync(new OperationRequest
        {
            Document = document,
            RootValue = rootValue is null ? null : Json(rootValue),
            Variables = variables is null ? null : Json(variables),
            OperationName = operationName,
        });
        return (OperationResult)result;
    }

    public static async Task<string> RunJsonAsync(
        this IRequestExecutor executor, string document, string? rootValue = null, string? variables = null, string? operationName = null) =>
        (await executor.RunAsync(document, rootValue, variables, operationName)).ToJson();

    public static Task<string> ExecuteAsync(string sdl, string document, string? rootValue = null, string? variables = null) =>
        Executor(sdl).RunJsonAsync(document, rootValue, variables);
}
