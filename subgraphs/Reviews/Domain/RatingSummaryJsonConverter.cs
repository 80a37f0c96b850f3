using System.Text.Json;
using System.Text.Json.Serialization;

namespace Graph.Reviews.Domain;

/// <summary>
/// <see cref="RatingSummary"/> as the entity cache stores it, <c>{"average":4.5,"count":2,"histogram":[{"rating":1,"count":0},...]}</c>:
/// the JSON System.Text.Json's web defaults wrote before this converter (so entries cached by either read the same),
/// read and written by hand. A product list reads 20 summaries per request, and the reflection-based reading of two
/// records with constructor parameters was the largest part of that request's own CPU. Property names are matched
/// case-insensitively and unknown ones skipped, as the web defaults do; a summary without its count or histogram is
/// malformed (<see cref="JsonException"/>: the entity cache loads it again).
/// </summary>
public sealed class RatingSummaryJsonConverter : JsonConverter<RatingSummary>
{
    public override RatingSummary Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        double? average = null;
        int? count = null;
        List<RatingCount>? histogram = null;
        while (Next(ref reader) != JsonTokenType.EndObject)
        {
            var name = PropertyName(ref reader);
            Next(ref reader);
            switch (name)
            {
                case "average":
                    average = reader.TokenType == JsonTokenType.Null ? null : reader.GetDouble();
                    break;
                case "count":
                    count = reader.GetInt32();
                    break;
                case "histogram":
                    histogram = ReadHistogram(ref reader);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return new RatingSummary(
            average,
            count ?? throw new JsonException("A rating summary without its count."),
            histogram ?? throw new JsonException("A rating summary without its histogram."));
    }

    public override void Write(Utf8JsonWriter writer, RatingSummary value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        if (value.Average is { } average)
        {
            writer.WriteNumber("average"u8, average);
        }
        else
        {
            writer.WriteNull("average"u8);
        }

        writer.WriteNumber("count"u8, value.Count);
        writer.WriteStartArray("histogram"u8);
        foreach (var bar in value.Histogram)
        {
            writer.WriteStartObject();
            writer.WriteNumber("rating"u8, bar.Rating);
            writer.WriteNumber("count"u8, bar.Count);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static List<RatingCount> ReadHistogram(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"A rating summary's histogram is an array, not {reader.TokenType}.");
        }

        var bars = new List<RatingCount>(5);
        while (Next(ref reader) != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException($"A histogram bar is an object, not {reader.TokenType}.");
            }

            int? rating = null;
            int? count = null;
            while (Next(ref reader) != JsonTokenType.EndObject)
            {
                var name = PropertyName(ref reader);
                Next(ref reader);
                switch (name)
                {
                    case "rating":
                        rating = reader.GetInt32();
                        break;
                    case "count":
                        count = reader.GetInt32();
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }

            bars.Add(new RatingCount(
                rating ?? throw new JsonException("A histogram bar without its rating."),
                count ?? throw new JsonException("A histogram bar without its count.")));
        }

        return bars;
    }

    /// <summary>The current property's name as one of the known camelCase names when it matches one ignoring case.</summary>
    private static string PropertyName(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.PropertyName)
        {
            throw new JsonException($"Expected a property name, not {reader.TokenType}.");
        }

        // The names this converter writes match without allocating; others (another casing) are compared as strings.
        if (reader.ValueTextEquals("average"u8)) return "average";
        if (reader.ValueTextEquals("count"u8)) return "count";
        if (reader.ValueTextEquals("histogram"u8)) return "histogram";
        if (reader.ValueTextEquals("rating"u8)) return "rating";
        var name = reader.GetString()!;
        foreach (var known in (ReadOnlySpan<string>)["average", "count", "histogram", "rating"])
        {
            if (string.Equals(name, known, StringComparison.OrdinalIgnoreCase))
            {
                return known;
            }
        }

        return name;
    }

    private static JsonTokenType Next(ref Utf8JsonReader reader) =>
        reader.Read() ? reader.TokenType : throw new JsonException("The rating summary's JSON ends early.");

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (reader.TokenType != type)
        {
            throw new JsonException($"Expected {type}, not {reader.TokenType}.");
        }
    }
}
