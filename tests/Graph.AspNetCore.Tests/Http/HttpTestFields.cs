using System.Text.Json;
using Graph.AspNetCore.Http;
using Graph.Types.Resolvers;

namespace Graph.AspNetCore.Tests.Http;

/// <summary>Fields the HTTP tests add to the sample schema: a slow one, the caller's name, a request extension.</summary>
public static class HttpTestFields
{
    public const string Sdl = """
        extend type Query {
          "Waits until the request is cancelled."
          slow: String
          "The authenticated user's name."
          whoAmI: String
          "The string value of a request extension."
          extension(name: String!): String
        }
        """;

    /// <summary>Completed when a <c>slow</c> resolver observes its cancellation.</summary>
    public static TaskCompletionSource SlowCancelled { get; private set; } = NewSignal();

    public static TaskCompletionSource ResetSlowCancelled() => SlowCancelled = NewSignal();

    public static GraphQLServerBuilder AddHttpTestFields(this GraphQLServerBuilder builder) =>
        builder.ConfigureSchema(schema => schema.AddSdl(Sdl)
            .BindResolver("Query", "slow", async c =>
            {
                try
                {
                    await Task.Delay(Timeout.Infinite, c.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    SlowCancelled.TrySetResult();
                    throw;
                }

                return null;
            })
            .BindResolver("Query", "whoAmI", c => ValueTask.FromResult<object?>(c.User?.Identity?.Name))
            .BindResolver("Query", "extension", c => ValueTask.FromResult<object?>(
                c.ContextData.TryGetValue(GraphQLHttpContextData.RequestExtensions, out var value)
                && value is IReadOnlyDictionary<string, object?> extensions
                && extensions.TryGetValue(c.ArgumentValue<string>("name")!, out var extension)
                && extension is JsonElement { ValueKind: JsonValueKind.String } text
                    ? text.GetString()
                    : null)));

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
