using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Graph.Execution;
using Graph.Execution.Json;
using Graph.Language;

namespace Graph.Cli;

/// <summary>Writes <c>{"errors":[...]}</c> in the GraphQL response format (spec section 7.1.2).</summary>
internal static class ErrorJson
{
    // Relaxed escaping writes quotes as \" and keeps non-ASCII text readable, as JSON.stringify does.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string FromSyntaxError(GraphQLSyntaxException error) => From([FromSyntax(error)]);

    public static GraphQLError FromSyntax(GraphQLSyntaxException error) =>
        new(error.Message, [new Location(error.Position, error.Position, error.Line, error.Column)]);

    public static string From(IReadOnlyList<GraphQLError> errors)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("errors");
            foreach (var error in errors)
            {
                ResultJsonWriter.WriteError(json, error);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
