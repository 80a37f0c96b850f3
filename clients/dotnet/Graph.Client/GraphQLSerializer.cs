using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Graph.Client;

/// <summary>
/// The JSON settings of requests and results: nullable annotations and <c>required</c> members are enforced (a
/// response that does not match the generated types fails loudly), <c>__typename</c> may appear anywhere in an
/// object (it tells polymorphic records apart), nulls are not written (an omitted input field keeps its default).
/// </summary>
public static class GraphQLSerializer
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            AllowOutOfOrderMetadataProperties = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            NumberHandling = JsonNumberHandling.Strict,
        };
        options.Converters.Add(new DecimalScalarConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>The <c>Decimal</c> scalar: serialized by the server as a string so no client rounds it; written as a string too.</summary>
    private sealed class DecimalScalarConverter : JsonConverter<decimal>
    {
        public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String
                ? decimal.Parse(reader.GetString()!, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture)
                : reader.GetDecimal();

        public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));
    }
}
