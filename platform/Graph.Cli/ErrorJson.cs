using System.Text;
using System.Text.Json;
using Graph.Language;

namespace Graph.Cli;

/// <summary>Writes errors in the GraphQL response format (spec section 7.1.2).</summary>
internal static class ErrorJson
{
    // Relaxed escaping writes quotes as \" and keeps non-ASCII text readable, as JSON.stringify does.
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = false,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string FromSyntaxError(GraphQLSyntaxException error)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("errors");
            json.WriteStartObject();
            json.WriteString("message", error.Message);
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteNumber("line", error.Line);
            json.WriteNumber("column", error.Column);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
